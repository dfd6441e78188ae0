/// A pupil's answer sheet in a file (`import answers.csv --kind answers`, Docs/DataFormat.md): the
/// student, the form and language they answered, then one column per item of the bank holding the answer
/// as the pupil marked it, 1 (strongly dislike) … 5 (strongly like), empty where not answered, and, where an
/// online form measured it, `<item>_seconds`.
public enum AnswerSheet {
    public static let fixedColumns: [(name: String, required: Bool)] = [
        ("student", true), ("form", true), ("language", true), ("version", false),
    ]

    /// The timing column of an item.
    public static func secondsColumn(_ itemID: String) -> String { "\(itemID)_seconds" }

    /// Every column a sheet for `bank` may have.
    public static func columns(of bank: ItemBank) -> [String] {
        fixedColumns.map(\.name) + bank.items.map(\.id) + bank.items.map { secondsColumn($0.id) }
    }

    /// The columns as a problem lists them: the fixed ones, then the pattern of the rest.
    static func expectedColumns(of bank: ItemBank) -> [String] {
        let first = bank.items.first?.id ?? "R01", last = bank.items.last?.id ?? "C10"
        return fixedColumns.map(\.name) + ["\(first)…\(last)", secondsColumn(first) + "…"]
    }

    /// A sheet's mark (1–5) as the stored response (0–4).
    static func response(fromMark mark: Int) -> Int { mark - 1 }
    static let marks = 1...(ItemBank.highestResponse + 1)
}

extension RecordDecoder {
    /// One answer sheet. `columns`: the columns of a CSV file (a JSON record names its own keys, and a key
    /// left out is an item not answered).
    static func answers(_ r: inout FieldReader, bank: ItemBank, columns: Set<String>?) -> QuestionnaireAnswers? {
        let student = r.id("student")
        let form = r.choice("form", QuestionnaireForm.self)
        let language = r.choice("language", Language.self)
        if let version = r.text("version", required: false), version != bank.version {
            r.report("version", version, .otherBankVersion(current: bank.version))
        }
        var responses: [String: Int] = [:], seconds: [String: Double] = [:]
        let asked = Set(bank.items(form ?? .full).map(\.id))
        for item in bank.items {
            guard let mark = r.text(item.id, required: false) else { continue }
            guard asked.contains(item.id) else {
                r.report(item.id, mark, .itemNotInForm(form ?? .full))
                continue
            }
            if let value = FieldReader.int(mark, in: AnswerSheet.marks, quantity: .answer, onError: { r.report(item.id, mark, $0) }) {
                responses[item.id] = AnswerSheet.response(fromMark: value)
            }
            let column = AnswerSheet.secondsColumn(item.id)
            if let time = r.text(column, required: false),
               let value = FieldReader.double(time, in: 0...86_400, quantity: .seconds, onError: { r.report(column, time, $0) }) {
                seconds[item.id] = value
            }
        }
        if let form, let columns {
            let missing = bank.items(form).map(\.id).filter { !columns.contains($0) }
            if !missing.isEmpty { r.report("form", form.rawValue, .noColumnsForItems(missing)) }
        }
        guard let student, let form, let language, r.problems.isEmpty else { return nil }
        return QuestionnaireAnswers(studentID: student, bankVersion: bank.version, form: form, language: language,
                                    responses: responses, seconds: seconds)
    }
}
