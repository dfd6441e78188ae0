import Matcher
import Profiles

/// Words of the one-page result a pupil takes home (`match-cli result`): for a pupil and their parents,
/// so plain words, no scores to three decimals.
extension Words {
    public var resultHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Оқушы мен ата-анасына арналған бір беттік нәтиже (HTML, A4 басып шығаруға).",
                           ru: "Результат на одну страницу для учащегося и родителей (HTML, печать на A4).",
                           en: "The one-page result for a pupil and their parents (HTML, printed on A4)."),
            discussion: discussion(pick(
                kk: "Қызығушылықтар кескіні, ең сай мамандықтар мен балдың қарапайым түсіндірмесі, жақын колледждер мен "
                    + "орын саны, дамытатын дағдылар және келесі қадамдар. Басқа оқушылар туралы ештеңе жоқ.",
                ru: "Профиль интересов, подходящие специальности с объяснением балла простыми словами, ближайшие колледжи "
                    + "с числом мест, навыки для развития и что делать дальше. Ничего о других учащихся.",
                en: "The interest profile, the best specialties with the score in plain words, the colleges near the pupil "
                    + "with their seats, the skills to develop and what to do next. Nothing about any other pupil."),
                examples: ["match-cli result --student st-1k9-0000003 --lang kk --out result.html"]))
    }

    public var resultOutOptionHelp: String {
        pick(kk: "HTML файлы қайда жазылады.", ru: "Куда записать HTML-файл.", en: "Where to write the HTML file.")
    }
    public func resultWritten(_ path: String) -> String {
        pick(kk: "Нәтиже жазылды: \(path)", ru: "Результат записан: \(path)", en: "Result written: \(path)")
    }

    // MARK: The page
    public var resultTitle: String {
        pick(kk: "Кәсіптік бағдар: менің нәтижем", ru: "Профориентация: мой результат", en: "Career guidance: my result")
    }
    /// "Pupil st-…, grade 9, Karaganda".
    public func pupilLine(_ id: String, grade: Int?, region: String) -> String {
        let grade = grade.map { pick(kk: "\($0)-сынып", ru: "\($0) класс", en: "grade \($0)") }
        return [pick(kk: "Оқушы \(id)", ru: "Учащийся \(id)", en: "Pupil \(id)"), grade, region].compactMap { $0 }.joined(separator: " · ")
    }
    public var interestProfile: String { pick(kk: "Қызығушылықтар кескіні", ru: "Профиль интересов", en: "Interest profile") }
    public var interestChartDescription: String {
        pick(kk: "Алты қызығушылық түрі, 0-ден 100-ге дейін", ru: "Шесть типов интересов, от 0 до 100", en: "Six kinds of interest, from 0 to 100")
    }
    public func interestsMeasured(_ form: QuestionnaireForm, version: String) -> String {
        pick(kk: "Сауалнама бойынша (\(name(of: form)), \(version) нұсқасы)", ru: "По опроснику (\(name(of: form)), версия \(version))",
             en: "From the questionnaire (\(name(of: form)), version \(version))")
    }
    public var interestsNotMeasured: String {
        pick(kk: "Сауалнама толтырылмаған: қызығушылықтар оқушының жазбасынан алынды.",
             ru: "Опросник не пройден: интересы взяты из записи учащегося.",
             en: "The questionnaire was not answered: the interests come from the pupil's record.")
    }
    public func strongestInterests(_ names: String) -> String {
        pick(kk: "Ең күштісі: \(names)", ru: "Сильнее всего: \(names)", en: "Strongest: \(names)")
    }
    public var answersFlagged: String { pick(kk: "Назар аударыңыз", ru: "Обратите внимание", en: "Please note") }

    public var specialtiesForYou: String {
        pick(kk: "Сізге сай мамандықтар", ru: "Специальности, которые вам подходят", en: "Specialties that suit you")
    }
    public var fitWord: String { pick(kk: "Сәйкестік", ru: "Соответствие", en: "Fit") }
    public var whyWord: String { pick(kk: "Неге", ru: "Почему", en: "Why") }
    public var howScored: String { pick(kk: "Балл неден құралды", ru: "Из чего сложился балл", en: "How the score was made") }
    public var collegesNear: String { pick(kk: "Жақын колледждер", ru: "Колледжи рядом", en: "Colleges near you") }
    public var noCollegeNear: String {
        pick(kk: "Қол жетімді жерде бұл мамандықты оқытатын колледж жоқ.", ru: "Рядом нет колледжа с этой специальностью.",
             en: "No college within your reach teaches it.")
    }
    /// "Name, Town: 50 seats a year".
    public func collegeSeats(_ name: String, town: String, seats: Int) -> String {
        pick(kk: "\(name), \(town): жылына \(count(seats, .seat))", ru: "\(name), \(town): \(count(seats, .seat)) в год",
             en: "\(name), \(town): \(count(seats, .seat)) a year")
    }

    /// "Interests: strong, 82/100, 35% of the score".
    public func plainPart(_ label: String, weightPercent: Int, value: Double) -> String {
        let points = Int((value * 100).rounded())
        let how: String = switch value {
        case 0.75...: pick(kk: "жоғары", ru: "высоко", en: "strong")
        case 0.5..<0.75: pick(kk: "жақсы", ru: "хорошо", en: "good")
        case 0.25..<0.5: pick(kk: "ішінара", ru: "частично", en: "partial")
        default: pick(kk: "төмен", ru: "слабо", en: "weak")
        }
        return pick(kk: "\(label): \(how), \(points)/100, балдың \(weightPercent)%",
                    ru: "\(label): \(how), \(points)/100, \(weightPercent)% балла",
                    en: "\(label): \(how), \(points)/100, \(weightPercent)% of the score")
    }

    public var skillsToDevelopHeading: String {
        pick(kk: "Дамыту керек дағдылар", ru: "Навыки, которые стоит развить", en: "Skills to develop")
    }
    /// "Welding: 1 → 3 (no. 1, 2)": the level now, the level needed, and the specialties' numbers on the page.
    public func skillGap(_ name: String, has: Int, needed: Int, forSpecialties numbers: [Int]) -> String {
        "\(name): \(has) → \(needed) (№ \(numbers.map(String.init).joined(separator: ", ")))"
    }
    public var levelsExplained: String {
        pick(kk: "Деңгей: қазіргі → қажетті (1 — таныс, 3 — өз бетімен істейді, 5 — шебер); № — қай мамандыққа керек.",
             ru: "Уровень: сейчас → нужно (1 — знаком, 3 — делает сам, 5 — эксперт); № — для какой специальности.",
             en: "Level: now → needed (1 aware, 3 does it alone, 5 expert); № — for which specialty.")
    }
    public var noSkillsToDevelop: String {
        pick(kk: "Бұл мамандықтардың дағдылары сізде қажетті деңгейде бар.", ru: "Навыки этих специальностей у вас уже есть на нужном уровне.",
             en: "You already have these specialties' skills at the level they need.")
    }

    public var nextStepsHeading: String { pick(kk: "Әрі қарай не істеу керек", ru: "Что делать дальше", en: "What to do next") }

    public func nextStep(_ step: PupilStep) -> String {
        switch step {
        case .visitOpenDays:
            return pick(kk: "Жоғарыда аталған колледждердің ашық есік күніне барыңыз. Күнін колледжден сұраңыз: біздің деректерде күндер жоқ.",
                        ru: "Сходите на день открытых дверей колледжей, названных выше. Дату узнайте в колледже: в наших данных дат нет.",
                        en: "Go to an open day at the colleges named above. Ask the college for the date: our data holds no dates.")
        case .applyInAdmissionPeriod:
            return pick(kk: "Колледжге қабылдау жыл сайын бүкіл елге ортақ белгіленген мерзімде өтеді; нақты күндерін колледж жариялайды — "
                            + "оларды оқу жылы аяқталғанша біліп алыңыз.",
                        ru: "Приём в колледжи идёт раз в год, в сроки, установленные для всей страны; точные даты публикует колледж — "
                            + "узнайте их до конца учебного года.",
                        en: "Colleges admit once a year, within a period set for the whole country; the college publishes the exact "
                            + "dates: find them out before the school year ends.")
        case .developSkills:
            return pick(kk: "Тізімдегі дағдыларды дамытыңыз: үйірмелер, курстар мен жарыстар (мектеп чемпионаттары, WorldSkills) "
                            + "деңгейді өз бағаңыздан жақсы дәлелдейді — кеңесшіден оларды жазып қоюды сұраңыз.",
                        ru: "Развивайте навыки из списка: кружки, курсы и соревнования (школьные чемпионаты, WorldSkills) подтверждают "
                            + "уровень лучше самооценки — попросите консультанта их записать.",
                        en: "Develop the skills listed: clubs, courses and competitions (school championships, WorldSkills) show a "
                            + "level better than your own estimate — ask your counsellor to record them.")
        case .takeQuestionnaire(let flagged):
            return flagged
                ? pick(kk: "Қызығушылықтар сауалнамасын асықпай, әр сұрақты оқып қайта толтырыңыз: алдыңғы жауаптар белгіленген.",
                       ru: "Пройдите опросник интересов ещё раз, не спеша и читая каждый вопрос: прошлые ответы отмечены.",
                       en: "Answer the interest questionnaire again, slowly, reading every item: the last answers were flagged.")
                : pick(kk: "Қызығушылықтар сауалнамасын толтырыңыз: тізім сіздің жауаптарыңызға сүйенетін болады.",
                       ru: "Пройдите опросник интересов: тогда список будет опираться на ваши ответы.",
                       en: "Answer the interest questionnaire: the list will then rest on your own answers.")
        case .talkItOver:
            return pick(kk: "Бұл бетті ата-анаңызбен және мектеп кеңесшісімен талқылаңыз.",
                        ru: "Обсудите эту страницу с родителями и школьным консультантом.",
                        en: "Talk this page over with your parents and the school counsellor.")
        }
    }

    public var adviceNotDecision: String {
        pick(kk: "Бұл — кеңес, шешім емес: таңдауды сіз және отбасыңыз жасайды.",
             ru: "Это совет, а не решение: выбираете вы и ваша семья.",
             en: "This is advice, not a decision: the choice is yours and your family's.")
    }
    public func madeBy(model: String) -> String {
        pick(kk: "match-cli, \(model) моделі", ru: "match-cli, модель \(model)", en: "match-cli, model \(model)")
    }
}

/// What a pupil can do next, on the result page (`PupilResult.NextStep`); `nextStep(_:)` words each.
public enum PupilStep: Sendable, Codable, Hashable {
    /// Visit the colleges named on the page on their open days (the catalogue holds no dates: ask the college).
    case visitOpenDays
    /// Apply within the admission period, which is set nationally each year; the college gives the dates.
    case applyInAdmissionPeriod
    /// Develop the skills listed; courses, certificates and competitions count for more than a self-assessment.
    case developSkills
    /// The questionnaire was not answered, or its answers were flagged: answer it (again).
    case takeQuestionnaire(flagged: Bool)
    /// Talk the page over with the family and the school counsellor.
    case talkItOver
}
