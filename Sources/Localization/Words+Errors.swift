/// Error messages the command line prints, in the reader's language. The English wording is the one
/// the tool has always printed (the README and tests quote it).
extension Words {
    /// Before every error message: "Error: ".
    public var errorPrefix: String { pick(kk: "Қате: ", ru: "Ошибка: ", en: "Error: ") }

    // MARK: Unknown ids and missing databases (`GuidanceError`)
    public func noVacancy(_ id: String, suggestions: [String]) -> String {
        pick(kk: "'\(id)' сәйкестендіргіші бар бос орын жоқ", ru: "нет вакансии с идентификатором '\(id)'",
             en: "no vacancy with id '\(id)'") + didYouMean(suggestions)
    }

    public func noEnterprise(_ id: String, suggestions: [String]) -> String {
        pick(kk: "'\(id)' сәйкестендіргіші бар кәсіпорын жоқ", ru: "нет предприятия с идентификатором '\(id)'",
             en: "no enterprise with id '\(id)'") + didYouMean(suggestions)
    }

    public func noStudent(_ id: String, suggestions: [String]) -> String {
        pick(kk: "'\(id)' сәйкестендіргіші бар білім алушы жоқ", ru: "нет учащегося с идентификатором '\(id)'",
             en: "no student with id '\(id)'") + didYouMean(suggestions)
    }

    public func noRegion(_ id: String, suggestions: [String]) -> String {
        pick(kk: "'\(id)' сәйкестендіргіші бар өңір жоқ", ru: "нет региона с идентификатором '\(id)'",
             en: "no region with id '\(id)'") + didYouMean(suggestions)
    }

    public func enterpriseWithoutVacancies(_ id: String) -> String {
        pick(kk: "'\(id)' кәсіпорнында бос жұмыс орындары да, оқу орындары да жоқ", ru: "у предприятия '\(id)' нет ни вакансий, ни мест",
             en: "enterprise '\(id)' has no vacancies or places")
    }

    public var noDataFolder: String {
        pick(kk: "әдепкі дерекқор әлі жоқ және Data/ қалтасы табылмады: жоба қалтасынан іске қосыңыз, MATCH_DATA орнатыңыз "
                + "немесе `match-cli init --data DIR` орындаңыз",
             ru: "базы данных по умолчанию ещё нет, а папка Data/ не найдена: запустите из папки проекта, задайте MATCH_DATA "
                + "или выполните `match-cli init --data DIR`",
             en: "the default database does not exist yet and no Data/ folder was found: run from the project folder, set MATCH_DATA, "
                + "or use `match-cli init --data DIR`")
    }

    public func noDatabase(at path: String) -> String {
        pick(kk: "\(path) жолында дерекқор жоқ: оны `match-cli init --db \(path)` арқылы жасаңыз",
             ru: "по пути \(path) нет базы данных: создайте её командой `match-cli init --db \(path)`",
             en: "no database at \(path): create it with `match-cli init --db \(path)`")
    }

    public func noStudent(_ id: String, in database: String) -> String {
        pick(kk: "\(database) ішінде '\(id)' сәйкестендіргіші бар білім алушы жоқ", ru: "в \(database) нет учащегося с идентификатором '\(id)'",
             en: "no student with id '\(id)' in \(database)")
    }

    public var noDataFolderForInit: String {
        pick(kk: "Data/ қалтасы табылмады: --data DIR беріңіз", ru: "папка Data/ не найдена: укажите --data DIR",
             en: "no Data/ folder found: pass --data DIR")
    }

    // MARK: Files
    public func cannotRender(_ file: String, reason: String) -> String {
        pick(kk: "\(file) файлын дайындау мүмкін емес: \(reason)", ru: "не удаётся подготовить \(file): \(reason)",
             en: "Cannot render \(file): \(reason)")
    }

    /// A file the tool could not write (`AtomicFile`).
    public func cannotWriteFile(_ path: String, reason: String) -> String {
        pick(kk: "\(path) жазу мүмкін емес: \(reason)", ru: "не удаётся записать \(path): \(reason)", en: "cannot write \(path): \(reason)")
    }

