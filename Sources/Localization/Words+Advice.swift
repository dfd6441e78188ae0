import Matcher
import Profiles

/// Words of specialty advice: the score's parts, reach, flat interests and the out-of-reach list.
extension Words {
    public func name(of part: SpecialtyPart) -> String {
        switch part {
        case .interests: pick(kk: "Қызығушылықтар", ru: "Интересы", en: "Interests")
        case .aptitude: pick(kk: "Бағалар", ru: "Оценки", en: "Grades")
        case .skills: pick(kk: "Мамандық дағдылары", ru: "Навыки специальности", en: "Specialty skills")
        case .ownSkills: pick(kk: "Өз дағдыларыңыз", ru: "Ваши навыки", en: "Your own skills")
        case .prospects: pick(kk: "Жұмыс перспективасы", ru: "Перспективы работы", en: "Job prospects")
        }
    }

    /// Vacancy fits have two parts, named like the specialty model's.
    public func vacancyPartName(_ name: String) -> String {
        name == "interests" ? self.name(of: SpecialtyPart.interests) : pick(kk: "Дағдылар", ru: "Навыки", en: "Skills")
    }

    public var scoreParts: String { pick(kk: "Балл құрамы", ru: "Из чего балл", en: "Score parts") }
    /// One part as "interests 0.35 × 0.82 = 0.287".
    public func part(_ name: String, weight: String, value: String, contribution: String) -> String {
        "\(name) \(weight) × \(value) = \(contribution)"
    }

    public var prospectsNotCounted: String {
        pick(kk: "Жұмыс перспективасы есептелмеді: сәйкестік «жақсыдан» төмен",
             ru: "Перспективы работы не учтены: соответствие ниже «хорошего»",
             en: "Job prospects not counted: the fit is below good")
    }

    public var interestsFlat: String {
        pick(kk: "Қызығушылықтарыңыз бірдей дерлік: тізім бағалар мен дағдыларға сүйенеді. Сауалнаманы қайта толтырып көріңіз.",
             ru: "Интересы почти одинаковы: список опирается на оценки и навыки. Попробуйте пройти опросник заново.",
             en: "Your interests are nearly equal: the list rests on grades and skills. Try the questionnaire again.")
    }

    /// Where the pupil can study, as the list is limited to it.
    public func withinReach(_ scope: SpecialtyReach.Scope, regionName: String) -> String {
        switch scope {
        case .town(_, let town): pick(kk: "Оқу орны: \(town) қаласындағы колледждер", ru: "Где учиться: колледжи города \(town)",
                                      en: "Where to study: colleges in \(town)")
        case .region: pick(kk: "Оқу орны: \(regionName) колледждері", ru: "Где учиться: колледжи региона \(regionName)",
                           en: "Where to study: colleges in \(regionName)")
        case .country: pick(kk: "Оқу орны: бүкіл елдің колледждері", ru: "Где учиться: колледжи всей страны",
                            en: "Where to study: colleges anywhere in the country")
        }
    }

    public var nothingWithinReach: String {
        pick(kk: "Қол жетімді жерде колледж жоқ: басқа қалаға баруға дайын болсаңыз, тізім кеңейеді.",
             ru: "В пределах досягаемости нет колледжа: если вы готовы ездить или переехать, список станет шире.",
             en: "No college within reach: if you can travel or move, the list widens.")
    }

    /// The heading of the separate list: wanted where the pupil lives, taught out of their reach.
    public var inDemandElsewhereTaught: String {
        pick(kk: "Мұнда сұраныс бар, бірақ қол жетімсіз жерде оқытылады",
             ru: "Востребованы здесь, но преподаются вне досягаемости",
             en: "In demand here, taught out of your reach")
    }

    public var taughtIn: String { pick(kk: "Оқытылатын жері", ru: "Где преподают", en: "Taught in") }
    public var work: String { pick(kk: "Жұмыс", ru: "Работа", en: "Work") }
}

extension Words {
    /// The CSV column telling the main list from the out-of-reach one.
    public var list: String { pick(kk: "Тізім", ru: "Список", en: "List") }
    public var withinReachList: String { pick(kk: "Қол жетімді", ru: "В пределах досягаемости", en: "Within reach") }
}
