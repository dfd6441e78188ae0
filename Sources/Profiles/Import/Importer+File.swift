import Foundation

extension Importer {
    /// What the reading thread hands to the writing one, in file order.
    enum ReadEvent: Sendable {
        /// The CSV header's column names (answer sheets are read by them).
        case header(Set<String>)
        /// A problem of the file, its header or a row the reader could not read.
        case problem(ImportProblem)
        /// A record: its reader, holding the problems decoding found, and the record when it decoded.
        case record(FieldReader, decoded: Decoded?)
        /// How many bytes of the file the reader had read when it handed the batch over: each batch's last event.
        case reached(bytes: Int)
    }

    /// A decoded record with its content hash, made on the reader's thread so the database's thread only
    /// compares and writes (nil when hashing failed: the writer hashes it again and reports the error).
    struct Decoded: Sendable {
        var id: String
        var value: any Storable
        var hash: String?
    }

    /// How many events a batch of the hand-off holds, and how many batches the reader may run ahead:
    /// at most 2,048 records in flight, whatever the file's size.
    static let eventsPerBatch = 256, batchesAhead = 8

    /// Imports one file in two stages: a thread of its own reads, parses and decodes the records
    /// (`startReading`), and this one — the database's — checks what needs the store or the whole file
    /// (ids repeated, a counsellor's school) and stores the valid records, `upsertBatchSize` at a time.
    /// - Parameter progress: told how many bytes of the file the records handled so far took, a batch
    ///   of the hand-off at a time (a few thousand calls for a million records).
    func importFile(_ path: String, kind: RecordKind, summary: inout FileSummary, index: inout ReferenceIndex,
                    problems: inout ImportProblemList, session: MatchDatabase.ImportSession, progress: (Int) -> Void) throws {
        if kind == .postings {
            try importPostings(path, summary: &summary, problems: &problems, session: session, progress: progress)
            return
        }
        var seenIDs = Set<String>()
        var header: Set<String>?
        let answeredAt = Date()
        var pending: [any Storable] = [], pendingHashes: [String?] = []
        pending.reserveCapacity(MatchDatabase.upsertBatchSize)
        func storePending() throws {
            for outcome in try session.store(pending, hashes: pendingHashes) {
                switch outcome {
                case .new: summary.new += 1
                case .changed: summary.changed += 1
                case .unchanged: summary.unchanged += 1
                }
            }
            pending.removeAll(keepingCapacity: true)
            pendingHashes.removeAll(keepingCapacity: true)
        }
        func handle(_ reader: inout FieldReader, _ decoded: Decoded?) throws {
            summary.read += 1
            let raw = reader.record
            if kind == .answers, let bank = options.itemBank {
                try importSheet(&reader, bank: bank, columns: raw.line == nil ? nil : header, at: answeredAt,
                                seenIDs: &seenIDs, summary: &summary, problems: &problems, session: session)
                return
            }
            // An invalid record's id counts too: its other problems do not hide that it repeats one.
            let id = decoded?.id ?? raw.fields["id"].map(\.asText.trimmed).flatMap { FieldReader.isID($0) ? $0 : nil }
            if let id, !seenIDs.insert(id).inserted {
                reader.report("id", id, .duplicateID)
            }
            if let school = options.requiredSchoolID, let student = decoded?.value as? Student {
                if student.schoolID != school {
                    reader.report("school", student.schoolID, .notTheImportersSchool(school))
                } else if let stored = try session.storedSchool(ofStudent: student.id), stored != school {
                    reader.report("id", student.id, .studentOfAnotherSchool)
                }
            }
            guard let record = decoded, reader.problems.isEmpty else {
                summary.invalid += 1
                problems += reader.problems
                return
            }
            pending.append(record.value)
            pendingHashes.append(record.hash)
            if pending.count == MatchDatabase.upsertBatchSize { try storePending() }
            Self.remember(record.value, in: &index)
        }

        let handOff = startReading(path, kind: kind, file: summary.file, index: index)
        do {
            while let batch = handOff.take() {
                for event in batch {
                    switch event {
                    case .header(let columns): header = columns
                    case .problem(let problem): problems.append(problem)
                    case .record(var reader, decoded: let decoded): try handle(&reader, decoded)
                    case .reached(let bytes): progress(bytes)
                    }
                }
            }
            try storePending()
        } catch {
            handOff.cancelAndWait()
            throw error
        }
        if kind == .skills {
            do {
                index.taxonomy = try session.catalogue().taxonomy
            } catch let error as TaxonomyError {
                switch error {
                case let .ambiguousName(skillName, first, second):
                    problems.append(ImportProblem(file: summary.file, field: "label", reason: .ambiguousSkillName(name: skillName, first: first, second: second)))
                }
            }
        }
    }