    /// A report file or folder that could not be written.
    public func cannotWrite(_ path: String, reason: String) -> String {
        pick(kk: "\(path) жазу мүмкін емес: \(reason)", ru: "не удаётся записать \(path): \(reason)", en: "Cannot write \(path): \(reason)")
    }

    // MARK: Options that do not go together (checked before a command runs)
    public func topMustBe(from lower: Int, to upper: Int) -> String {
        pick(kk: "--top мәні \(lower)…\(upper) аралығында болуы керек", ru: "--top должно быть от \(lower) до \(upper)",
             en: "--top must be from \(lower) to \(upper)")
    }

    public var topAtLeastOne: String { pick(kk: "--top кемінде 1 болуы керек.", ru: "--top должно быть не меньше 1.", en: "--top must be at least 1.") }

    public var studentOrSchoolchildren: String {
        pick(kk: "--student ID немесе --schoolchildren берілуі керек (біреуі ғана)", ru: "укажите либо --student ID, либо --schoolchildren",
             en: "give either --student ID or --schoolchildren")
    }

    public var regionAndGradeNeedSchoolchildren: String {
        pick(kk: "--region және --grade тек --schoolchildren-мен бірге беріледі", ru: "--region и --grade задаются только с --schoolchildren",
             en: "--region and --grade go with --schoolchildren")
    }

    public func gradeMustBe(from lower: Int, to upper: Int) -> String {
        pick(kk: "--grade мектеп сыныбы болуы керек: \(lower)…\(upper)", ru: "--grade должен быть школьным классом от \(lower) до \(upper)",
             en: "--grade must be a school grade from \(lower) to \(upper)")
    }

    public var vacancyOrEnterprise: String {
        pick(kk: "--vacancy ID немесе --enterprise ID берілуі керек (біреуі ғана)", ru: "укажите либо --vacancy ID, либо --enterprise ID",
             en: "give either --vacancy ID or --enterprise ID")
    }

    public var vacancyOrAll: String {
        pick(kk: "--vacancy ID немесе --all беріңіз (біреуі ғана).", ru: "Укажите либо --vacancy ID, либо --all.", en: "Give either --vacancy ID or --all.")
    }

    public var outMustBeCSVOrJSON: String {
        pick(kk: "--out .csv немесе .json деп аяқталуы керек", ru: "--out должен оканчиваться на .csv или .json", en: "--out must end in .csv or .json")
    }

    public var countsNotNegative: String {
        pick(kk: "--students және --vacancies теріс болмауы керек", ru: "--students и --vacancies не могут быть отрицательными",
             en: "--students and --vacancies must not be negative")
    }

    public var studentsOrVacancies: String {
        pick(kk: "--students N немесе --vacancies N беріңіз", ru: "укажите --students N или --vacancies N", en: "give --students N or --vacancies N")
    }

    public var outOneKindAtATime: String {
        pick(kk: "--out бір уақытта бір түрді ғана жазады", ru: "--out записывает только один вид за раз", en: "--out writes one kind at a time")
    }

    public var pipelineTakesOnlyDatabase: String {
        pick(kk: "--pipeline тек --db қабылдайды.", ru: "--pipeline принимает только --db.", en: "--pipeline takes only --db.")
    }

    public var benchInputs: String {
        pick(kk: "--queries және --items, немесе --students және --vacancies беріңіз.",
             ru: "Укажите --queries и --items или --students и --vacancies.",
             en: "Give --queries and --items, or --students and --vacancies.")
    }

    public var benchInputPairs: String {
        pick(kk: "--queries-ті --items-пен, ал --students-ті --vacancies-пен бірге беріңіз.",
             ru: "--queries задаётся вместе с --items, а --students — вместе с --vacancies.",
             en: "Use --queries with --items, or --students with --vacancies.")
    }

    public var tileSizesAtLeastOne: String {
        pick(kk: "Тақта өлшемдері кемінде 1 болуы керек.", ru: "Размеры плиток должны быть не меньше 1.", en: "Tile sizes must be at least 1.")
    }

    public var threadsAtLeastOne: String {
        pick(kk: "--threads кемінде 1 болуы керек.", ru: "--threads должно быть не меньше 1.", en: "--threads must be at least 1.")
    }
}
