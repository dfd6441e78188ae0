import Foundation

extension Importer {
    /// Validates one answer sheet and, when valid, scores and stores it through the session: the sheet's
    /// complete answers become the pupil's interests, as answers given in a terminal do.
    func importSheet(_ reader: inout FieldReader, bank: ItemBank, columns: Set<String>?, at time: Date, seenIDs: inout Set<String>,
                     summary: inout FileSummary, problems: inout ImportProblemList, session: MatchDatabase.ImportSession) throws {
        let decoded = RecordDecoder.answers(&reader, bank: bank, columns: columns)
        let id = decoded?.studentID ?? reader.record.fields["student"].map(\.asText.trimmed).flatMap { FieldReader.isID($0) ? $0 : nil }
        if let id {
            if !seenIDs.insert(id).inserted { reader.report("student", id, .duplicateID) }
            else if try !session.studentExists(id) { reader.report("student", id, .unknownReference(.students, suggestions: [])) }
        }
        guard let answers = decoded, reader.problems.isEmpty else {
            summary.invalid += 1
            problems += reader.problems
            return
        }
        let (result, outcome) = try session.submit(answers, bank: bank, at: time)
        switch outcome {
        case .new: summary.new += 1
        case .changed: summary.changed += 1
        case .unchanged: summary.unchanged += 1
        }
        for flag in result.flags { summary.answerFlags[flag, default: 0] += 1 }
    }
}
