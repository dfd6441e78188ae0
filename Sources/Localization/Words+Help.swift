/// The command line's help: the root command and the options several commands share. Each command's
/// own help is in `Words+HelpData`, `Words+HelpJobs`, `Words+HelpBench` and `Words+HelpAuditLog`; examples are commands and
/// stay as they are in every language.
extension Words {
    /// The discussion's paragraphs followed by the examples under a heading in this language.
    func discussion(_ text: String, examples: [String]) -> String {
        let heading = examples.count == 1 ? pick(kk: "Мысал:", ru: "Пример:", en: "Example:")
            : pick(kk: "Мысалдар:", ru: "Примеры:", en: "Examples:")
        return (text.isEmpty ? "" : text + "\n\n") + heading + "\n" + examples.map { "  " + $0 }.joined(separator: "\n")
    }

    public var rootHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Қазақстанға арналған кәсіптік бағдар: білім алушылар, ТжКБ мамандықтары, колледждер мен бос орындар.",
                           ru: "Профориентационный подбор для Казахстана: учащиеся, специальности ТиПО, колледжи и вакансии.",
                           en: "Career-guidance matching for Kazakhstan: students, TVET specialties, colleges and vacancies."),
            discussion: pick(
                kk: "--db берілмесе, әр команда әдепкі дерекқорды пайдаланады (жолын `match-cli stats` көрсетеді); ол бірінші "
                    + "қолданғанда Data/ ішінен құрылады.\nАнықтама мен хабарламалар тілі: командалық жолдағы --lang, әйтпесе "
                    + "MATCH_LANG, әйтпесе LC_ALL/LANG (kk_KZ, ru_RU), әйтпесе ағылшын тілі.",
                ru: "Без --db каждая команда работает с базой данных по умолчанию (путь показывает `match-cli stats`); она "
                    + "создаётся из Data/ при первом использовании.\nЯзык справки и сообщений: --lang в командной строке, иначе "
                    + "MATCH_LANG, иначе LC_ALL/LANG (kk_KZ, ru_RU), иначе английский.",
                en: "With no --db, every command uses the default database (see `match-cli stats` for its path), built from "
                    + "Data/ on first use.\nHelp and messages are in the language of --lang on the command line, else "
                    + "MATCH_LANG, else LC_ALL/LANG (kk_KZ, ru_RU), else English."))
    }

    // MARK: Shared options
    public var databaseOptionHelp: String {
        pick(kk: "SQLite дерекқор файлы (әдепкі: $MATCH_DB немесе ~/.local/share/career-match/default.sqlite, бірінші қолданғанда Data/ ішінен құрылады).",
             ru: "Файл базы данных SQLite (по умолчанию: $MATCH_DB или ~/.local/share/career-match/default.sqlite, создаётся из Data/ при первом использовании).",
             en: "SQLite database file (default: $MATCH_DB or ~/.local/share/career-match/default.sqlite, built from Data/ on first use).")
    }

    public var languageOptionHelp: String {
        pick(kk: "Кестелер мен CSV тақырыптарының тілі: kk, ru немесе en (әдепкі ru); анықтама мен хабарламалар да осы тілде.",
             ru: "Язык таблиц и заголовков CSV: kk, ru или en (по умолчанию ru); на нём же справка и сообщения.",
             en: "Language of tables and CSV headers: kk, ru or en (default ru); help and messages follow it too.")
    }

    public var formatOptionHelp: String {
        pick(kk: "Шығыс: table (адамға арналған кесте), json немесе csv.", ru: "Вывод: table (таблица для человека), json или csv.",
             en: "Output: table (for a person), json or csv.")
    }

    public var yearOptionHelp: String {
        pick(kk: "Жас есептелетін жыл: биылғы немесе оған көрші жыл (әдепкі: биылғы). Қай жыл берілсе де, жұмыс берушіге "
                + "келісімі жоқ кәмелетке толмаған адам көрсетілмейді.",
             ru: "Год, на который считается возраст: текущий или соседний с ним (по умолчанию: текущий). Какой бы год ни был "
                + "указан, несовершеннолетний без согласия не показывается работодателю.",
             en: "The year ages are judged in: this year or one either side (default: this year). Whatever the year, an "
                + "employer never sees a minor without consent.")
    }

    public var studentIDOptionHelp: String {
        pick(kk: "Білім алушының бүркеншік сәйкестендіргіші.", ru: "Псевдонимный идентификатор учащегося.", en: "The student's pseudonymous id.")
    }
}
