import Profiles

/// The command line's words in kk, ru and en.
public enum Labels {
    private static let table: [String: (kk: String, ru: String, en: String)] = [
        "rank": ("№", "№", "#"),
        "specialty": ("Мамандық", "Специальность", "Specialty"),
        "code": ("Коды", "Код", "Code"),
        "fit": ("Сәйкестік", "Соответствие", "Fit"),
        "score": ("Балл", "Балл", "Score"),
        "reasons": ("Себептері", "Почему", "Why"),
        "develop": ("Дамыту керек дағдылар", "Навыки для развития", "Skills to develop"),
        "colleges": ("Колледждер (орын/жыл)", "Колледжи (мест в год)", "Colleges (seats/year)"),
        "colleges.elsewhere": ("Өңіріңізде оқытылмайды; басқа өңірлердегі колледждер (орын/жыл)",
                               "В вашем регионе не преподают; колледжи в других регионах (мест в год)",
                               "Not taught in your region; colleges elsewhere (seats/year)"),
        "vacancy": ("Бос орын", "Вакансия", "Vacancy"),
        "enterprise": ("Кәсіпорын", "Предприятие", "Enterprise"),
        "region": ("Өңір", "Регион", "Region"),
        "kind": ("Түрі", "Вид", "Kind"),
        "matched": ("Сәйкес дағдылар", "Совпавшие навыки", "Matched skills"),
        "gaps": ("Жетіспейтін дағдылар", "Недостающие навыки", "Gaps"),
        "candidate": ("Үміткер", "Кандидат", "Candidate"),
        "stage": ("Кезең", "Этап", "Stage"),
        "band.best": ("ең үздік", "лучшее", "best"),
        "band.great": ("өте жақсы", "отличное", "great"),
        "band.good": ("жақсы", "хорошее", "good"),
        "band.fair": ("орташа", "среднее", "fair"),
        "kind.job": ("жұмыс", "работа", "job"),
        "kind.internship": ("тағылымдама", "стажировка", "internship"),
        "kind.dual": ("дуалды оқыту", "дуальное обучение", "dual training"),
        "stage.school": ("мектеп", "школа", "school"),
        "stage.college": ("колледж", "колледж", "college"),
        "stage.graduate": ("түлек", "выпускник", "graduate"),
        "reason.interests": ("Қызығушылықтарыңызға сай: %@", "Совпадает с интересами: %@", "Matches your interests: %@"),
        "reason.grades": ("Жақсы бағалар: %@", "Хорошие оценки: %@", "Good grades in %@"),
        "reason.skills": ("Бар дағдылар: %@", "Уже есть навыки: %@", "Skills you already have: %@"),
        "reason.demand": ("%@: %@ орын, колледждерде жылына %@ орын", "%@: %@ мест на предприятиях, %@ мест в колледжах в год",
                          "%@: %@ places at employers, %@ college seats a year"),
        "country": ("Бүкіл ел", "Вся страна", "Whole country"),
        "none": ("—", "—", "—"),
        "riasec.R": ("практикалық", "практический", "realistic"),
        "riasec.I": ("зерттеушілік", "исследовательский", "investigative"),
        "riasec.A": ("шығармашылық", "творческий", "artistic"),
        "riasec.S": ("әлеуметтік", "социальный", "social"),
        "riasec.E": ("кәсіпкерлік", "предпринимательский", "enterprising"),
        "riasec.C": ("ұйымдастырушылық", "конвенциональный", "conventional"),
        "title.recommend.specialties": ("%@ үшін ұсынылатын мамандықтар", "Рекомендуемые специальности для %@", "Specialties recommended for %@"),
        "title.recommend.vacancies": ("%@ үшін бос орындар", "Вакансии и места для %@", "Vacancies and places for %@"),
        "title.shortlist": ("Үміткерлер: %@", "Кандидаты: %@", "Candidates: %@"),
        "excluded": ("Шығарылғандар", "Исключены", "Excluded"),
        "reason.region": ("өңір", "регион", "region"),
        "reason.age": ("жас", "возраст", "age"),
        "reason.stage": ("оқу кезеңі", "этап обучения", "stage"),
        "reason.consent": ("ата-ана келісімі жоқ", "нет согласия родителей", "no guardian consent"),
        "reason.must-have": ("міндетті дағды", "обязательный навык", "must-have skill"),
        "eligible": ("Сәйкес үміткерлер", "Подходящих кандидатов", "Eligible candidates"),
        "no results": ("Нәтиже жоқ.", "Нет результатов.", "No results."),
    ]

    public static func text(_ key: String, _ language: Language) -> String {
        guard let entry = table[key] else { return key }
        switch language {
        case .kk: return entry.kk
        case .ru: return entry.ru
        case .en: return entry.en
        }
    }

    /// The text for `key` with each `%@` replaced by the next argument.
    public static func format(_ key: String, _ language: Language, _ arguments: String...) -> String {
        var result = text(key, language)
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }
}
