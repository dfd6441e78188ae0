import Profiles

/// Words of the fairness audit (`audit`).
extension Words {
    // MARK: Attributes students are grouped by
    public var sexAttribute: String { pick(kk: "жынысы", ru: "пол", en: "sex") }
    public var settlementAttribute: String { pick(kk: "елді мекен түрі", ru: "тип населённого пункта", en: "settlement") }
    public var schoolLanguageAttribute: String { pick(kk: "оқыту тілі", ru: "язык обучения", en: "school language") }
    public var regionAttribute: String { pick(kk: "өңір", ru: "регион", en: "region") }

    public func name(of sex: Sex) -> String {
        switch sex {
        case .female: pick(kk: "әйел", ru: "женский", en: "female")
        case .male: pick(kk: "ер", ru: "мужской", en: "male")
        }
    }

    public func name(of settlement: Settlement) -> String {
        switch settlement {
        case .urban: pick(kk: "қала", ru: "город", en: "urban")
        case .rural: pick(kk: "ауыл", ru: "село", en: "rural")
        }
    }

    public func name(of language: Language) -> String {
        switch language {
        case .kk: pick(kk: "қазақ тілі", ru: "казахский", en: "Kazakh")
        case .ru: pick(kk: "орыс тілі", ru: "русский", en: "Russian")
        case .en: pick(kk: "ағылшын тілі", ru: "английский", en: "English")
        }
    }

    // MARK: The audit's title and summary
    /// "Fairness audit by sex — shortlist of tengri-tyres-vulcaniser (top 20)"
    public func fairnessAuditOfShortlist(by attribute: String, vacancy: String, top: Int) -> String {
        pick(kk: "Әділдік аудиті (\(attribute) бойынша) — \(vacancy) тізімі (алғашқы \(count(top, .candidate)))",
             ru: "Аудит справедливости по признаку «\(attribute)» — список кандидатов \(vacancy) (первые \(top))",
             en: "Fairness audit by \(attribute) — shortlist of \(vacancy) (top \(top))")
    }

    /// "Fairness audit by sex — allocation of all places"
    public func fairnessAuditOfAllocation(by attribute: String) -> String {
        pick(kk: "Әділдік аудиті (\(attribute) бойынша) — барлық орындарды бөлу",
             ru: "Аудит справедливости по признаку «\(attribute)» — распределение всех мест",
             en: "Fairness audit by \(attribute) — allocation of all places")
    }

    /// "candidates 420, selected 96, unknown sex 12"; a withheld total shows as "—".
    public func auditTotals(candidates: String, selected: String, unknown: String, attribute: String) -> String {
        pick(kk: "үміткерлер \(candidates), іріктелгендер \(selected), \(attribute) белгісіз \(unknown)",
             ru: "кандидатов \(candidates), отобрано \(selected), признак «\(attribute)» неизвестен у \(unknown)",
             en: "candidates \(candidates), selected \(selected), unknown \(attribute) \(unknown)")
    }

    public var tooSmallToJudge: String { pick(kk: "бағалауға тым аз", ru: "слишком мала для оценки", en: "too small to judge") }
    public var belowFourFifths: String { pick(kk: "4/5-тен төмен", ru: "ниже 4/5", en: "below 4/5") }
    /// The note under an audit shown outside the department.
    public var auditSuppressionNote: String {
        pick(kk: "1-ден 9-ға дейінгі адам саны «<10» деп көрсетілген; оны ашып қоятын үлестер берілмеген (—).",
             ru: "Число человек от 1 до 9 показано как «<10»; доли, которые раскрыли бы его, не приводятся (—).",
             en: "Counts of persons from 1 to 9 are shown as “<10”; rates that would reveal them are left out (—).")
    }
}
