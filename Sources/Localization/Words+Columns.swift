/// Column headers of the tables and CSV files that are not results of a match: the allocation
/// summary, the fairness audit, the audit log and the database statistics.
extension Words {
    public var identifier: String { pick(kk: "Сәйкестендіргіш", ru: "Идентификатор", en: "ID") }
    public var reason: String { pick(kk: "Себебі", ru: "Причина", en: "Reason") }
    public var quantity: String { pick(kk: "Саны", ru: "Количество", en: "Count") }
    public var recordKind: String { pick(kk: "Түрі", ru: "Вид", en: "Kind") }

    // MARK: Allocation
    public var allocation: String { pick(kk: "Бөлу", ru: "Распределение", en: "Allocation") }
    public var unplacedStudent: String { pick(kk: "Орналаспаған білім алушы", ru: "Нераспределённый учащийся", en: "Unplaced student") }

    // MARK: Fairness audit
    public var group: String { pick(kk: "Топ", ru: "Группа", en: "Group") }
    public var candidates: String { pick(kk: "Үміткерлер", ru: "Кандидаты", en: "Candidates") }
    public var selected: String { pick(kk: "Іріктелгендер", ru: "Отобраны", en: "Selected") }
    public var selectionRate: String { pick(kk: "Іріктеу үлесі", ru: "Доля отобранных", en: "Selection rate") }
    public var impactRatio: String { pick(kk: "Әсер коэффициенті", ru: "Коэффициент влияния", en: "Impact ratio") }
    public var flag: String { pick(kk: "Белгі", ru: "Отметка", en: "Flag") }
    public var adverseImpact: String { pick(kk: "4/5-тен төмен", ru: "Ниже 4/5", en: "Below 4/5") }
    public var tooSmallToJudgeColumn: String { pick(kk: "Бағалауға тым аз", ru: "Слишком мала для оценки", en: "Too small to judge") }

    // MARK: Audit log
    public var sequence: String { pick(kk: "Реті", ru: "Номер", en: "Sequence") }
    public var time: String { pick(kk: "Уақыты", ru: "Время", en: "Time") }
    public var command: String { pick(kk: "Команда", ru: "Команда", en: "Command") }
    public var parameters: String { pick(kk: "Параметрлер", ru: "Параметры", en: "Parameters") }
    public var input: String { pick(kk: "Кіріс", ru: "Вход", en: "Input") }
    public var output: String { pick(kk: "Нәтиже", ru: "Результат", en: "Output") }
    public var inputHash: String { pick(kk: "Кіріс хэші", ru: "Хэш входа", en: "Input hash") }
    public var modelVersion: String { pick(kk: "Модель нұсқасы", ru: "Версия модели", en: "Model version") }
    public var outputHash: String { pick(kk: "Нәтиже хэші", ru: "Хэш результата", en: "Output hash") }
    public var recordHash: String { pick(kk: "Жазба хэші", ru: "Хэш записи", en: "Record hash") }
}
