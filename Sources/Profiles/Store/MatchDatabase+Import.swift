import GRDB

extension MatchDatabase {
    /// An import in progress (see `importBatch(_:)`): what it stores is one transaction with everything
    /// else the import stores, kept or rolled back whole when the import ends.
    struct ImportSession {
        /// How the import ends.
        enum Ending {
            case commit, rollBack
        }

        let db: Database

        /// Made by `importBatch` only: the session is valid inside its body.
        init(_ db: Database) { self.db = db }

        /// The catalogue as the import has left it so far (references are checked against it).
        func catalogue() throws -> Catalogue { try MatchDatabase.catalogue(db) }

        /// The school a stored student is at: nil for a new id, `.some(nil)` for one stored without a school.
        func storedSchool(ofStudent id: String) throws -> String?? {
            try StudentRow.fetchOne(db, key: id).map(\.schoolID)
        }

        /// Inserts, updates or leaves a validated record.
        func store(_ record: some Storable) throws -> UpsertOutcome { try record.upsert(db) }
    }
}
