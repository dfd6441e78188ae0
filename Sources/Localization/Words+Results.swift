import Matcher
import Profiles

/// Words of the result tables: recommendations, vacancy lists, shortlists and class lists.
extension Words {
    // MARK: Column headers
    public var rank: String { pick(kk: "№", ru: "№", en: "#") }
    public var specialty: String { pick(kk: "Мамандық", ru: "Специальность", en: "Specialty") }
    public var code: String { pick(kk: "Коды", ru: "Код", en: "Code") }
    public var fit: String { pick(kk: "Сәйкестік", ru: "Соответствие", en: "Fit") }
    public var score: String { pick(kk: "Балл", ru: "Балл", en: "Score") }
    public var reasons: String { pick(kk: "Себептері", ru: "Почему", en: "Why") }
    public var skillsToDevelop: String { pick(kk: "Дамыту керек дағдылар", ru: "Навыки для развития", en: "Skills to develop") }
    public var colleges: String { pick(kk: "Колледждер (орын/жыл)", ru: "Колледжи (мест в год)", en: "Colleges (seats/year)") }
    public var collegesElsewhere: String {
        pick(kk: "Өңіріңізде оқытылмайды; басқа өңірлердегі колледждер (орын/жыл)",
             ru: "В вашем регионе не преподают; колледжи в других регионах (мест в год)",
             en: "Not taught in your region; colleges elsewhere (seats/year)")
    }
    public var vacancy: String { pick(kk: "Бос орын", ru: "Вакансия", en: "Vacancy") }
    public var enterprise: String { pick(kk: "Кәсіпорын", ru: "Предприятие", en: "Enterprise") }
    public var region: String { pick(kk: "Өңір", ru: "Регион", en: "Region") }
    public var kind: String { pick(kk: "Түрі", ru: "Вид", en: "Kind") }
    public var matchedSkills: String { pick(kk: "Сәйкес дағдылар", ru: "Совпавшие навыки", en: "Matched skills") }
    public var gaps: String { pick(kk: "Жетіспейтін дағдылар", ru: "Недостающие навыки", en: "Gaps") }
    public var candidate: String { pick(kk: "Үміткер", ru: "Кандидат", en: "Candidate") }
    public var stage: String { pick(kk: "Кезең", ru: "Этап", en: "Stage") }
    public var student: String { pick(kk: "Білім алушы", ru: "Учащийся", en: "Student") }
    public var grade: String { pick(kk: "Сынып", ru: "Класс", en: "Grade") }
    public var band: String { pick(kk: "Деңгей", ru: "Уровень", en: "Band") }
    public var name: String { pick(kk: "Атауы", ru: "Название", en: "Name") }
    public var title: String { pick(kk: "Атауы", ru: "Название", en: "Title") }

    // MARK: Values
    /// The whole country, where a region would be named.
    public var wholeCountry: String { pick(kk: "Бүкіл ел", ru: "Вся страна", en: "Whole country") }
    /// An empty cell.
    public var none: String { "—" }
    public var noResults: String { pick(kk: "Нәтиже жоқ.", ru: "Нет результатов.", en: "No results.") }

    public func name(of band: FitBand) -> String {
        switch band {
        case .best: pick(kk: "ең үздік", ru: "лучшее", en: "best")
        case .great: pick(kk: "өте жақсы", ru: "отличное", en: "great")
        case .good: pick(kk: "жақсы", ru: "хорошее", en: "good")
        case .fair: pick(kk: "орташа", ru: "среднее", en: "fair")
        }
    }

    public func name(of kind: Vacancy.Kind) -> String {
        switch kind {
        case .job: pick(kk: "жұмыс", ru: "работа", en: "job")
        case .internship: pick(kk: "тағылымдама", ru: "стажировка", en: "internship")
        case .dual: pick(kk: "дуалды оқыту", ru: "дуальное обучение", en: "dual training")
        }
    }

    public func name(of stage: Stage) -> String {
        switch stage {
        case .school: pick(kk: "мектеп", ru: "школа", en: "school")
        case .college: pick(kk: "колледж", ru: "колледж", en: "college")
        case .graduate: pick(kk: "түлек", ru: "выпускник", en: "graduate")
        }
    }

    public func name(of type: RIASEC) -> String {
        switch type {
        case .realistic: pick(kk: "практикалық", ru: "практический", en: "realistic")
        case .investigative: pick(kk: "зерттеушілік", ru: "исследовательский", en: "investigative")
        case .artistic: pick(kk: "шығармашылық", ru: "творческий", en: "artistic")
        case .social: pick(kk: "әлеуметтік", ru: "социальный", en: "social")
        case .enterprising: pick(kk: "кәсіпкерлік", ru: "предпринимательский", en: "enterprising")
        case .conventional: pick(kk: "ұйымдастырушылық", ru: "конвенциональный", en: "conventional")
        }
    }

    // MARK: Titles
    public func specialtiesRecommended(for student: String) -> String {
        pick(kk: "\(student) үшін ұсынылатын мамандықтар", ru: "Рекомендуемые специальности для \(student)",
             en: "Specialties recommended for \(student)")
    }

    public func vacanciesAndPlaces(for student: String) -> String {
        pick(kk: "\(student) үшін бос орындар", ru: "Вакансии и места для \(student)", en: "Vacancies and places for \(student)")
    }

    public func candidates(for vacancy: String) -> String {
        pick(kk: "Үміткерлер: \(vacancy)", ru: "Кандидаты: \(vacancy)", en: "Candidates: \(vacancy)")
    }

    // MARK: Why a specialty is recommended
    public func matchesInterests(_ types: String) -> String {
        pick(kk: "Қызығушылықтарыңызға сай: \(types)", ru: "Совпадает с интересами: \(types)", en: "Matches your interests: \(types)")
    }

    public func goodGrades(_ subjects: String) -> String {
        pick(kk: "Жақсы бағалар: \(subjects)", ru: "Хорошие оценки: \(subjects)", en: "Good grades in \(subjects)")
    }

    public func skillsYouHave(_ skills: String) -> String {
        pick(kk: "Бар дағдылар: \(skills)", ru: "Уже есть навыки: \(skills)", en: "Skills you already have: \(skills)")
    }

    /// "Karaganda: 191 places at employers, 54 college seats a year".
    public func demand(in region: String, places: Int, seats: Int) -> String {
        let seatNoun = CountedNoun.seat.form(for: seats, in: language)
        return pick(kk: "\(region): кәсіпорындарда \(count(places, .place)), колледждерде жылына \(count(seats, .seat))",
                    ru: "\(region): \(count(places, .place)) на предприятиях, \(count(seats, .seat)) в колледжах в год",
                    en: "\(region): \(count(places, .place)) at employers, \(seats) college \(seatNoun) a year")
    }

    // MARK: Shortlist summary
    public var eligibleCandidates: String { pick(kk: "Сәйкес үміткерлер", ru: "Подходящих кандидатов", en: "Eligible candidates") }
    public var excluded: String { pick(kk: "Шығарылғандар", ru: "Исключены", en: "Excluded") }

    public func name(of exclusion: Eligibility.Reason.Category) -> String {
        switch exclusion {
        case .region: pick(kk: "өңір", ru: "регион", en: "region")
        case .age: pick(kk: "жас", ru: "возраст", en: "age")
        case .stage: pick(kk: "оқу кезеңі", ru: "этап обучения", en: "stage")
        case .consent: pick(kk: "ата-ана келісімі жоқ", ru: "нет согласия родителей", en: "no guardian consent")
        case .mustHave: pick(kk: "міндетті дағды", ru: "обязательный навык", en: "must-have skill")
        }
    }
}
