import Allocation
import Matcher

/// Words of the allocation summary (`assign`).
extension Words {
    public var places: String { pick(kk: "орындар", ru: "мест", en: "places") }
    public var placed: String { pick(kk: "орналастырылды", ru: "распределено", en: "placed") }
    public var unplaced: String { pick(kk: "орналаспады", ru: "не распределено", en: "unplaced") }
    public var fillRate: String { pick(kk: "толтырылу үлесі", ru: "доля заполненных мест", en: "fill rate") }
    public var totalFit: String { pick(kk: "жалпы сәйкестік", ru: "суммарное соответствие", en: "total fit") }
    public var blockingPairs: String { pick(kk: "блоктайтын жұптар", ru: "блокирующие пары", en: "blocking pairs") }

    /// A row of the summary counting the students left unplaced for `reason`.
    public func unplacedBecause(_ reason: UnplacedReason) -> String {
        "\(unplaced): \(name(of: reason))"
    }

    public func name(of reason: UnplacedReason) -> String {
        switch reason {
        case .noEligiblePlace: pick(kk: "сәйкес орын жоқ", ru: "нет подходящего места", en: "no eligible place")
        case .outrankedEverywhere: pick(kk: "барлық жерде басқалар алда", ru: "везде уступил другим", en: "outranked everywhere")
        }
    }

    public func name(of method: BatchMatch.Method) -> String {
        switch method {
        case .stable: pick(kk: "тұрақты", ru: "устойчивое", en: "stable")
        case .optimal: pick(kk: "оңтайлы", ru: "оптимальное", en: "optimal")
        }
    }

    /// Under a list cut at its first rows: how many more there are.
    public func andMore(_ rows: Int) -> String {
        pick(kk: "… тағы \(count(rows, .row)) (барлығы үшін --format csv)",
             ru: "… и ещё \(count(rows, .row)) (все — с --format csv)",
             en: "… and \(rows) more (use --format csv for all)")
    }
}