    /// Starts reading `path` on a thread of its own: it scans and parses each record and decodes it
    /// against `index` — which the records of one file never change: no kind refers to its own kind —
    /// and hands the events over in file order, `eventsPerBatch` at a time.
    private func startReading(_ path: String, kind: RecordKind, file name: String, index: ReferenceIndex) -> HandOff<ReadEvent> {
        let handOff = HandOff<ReadEvent>(capacity: Self.batchesAhead)
        let thread = Thread { [self] in
            struct Cancelled: Error {}
            var batch: [ReadEvent] = []
            var cancelled = false
            // Where the reader is in the file, told by the readers as each record is read.
            var position = 0
            func emit(_ event: ReadEvent) {
                batch.append(event)
                if batch.count == Self.eventsPerBatch {
                    batch.append(.reached(bytes: position))
                    if !handOff.put(batch) { cancelled = true }
                    batch = []
                }
            }
            let reached: (Int) -> Void = { position = $0 }
            let known = options.columns(of: kind), expected = options.expectedColumns(of: kind)
            let report: (ImportProblem) -> Void = { emit(.problem($0)) }
            let body: (RawRecord) throws -> Void = { raw in
                if cancelled { throw Cancelled() }
                var reader = FieldReader(raw)
                if raw.line == nil { reader.rejectUnknownFields(known: known, kind: kind, expected: expected) }
                // Answer sheets are decoded against the header, on the writer's side (`importSheet`).
                let decoded = kind == .answers ? nil : Self.decode(kind, &reader, index).map { record in
                    Decoded(id: record.id, value: record.value, hash: try? record.value.contentHash())
                }
                emit(.record(reader, decoded: decoded))
            }
            do {
                if Self.isJSON(path) {
                    try JSONRecordReader(file: name).read(contentsOf: path, kind: kind, report: report, reached: reached, body: body)
                } else {
                    try CSVRecordReader(file: name).read(contentsOf: path, checkHeader: { columns in
                        emit(.header(Set(columns)))
                        return options.checkHeader(columns, kind: kind, file: name)
                    }, report: report, reached: reached, body: body)
                }
            } catch {
                // Only `Cancelled` is thrown: the writer has failed and waits for this thread to end.
            }
            if !cancelled, !batch.isEmpty {
                batch.append(.reached(bytes: position))
                _ = handOff.put(batch)
            }
            handOff.finish()
        }
        // The JSON parser recurses once per level of nesting (at most `ImportLimits.jsonDepth`).
        thread.stackSize = 8 << 20
        thread.start()
        return handOff
    }

    static func decode(_ kind: RecordKind, _ r: inout FieldReader, _ index: ReferenceIndex) -> (id: String, value: any Storable)? {
        let value: (any Storable)? = switch kind {
        case .skills: RecordDecoder.skill(&r)
        case .subjects: RecordDecoder.subject(&r)
        case .regions: RecordDecoder.region(&r)
        case .specialties: RecordDecoder.specialty(&r, index)
        case .colleges: RecordDecoder.college(&r, index)
        case .enterprises: RecordDecoder.enterprise(&r, index)
        case .schools: RecordDecoder.school(&r, index)
        case .vacancies: RecordDecoder.vacancy(&r, index)
        case .students: RecordDecoder.student(&r, index)
        case .postings: nil  // read by importPostings
        case .answers: nil  // `importSheet`: sheets are scored, not upserted as they are
        }
        return value.map { ($0.id, $0) }
    }

    static func remember(_ record: any Storable, in index: inout ReferenceIndex) {
        switch record {
        case let subject as Subject: index.subjects.insert(subject)
        case let region as Region: index.regions.insert(region)
        case let specialty as Specialty: index.specialties.insert(specialty.id)
        case let college as College:
            index.colleges.insert(college.id)
            index.towns[college.regionID, default: []].insert(college.town)
        case let enterprise as Enterprise:
            index.enterprises.insert(enterprise.id)
            index.towns[enterprise.regionID, default: []].insert(enterprise.town)
        case let school as School:
            index.schools[school.id] = school.regionID
        default: break
        }
    }
}
