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

        /// Inserts, updates or leaves validated records, all of one kind with distinct ids (one file's:
        /// the importer refuses an id a file repeats), in a few statements (`Storable.upsert(_:_:hashes:)`).
        /// - Parameter hashes: the records' content hashes where already made (nil or missing: made here).
        /// - Returns: what happened to each, in order.
        func store(_ records: [any Storable], hashes: [String?] = []) throws -> [UpsertOutcome] {
            guard let first = records.first else { return [] }
            func upsert<Record: Storable>(_: Record) throws -> [UpsertOutcome] {
                try Record.upsert(records.map { $0 as! Record }, db, hashes: hashes)  // one file, one kind: a programmer error otherwise
            }
            return try upsert(first)
        }
    }
}
