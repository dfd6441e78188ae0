import Foundation

/// The project's own RIASEC interest questionnaire (Data/questionnaire.json): 60 work activities from
/// work people do in Kazakhstan, 10 per type, each written in kk, ru and en; 30 of them (5 per type) form
/// the short form for a single lesson. Answers are stored with the bank's version so a later bank can
/// rescore them (Docs/Questionnaire.md).
public struct ItemBank: Sendable, Hashable, Codable {
    public var version: String
    /// The question asked before every item.
    public var prompt: LocalizedText
    /// The five answers, strongly dislike (0) … strongly like (4).
    public var scale: [ScalePoint]
    public var items: [Item]

    public struct ScalePoint: Sendable, Hashable, Codable {
        public var value: Int
        public var label: LocalizedText
    }

    public struct Item: Sendable, Hashable, Codable, Identifiable {
        /// Stable id such as `R01`: the type's letter and a number.
        public var id: String
        public var type: RIASEC
        /// Part of the 30-item short form.
        public var shortForm: Bool
        public var text: LocalizedText
    }

    /// The highest response (strongly like).
    public static let highestResponse = 4

    /// The items of `form`, in the bank's order (grouped by type; pupils see them in `presented` order).
    public func items(_ form: QuestionnaireForm) -> [Item] {
        form == .full ? items : items.filter(\.shortForm)
    }

    /// The items of `form` in the order a pupil sees them: one of each type in turn (R, I, A, S, E, C, R, …),
    /// so no six items in a row are about the same kind of work.
    public func presented(_ form: QuestionnaireForm) -> [Item] {
        let byType = RIASEC.allCases.map { type in items(form).filter { $0.type == type } }
        let rounds = byType.map(\.count).max() ?? 0
        return (0..<rounds).flatMap { round in byType.compactMap { round < $0.count ? $0[round] : nil } }
    }

    /// The shipped bank, read from `Data/questionnaire.json` under `dataDirectory`.
    /// - Throws: `ItemBankError` naming the file and what is wrong.
    public static func load(from dataDirectory: URL) throws -> ItemBank {
        let url = dataDirectory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw ItemBankError.unreadable(url.path) }
        let bank: ItemBank
        do { bank = try JSONDecoder().decode(FileForm.self, from: data).bank } catch { throw ItemBankError.invalid(url.path, "\(error)") }
        try bank.validate(path: url.path)
        return bank
    }

    public static let fileName = "questionnaire.json"

    /// Ten items per type, five of them in the short form, unique ids, a five-point scale.
    func validate(path: String) throws(ItemBankError) {
        guard Set(items.map(\.id)).count == items.count else { throw .invalid(path, "item ids repeat") }
        guard scale.map(\.value) == Array(0...Self.highestResponse) else { throw .invalid(path, "the scale must be 0…4") }
        for type in RIASEC.allCases {
            let ofType = items.filter { $0.type == type }
            guard ofType.count == 10, ofType.filter(\.shortForm).count == 5 else {
                throw .invalid(path, "type \(type.rawValue) needs 10 items, 5 of them in the short form")
            }
        }
    }

    /// The file's shape: texts as `kk`/`ru`/`en` keys beside the other fields.
    private struct FileForm: Decodable {
        var bank: ItemBank

        struct Point: Decodable { var value: Int; var kk: String; var ru: String; var en: String }
        struct FileItem: Decodable { var id: String; var type: String; var shortForm: Bool; var kk: String; var ru: String; var en: String }
        enum Keys: String, CodingKey { case version, prompt, scale, items }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            let prompt = try container.decode([String: String].self, forKey: .prompt)
            let scale = try container.decode([Point].self, forKey: .scale)
            let items = try container.decode([FileItem].self, forKey: .items)
            bank = ItemBank(
                version: try container.decode(String.self, forKey: .version),
                prompt: LocalizedText(kk: prompt["kk"] ?? "", ru: prompt["ru"] ?? "", en: prompt["en"] ?? ""),
                scale: scale.map { ScalePoint(value: $0.value, label: LocalizedText(kk: $0.kk, ru: $0.ru, en: $0.en)) },
                items: try items.map { item in
                    guard let type = RIASEC(rawValue: item.type) else {
                        throw DecodingError.dataCorrupted(.init(codingPath: [Keys.items], debugDescription: "item \(item.id): type '\(item.type)' is not a RIASEC letter"))
                    }
                    return Item(id: item.id, type: type, shortForm: item.shortForm, text: LocalizedText(kk: item.kk, ru: item.ru, en: item.en))
                })
        }
    }
}

public enum ItemBankError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read the questionnaire's item bank"
        case .invalid(let path, let reason): "\(path): \(reason)"
        }
    }
}

/// Which items a pupil answers.
public enum QuestionnaireForm: String, Sendable, Hashable, Codable, CaseIterable {
    /// All 60 items.
    case full
    /// 30 items (5 per type), for a single lesson.
    case short
}
