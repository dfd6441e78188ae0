import Matcher

/// The web app's words for the pupil's grades form, the department's allocation runs and the counsellor's
/// view of a pupil (worded about the pupil, not to them).
extension Words {
    // MARK: Pupil: grades
    public var webGrades: String { pick(kk: "Мектеп бағалары", ru: "Школьные оценки", en: "School grades") }
    public var webGradesHint: String {
        pick(kk: "Баға 1-ден 5-ке дейін; бос қалдырсаңыз, бұрынғысы сақталады.", ru: "Оценка от 1 до 5; пустое поле оставляет прежнюю.",
             en: "A grade from 1 to 5; a blank keeps the one stored.")
    }
    public var webSaveGrades: String { pick(kk: "Бағаларды сақтау", ru: "Сохранить оценки", en: "Save grades") }
    /// A grade field that holds no whole number.
    public func webGradeNotANumber(_ subject: String, _ value: String, lower: Int, upper: Int) -> String {
        pick(kk: "«\(subject)» бағасы: «\(value)» — \(lower)-ден \(upper)-ке дейінгі бүтін сан емес",
             ru: "Оценка «\(subject)»: «\(value)» — не целое число от \(lower) до \(upper)",
             en: "Grade in \(subject): '\(value)' is not a whole number from \(lower) to \(upper)")
    }

    // MARK: Department: allocation runs
    public var webAllocationRuns: String { pick(kk: "Орындарға бөлу", ru: "Распределение по местам", en: "Allocation runs") }
    public var webStartRun: String { pick(kk: "Бөлуді іске қосу", ru: "Запустить распределение", en: "Start a run") }
    public var webMethod: String { pick(kk: "Әдіс", ru: "Метод", en: "Method") }
    public func webMethodHint(_ method: BatchMatch.Method) -> String {
        switch method {
        case .stable: pick(kk: "кейінге қалдырылған қабылдау: ешбір оқушы мен орын бір-бірін артық көрмейді",
                           ru: "отложенное принятие: ни одна пара ученик — место не предпочла бы друг друга",
                           en: "deferred acceptance: no pupil and place would both rather have each other")
        case .optimal: pick(kk: "ең үлкен жалпы сәйкестік", ru: "наибольшее суммарное соответствие", en: "the largest total fit")
        }
    }
    public var webRunSummary: String { pick(kk: "Бөлу қорытындысы", ru: "Итоги распределения", en: "The run's summary") }
    public var webEarlierRuns: String { pick(kk: "Бұрынғы іске қосулар", ru: "Прежние запуски", en: "Earlier runs") }
    public var webNoRuns: String { pick(kk: "Әлі іске қосылған жоқ.", ru: "Запусков ещё не было.", en: "No runs yet.") }
    public var webByEnterprise: String { pick(kk: "Кәсіпорындар бойынша", ru: "По предприятиям", en: "By enterprise") }
    public var webBySpecialty: String { pick(kk: "Мамандықтар бойынша", ru: "По специальностям", en: "By specialty") }
    public var webTime: String { pick(kk: "Уақыты", ru: "Время", en: "Time") }
    public var webStudents: String { pick(kk: "Білім алушылар", ru: "Учащиеся", en: "Students") }
    public var webCountsOnly: String {
        pick(kk: "Тек жиынтық сандар: бірде-бір оқушы жеке көрсетілмейді. Өңірдің оқушылары өңірдің орындарына бөлінеді.",
             ru: "Только итоговые числа: ни один ученик не показан отдельно. Учащиеся региона распределяются по местам региона.",
             en: "Counts only: no single pupil is shown. The region's students are allocated to the region's places.")
    }

    // MARK: Counsellor: a pupil's page
    public func webPupilRecommendations(_ student: String) -> String {
        pick(kk: "\(student) оқушысына ұсынылған мамандықтар", ru: "Специальности, рекомендованные ученику \(student)",
             en: "Specialties recommended for pupil \(student)")
    }
    public var webPupilNotYetAnswered: String {
        pick(kk: "Оқушы сауалнамаға әлі жауап бермеді: ұсыныстар бағаларға және дағдыларға сүйенеді.",
             ru: "Ученик ещё не заполнил анкету: рекомендации опираются на оценки и навыки.",
             en: "The pupil has not answered the questionnaire yet: the recommendations rest on grades and skills.")
    }
    public func webPupilMatchesInterests(_ types: String) -> String {
        pick(kk: "Оқушының қызығушылықтарына сай: \(types)", ru: "Совпадает с интересами ученика: \(types)",
             en: "Matches the pupil's interests: \(types)")
    }
    public func webPupilHasSkills(_ skills: String) -> String {
        pick(kk: "Оқушыда бар дағдылар: \(skills)", ru: "У ученика уже есть навыки: \(skills)", en: "Skills the pupil already has: \(skills)")
    }
    public var webPupilOwnSkills: String { pick(kk: "Оқушының өз дағдылары", ru: "Навыки ученика", en: "The pupil's own skills") }
}
