/// The words employers use to say what is required, what is welcome, which part of the ad is which, and
/// how experienced, how old and how many the candidates are — in Russian, Kazakh and English, in
/// `NameKey` form (lower case, ё as е). One place for them, so the parser's rules read as rules.
enum VacancyTextCues {
    /// The kind of a part of an ad, from its heading ("Требования:", "Міндеттері:", "We offer:").
    enum Section: Sendable, Hashable {
        case requirements, duties, must, welcome, conditions
    }

    /// Words that make a requirement a must-have.
    static let must: Set<String> = [
        "обязательно", "обязательна", "обязателен", "обязательны", "обязательное", "обязательная", "обязательный",
        "обязательные", "обязательным", "обязательных", "обязательного",
        "міндетті", "міндетт", "required", "mandatory", "must", "essential",
    ]

    /// Words that make a requirement welcome but not essential.
    static let welcome: Set<String> = [
        "желательно", "желателен", "желательна", "желательны", "приветствуется", "приветствуются", "плюсом", "преимуществом",
        "преимущество", "артықшылық", "артықшылығы", "артықшылыққа", "құпталады", "плюс",
        "plus", "preferred", "desirable", "advantage", "welcome",
    ]

    /// Headings of an ad's parts: the words a heading line starts with.
    static let headings: [String: Section] = [
        "требования": .requirements, "требование": .requirements, "талаптар": .requirements, "талаптары": .requirements,
        "requirements": .requirements, "qualifications": .requirements, "кандидатқа": .requirements,
        "обязанности": .duties, "функционал": .duties, "міндеттері": .duties, "responsibilities": .duties, "duties": .duties,
        "обязательно": .must, "обязательные": .must, "міндетті": .must, "required": .must, "mandatory": .must,
        "желательно": .welcome, "преимуществом": .welcome, "плюсом": .welcome, "артықшылық": .welcome, "артықшылығы": .welcome,
        "preferred": .welcome, "nice": .welcome,
        "условия": .conditions, "предлагаем": .conditions, "жағдайлар": .conditions, "жағдайлары": .conditions,
        "ұсынамыз": .conditions, "offer": .conditions, "benefits": .conditions, "conditions": .conditions,
    ]

    /// Words that say the text offers a place for students (internship) or dual training.
    static let internshipPrefixes = ["стажир", "стажер", "практикант", "тағылымдам", "intern", "trainee"]
    static let dualPrefixes = ["дуальн", "дуалды", "dual"]

    /// Words for experience, after or before which a number of years is the experience asked for.
    static let experiencePrefixes = ["опыт", "стаж", "тәжірибе", "experience"]
    /// Words for years ("от 3 лет", "2 жылдан", "3+ years").
    static let yearWords: Set<String> = ["лет", "года", "год", "г", "жыл", "жылдан", "жылдық", "жылдан", "жылдай", "years", "year", "yrs"]
    /// "разряд", "4-го разряда".
    static let gradePrefix = "разряд"
    /// Words that say no experience is needed or a beginner is welcome.
    static let beginnerPrefixes = ["начинающ", "тәжірибесіз", "бастаушы", "без опыта", "не требуется", "талап етілмейді",
                                   "обучим", "научим", "оқытамыз", "студент", "выпускник", "entry", "junior", "graduates"]
    /// Words for the most skilled ("ведущий", "senior").
    static let expertPrefixes = ["высококвалифицирован", "ведущ", "senior", "lead"]

    /// Words that set the level of a language or general skill in the same segment, with the level.
    static let proficiency: [(prefix: String, level: Int)] = [
        ("базов", 2), ("basic", 2), ("начальн", 2),
        ("разговорн", 3), ("уверенн", 3), ("хорош", 3), ("good", 3), ("conversational", 3),
        ("свободн", 4), ("отличн", 4), ("fluent", 4), ("excellent", 4), ("продвинут", 4), ("advanced", 4), ("еркін", 4),
    ]

    /// Words for people counted ("20 человек", "5 адам", "30 орын").
    static let headcountWords: Set<String> = [
        "человек", "чел", "адам", "орын", "мест", "места", "место", "вакансий", "вакансии", "единиц", "штатных",
        "people", "persons", "positions", "openings", "vacancies", "workers",
    ]

    /// Words for an age ("от 18 лет" is an age where "опыт от 3 лет" is experience).
    static let agePrefixes = ["возраст", "старше", "мужчин", "женщин", "жастан", "жас", "aged", "age"]

    /// Words saying the work is underground, hazardous or at night: the labour code bars minors from it.
    static let adultOnlyPrefixes = [
        "подземн", "шахт", "рудник", "вредн", "опасн", "ночн",
        "underground", "hazard", "night", "mine",
        "жерасты", "кеніш", "шахта", "зиянды", "қауіпті", "түнгі",
    ]
    /// "работа в 3 смены", "үш ауысым": round-the-clock shifts include nights.
    static let shiftWords: Set<String> = ["смены", "смен", "сменах", "ауысым", "ауысымда", "shifts"]
    static let threeWords: Set<String> = ["3", "три", "трех", "үш", "three"]

    /// Words that open a title ("Требуется сварщик", "Лауазымы: …"); "қажет", "керек" close one.
    static let titleOpeners: Set<String> = [
        "требуется", "требуются", "нужен", "нужна", "нужны", "ищем", "ищет", "приглашаем", "приглашает", "набирает",
        "набираем", "вакансия", "должность", "лауазымы", "лауазым", "position", "hiring", "wanted",
    ]
    static let titleClosers: Set<String> = ["қажет", "керек", "шақырады", "қажет"]
}
