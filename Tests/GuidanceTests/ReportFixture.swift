import ScoringCore
import Allocation
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

/// A batch match report written by hand: real Kazakhstan regions and specialties in kk/ru/en, counts
/// of 0, of 1–9 (suppressed) and of 10 or more, a name with `<b>&"`, one starting with `=SUM(`, a
/// name with a comma and quotes, a negative gap of -12, and gaps kept as ranges beside suppressed counts.
enum ReportFixture {
    /// A name in the three languages of the report.
    struct Name {
        var kk: String, ru: String, en: String
        init(_ kk: String, _ ru: String, _ en: String) { (self.kk, self.ru, self.en) = (kk, ru, en) }
        func callAsFunction(_ language: Language) -> String {
            switch language { case .kk: kk; case .ru: ru; case .en: en }
        }
    }

    static let escapedSpecialty = Name(#"Станоктар операторы <b>&"CNC""#, #"Оператор станков <b>&"ЧПУ""#, #"Machine operator <b>&"CNC""#)
    static let formulaEnterprise = "=SUM(A1:A9) Trading"
    static let atEnterprise = "@Work Kazakhstan"
    static let commaEnterprise = #"ТОО "Кокшетау, Минеральные воды""#
    /// The specialty whose gap is -12 and the one whose candidates (7) are suppressed.
    static let negativeGapSpecialtyID = "07110400"
    static let suppressedSpecialtyID = "05320100"

    static func report(_ language: Language) -> MatchReport {
        MatchReport(
            title: Name("Кәсіптік бағдар: жұмыс берушілер мен колледждерге арналған есеп", "Профориентация: отчёт для работодателей и колледжей", "Career guidance: report for employers and colleges")(language),
            language: language, scope: nil, date: "2026-11-23", modelVersion: "2026.11-2",
            summary: .init(students: PersonCount(4_213), vacancies: 182, places: 1_950, collegeSeats: 2_300,
                           placed: PersonCount(1_288), fillRate: 1_288.0 / 1_950, meanFit: 0.714),
            bySpecialty: specialties(language), byRegion: regions(language), enterprises: enterprises(language),
            unfilled: unfilled(language), trainingNeeds: trainingNeeds(language), colleges: colleges(language))
    }

    // (id, name, job, internship, dual, candidates, seats)
    private static let specialtyFigures: [(String, Name, Int, Int, Int, Int, Int)] = [
        ("06130100", Name("Бағдарламалық қамтамасыз ету (түрлері бойынша)", "Программное обеспечение (по видам)", "Software engineering (by type)"), 120, 40, 10, 96, 150),
        ("06120100", Name("Есептеу техникасы және ақпараттық желілер (түрлері бойынша)", "Вычислительная техника и информационные сети (по видам)", "Computer engineering and information networks (by type)"), 60, 25, 0, 41, 75),
        ("07110400", Name("Зертханалық технология", "Лабораторная технология", "Laboratory technology"), 8, 6, 0, 26, 25),
        ("05320100", Name("Геологиялық түсірілім, пайдалы қазбалар кен орындарын іздеу және барлау", "Геологическая съемка, поиск и разведка месторождений полезных ископаемых", "Geological survey, prospecting and exploration of mineral deposits"), 35, 10, 12, 7, 25),
        ("07150500", Name("Дәнекерлеу ісі (түрлері бойынша)", "Сварочное дело (по видам)", "Welding (by type)"), 210, 30, 45, 130, 200),
        ("07130100", Name("Электрмен жабдықтау (салалар бойынша)", "Электроснабжение (по отраслям)", "Power supply (by sector)"), 140, 20, 30, 88, 125),
        ("07161300", Name("Автомобиль көлігіне техникалық қызмет көрсету, жөндеу және пайдалану", "Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта", "Maintenance, repair and operation of motor vehicles"), 95, 15, 20, 150, 175),
        ("10130300", Name("Тамақтандыруды ұйымдастыру", "Организация питания", "Catering"), 70, 35, 0, 64, 100),
        ("04110100", Name("Есеп және аудит", "Учет и аудит", "Accounting and audit"), 25, 10, 0, 58, 75),
        ("09130100", Name("Мейірбике ісі", "Сестринское дело", "Nursing"), 180, 0, 0, 75, 150),
        ("01120100", Name("Мектепке дейінгі тәрбие және оқыту", "Дошкольное воспитание и обучение", "Preschool education"), 65, 10, 0, 40, 100),
        ("07320100", Name("Ғимараттар мен құрылыстарды салу және пайдалану", "Строительство и эксплуатация зданий и сооружений", "Construction and operation of buildings and structures"), 110, 15, 25, 52, 100),
        ("07140100", Name("Машина жасау технологиясы (түрлері бойынша)", "Технология машиностроения (по видам)", "Mechanical engineering technology (by type)"), 55, 10, 30, 22, 50),
        ("07240100", Name("Мұнай және газ кен орындарын игеру және пайдалану", "Разработка и эксплуатация нефтяных и газовых месторождений", "Development and operation of oil and gas fields"), 85, 20, 15, 61, 75),
        ("08410100", Name("Ветеринария", "Ветеринария", "Veterinary medicine"), 30, 5, 10, 0, 50),
        ("10150100", Name("Туризм", "Туризм", "Tourism"), 15, 20, 0, 33, 50),
        ("x-cnc", escapedSpecialty, 40, 0, 20, 3, 25),
    ]

    static func specialties(_ language: Language) -> [MatchReport.SpecialtyRow] {
        specialtyFigures.map { id, name, job, internship, dual, candidates, seats in
            MatchReport.SpecialtyRow(
                specialtyID: id, code: id.hasPrefix("x-") ? nil : id, name: name(language), jobPlaces: job,
                internshipPlaces: internship, dualPlaces: dual, candidates: PersonCount(candidates), seats: seats,
                gap: Gap(places: job + internship + dual, minus: PersonCount(candidates)))
        }
    }

    // (id, name, demand, candidates, seats, students)
    private static let regionFigures: [(String, Name, Int, Int, Int, Int)] = [
        ("abai", Name("Абай облысы", "область Абай", "Abai"), 64, 40, 150, 188),
        ("akmola", Name("Ақмола облысы", "Акмолинская область", "Akmola"), 52, 31, 120, 140),
        ("aktobe", Name("Ақтөбе облысы", "Актюбинская область", "Aktobe"), 71, 58, 140, 203),
        ("almaty-region", Name("Алматы облысы", "Алматинская область", "Almaty Region"), 93, 77, 175, 260),
        ("atyrau", Name("Атырау облысы", "Атырауская область", "Atyrau"), 148, 66, 125, 190),
        ("west-kazakhstan", Name("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan"), 45, 29, 100, 118),
        ("zhambyl", Name("Жамбыл облысы", "Жамбылская область", "Zhambyl"), 58, 47, 125, 171),
        ("zhetisu", Name("Жетісу облысы", "область Жетісу", "Zhetisu"), 22, 8, 75, 9),
        ("karaganda", Name("Қарағанды облысы", "Карагандинская область", "Karaganda"), 236, 141, 250, 402),
        ("kostanay", Name("Қостанай облысы", "Костанайская область", "Kostanay"), 67, 52, 125, 155),
        ("kyzylorda", Name("Қызылорда облысы", "Кызылординская область", "Kyzylorda"), 39, 35, 100, 132),
        ("mangystau", Name("Маңғыстау облысы", "Мангистауская область", "Mangystau"), 121, 49, 100, 144),
        ("pavlodar", Name("Павлодар облысы", "Павлодарская область", "Pavlodar"), 104, 72, 150, 198),
        ("north-kazakhstan", Name("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan"), 28, 19, 75, 87),
        ("turkistan", Name("Түркістан облысы", "Туркестанская область", "Turkistan"), 76, 90, 200, 344),
        ("ulytau", Name("Ұлытау облысы", "область Улытау", "Ulytau"), 41, 4, 25, 6),
        ("east-kazakhstan", Name("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan"), 98, 61, 150, 207),
        ("astana", Name("Астана қаласы", "город Астана", "Astana"), 212, 160, 175, 450),
        ("almaty-city", Name("Алматы қаласы", "город Алматы", "Almaty"), 245, 180, 200, 521),
        ("shymkent", Name("Шымкент қаласы", "город Шымкент", "Shymkent"), 0, 0, 125, 118),
    ]

    static func regions(_ language: Language) -> [MatchReport.RegionRow] {
        regionFigures.map { id, name, demand, candidates, seats, students in
            MatchReport.RegionRow(
                regionID: id, name: name(language), demand: demand, candidates: PersonCount(candidates), seats: seats,
                gap: Gap(places: demand, minus: PersonCount(candidates)), students: PersonCount(students))
        }
    }

    static func regionName(_ id: String, _ language: Language) -> String {
        regionFigures.first { $0.0 == id }!.1(language)
    }

    static func enterprises(_ language: Language) -> [MatchReport.EnterpriseRow] {
        // (id, name, region, places, filled)
        let figures: [(String, String, String, Int, Int)] = [
            ("qarmet", "Qarmet JSC", "karaganda", 120, 84), ("kazakhmys-balkhash", "Kazakhmys Balkhash", "karaganda", 80, 51),
            ("tengri-tyres", "Tengri Tyres", "karaganda", 60, 60), ("silk-road-electronics", "Silk Road Electronics", "karaganda", 45, 7),
            ("formula", formulaEnterprise, "astana", 30, 0), ("at-work", atEnterprise, "almaty-city", 25, 14),
            ("kokshetau-water", commaEnterprise, "akmola", 12, 6), ("tengizchevroil", "Tengizchevroil", "atyrau", 95, 40),
            ("air-astana", "Air Astana", "astana", 40, 31), ("ktz", "Kazakhstan Temir Zholy", "astana", 150, 97),
            ("kegoc", "KEGOC", "astana", 35, 22), ("erg-aksu", "ERG Aksu Ferroalloy", "pavlodar", 70, 38),
            ("kaspi", "Kaspi.kz", "almaty-city", 55, 53), ("rahat", "Rakhat", "almaty-city", 20, 3),
            ("aqtobe-chrome", "Don Mining and Processing", "aktobe", 65, 27), ("shymkent-pharm", "Chimpharm", "shymkent", 18, 10),
            ("kazzinc", "Kazzinc", "east-kazakhstan", 110, 72), ("caspian-port", "Aktau Sea Port", "mangystau", 24, 0),
        ]
        return figures.map { id, name, region, places, filled in
            let count = PersonCount(filled)
            return MatchReport.EnterpriseRow(
                enterpriseID: id, name: name, region: regionName(region, language), places: places, filled: count,
                fillRate: count.isSuppressed ? nil : Double(filled) / Double(places))
        }
    }

    /// Unfilled places of a vacancy with `places` of which `placed` are taken (6 placed: a suppressed count).
    private static func unfilled(_ places: Int, placed: Int) -> Gap { Gap(places: places, minus: PersonCount(placed)) }

    static func unfilled(_ language: Language) -> [MatchReport.UnfilledRow] {
        let skills = skillNames.map { $0.1(language) }
        return [
            .init(vacancyID: "qarmet-welder", title: Name("Дәнекерлеуші", "Электрогазосварщик", "Welder")(language), enterprise: "Qarmet JSC",
                  region: regionName("karaganda", language), kind: .job, places: 40, unfilled: unfilled(40, placed: 22), missingSkills: [skills[0], skills[2]]),
            .init(vacancyID: "ktz-electrician", title: Name("Электр монтері", "Электромонтёр", "Electrician")(language), enterprise: "Kazakhstan Temir Zholy",
                  region: regionName("astana", language), kind: .dual, places: 30, unfilled: unfilled(30, placed: 18), missingSkills: [skills[5], skills[2], skills[6]]),
            .init(vacancyID: "formula-analyst", title: "=HYPERLINK(\"x\") analyst", enterprise: formulaEnterprise, region: regionName("astana", language),
                  kind: .internship, places: 10, unfilled: unfilled(10, placed: 0), missingSkills: [skills[1], skills[3]]),
            .init(vacancyID: "tco-lab", title: Name("Зертхана лаборанты", "Лаборант химического анализа", "Chemical lab assistant")(language),
                  enterprise: "Tengizchevroil", region: regionName("atyrau", language), kind: .job, places: 15, unfilled: unfilled(15, placed: 6), missingSkills: [skills[4], skills[10]]),
            .init(vacancyID: "kokshetau-operator", title: Name("Желі операторы", "Оператор линии розлива", "Bottling line operator")(language),
                  enterprise: commaEnterprise, region: regionName("akmola", language), kind: .internship, places: 6, unfilled: unfilled(6, placed: 0), missingSkills: []),
            .init(vacancyID: "port-crane", title: Name("Крановщик", "Крановщик", "Crane operator")(language), enterprise: "Aktau Sea Port",
                  region: regionName("mangystau", language), kind: .job, places: 24, unfilled: unfilled(24, placed: 0), missingSkills: [skills[7], skills[2], skills[8]]),
        ]
    }

    private static let skillNames: [(String, Name)] = [
        ("welding", Name("Дәнекерлеу", "Сварка", "Welding")),
        ("python", Name("Python тілінде бағдарламалау", "Программирование на Python", "Python programming")),
        ("occupational-safety", Name("Еңбек қауіпсіздігі және еңбекті қорғау", "Охрана труда и техника безопасности", "Occupational safety")),
        ("databases-sql", Name("Дерекқорлар және SQL", "Базы данных и SQL", "Databases and SQL")),
        ("lab-analysis", Name("Зертханалық талдау", "Лабораторный анализ", "Laboratory analysis")),
        ("electrical-installation", Name("Электр монтажы", "Электромонтаж", "Electrical installation")),
        ("first-aid", Name("Алғашқы медициналық көмек", "Первая помощь", "First aid")),
        ("hydraulics", Name("Гидравлика", "Гидравлические системы", "Hydraulics")),
        ("english-for-work", Name("Кәсіби ағылшын тілі", "Профессиональный английский", "English for work")),
        ("computer-networks", Name("Компьютерлік желілерді баптау", "Настройка компьютерных сетей", "Computer networking")),
        ("food-safety", Name("Тамақ қауіпсіздігі және HACCP", "Безопасность пищевой продукции и ХАССП", "Food safety and HACCP")),
        ("teamwork", Name("Командада жұмыс істеу", "Работа в команде", "Teamwork")),
        ("customer-service", Name("Клиенттерге қызмет көрсету", "Обслуживание клиентов", "Customer service")),
        ("cnc-setup", Name("ЦБЖ станоктарын баптау", "Наладка станков с ЧПУ", "CNC machine setup")),
        ("technical-drawing", Name("Техникалық сызба", "Техническое черчение", "Technical drawing")),
        ("accounting-1c", Name("1С: Бухгалтерия", "1С: Бухгалтерия", "1C: Accounting")),
        ("kazakh-for-work", Name("Кәсіби қазақ тілі", "Профессиональный казахский", "Kazakh for work")),
        ("plc", Name("Бағдарламаланатын логикалық контроллерлер", "Программируемые логические контроллеры", "Programmable logic controllers")),
    ]

    static func trainingNeeds(_ language: Language) -> [MatchReport.TrainingNeedRow] {
        // (vacancies, places, candidates lacking) for each skill above, in order.
        let figures = [(14, 96, 210), (6, 41, 85), (21, 130, 402), (5, 30, 7), (4, 27, 44), (9, 58, 131), (11, 49, 0),
                       (7, 45, 68), (3, 12, 5), (5, 33, 52), (2, 9, 3), (8, 40, 95), (4, 18, 26), (6, 37, 19), (3, 15, 11),
                       (2, 8, 12), (10, 61, 140), (4, 22, 9)]
        return zip(skillNames, figures).map { skill, figure in
            MatchReport.TrainingNeedRow(
                skillID: skill.0, name: skill.1(language), vacancies: figure.0, places: Gap(range: figure.1...figure.1),
                candidatesLacking: PersonCount(figure.2))
        }
    }

    static func colleges(_ language: Language) -> [MatchReport.CollegeRow] {
        // (id, name, region, seats, students, placed)
        let figures: [(String, Name, Name, Int, Int, Int)] = [
            ("semey-polytechnic-college", Name("Семей жоғары политехникалық колледжі", "Семейский высший политехнический колледж", "Semey Higher Polytechnic College"), regionFigures[0].1, 250, 188, 121),
            ("stepnogorsk-mining-college", Name("Степногорск тау-кен техникалық колледжі", "Степногорский горно-технический колледж", "Stepnogorsk Mining Technical College"), regionFigures[1].1, 150, 64, 9),
            ("atyrau-oil-and-gas-college", Name("Атырау мұнай және газ колледжі", "Атырауский колледж нефти и газа", "Atyrau Oil and Gas College"), regionFigures[4].1, 200, 190, 112),
            ("karatau-mining-college", Name("Қаратау тау-кен колледжі", "Каратауский горный колледж", "Karatau Mining College"), regionFigures[6].1, 75, 8, 2),
            ("karaganda-technical-and-construction-college", Name("Қарағанды техникалық-құрылыс колледжі", "Карагандинский технико-строительный колледж", "Karaganda Technical and Construction College"), regionFigures[8].1, 225, 402, 260),
            ("rudny-mining-college", Name("Рудный тау-кен колледжі", "Рудненский горный колледж", "Rudny Mining College"), regionFigures[9].1, 125, 0, 0),
            ("pavlodar-polytechnic-college", Name("Павлодар жоғары политехникалық колледжі", "Павлодарский высший политехнический колледж", "Pavlodar Higher Polytechnic College"), regionFigures[12].1, 275, 198, 0),
        ]
        return figures.map { id, name, region, seats, students, placed in
            let students = PersonCount(students), placed = PersonCount(placed)
            let rate = students.isSuppressed || placed.isSuppressed || students.value == 0
                ? nil : Double(placed.value) / Double(students.value)
            return MatchReport.CollegeRow(
                collegeID: id, name: name(language), region: region(language), seats: seats, students: students,
                placed: placed, placementRate: rate)
        }
    }
}
