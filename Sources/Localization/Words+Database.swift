import Profiles

/// A `--db` path that is not a database, SQLite's failures, and files the system would not let the tool
/// read or write (Foundation's errors), each with what to do.
extension Words {
    public func notADatabase(_ path: String, _ problem: NotADatabase) -> String {
        switch problem {
        case .empty:
            pick(kk: "\(path) — бос файл, дерекқор емес: дерекқордың жолын немесе жаңасын жасау үшін жаңа жол беріңіз",
                 ru: "\(path) — пустой файл, а не база данных: укажите путь к базе данных или новый путь, чтобы создать её",
                 en: "\(path) is an empty file, not a database: give the path of a database, or a new path to create one")
        case .notARegularFile(let kind):
            pick(kk: "\(path) — \(name(of: kind)), дерекқор емес: дерекқор файлының жолын беріңіз",
                 ru: "\(path) — \(name(of: kind)), а не база данных: укажите путь к файлу базы данных",
                 en: "\(path) is \(name(of: kind)), not a database: give the path of a database file")
        case .notSQLite:
            pick(kk: "\(path) — match-cli дерекқоры емес (SQLite емес): дерекқордың жолын немесе жаңасын жасау үшін жаңа жол беріңіз",
                 ru: "\(path) — не база данных match-cli (не SQLite): укажите путь к базе данных или новый путь, чтобы создать её",
                 en: "\(path) is not a match-cli database (not SQLite): give the path of a database, or a new path to create one")
        case .unreadable(let problem):
            pick(kk: "\(path) дерекқорын ашу мүмкін емес: \(reason(problem))", ru: "не удаётся открыть базу данных \(path): \(reason(problem))",
                 en: "cannot open the database \(path): \(reason(problem))")
        }
    }

    public func databaseFailed(_ path: String?, _ failure: DatabaseFailure) -> String {
        let why: String = switch failure {
        case .diskFull: reason(FileProblem.diskFull)
        case .readOnly:
            pick(kk: "дерекқор файлы немесе оның қалтасы тек оқуға арналған", ru: "файл базы данных или его папка доступны только для чтения",
                 en: "the database file or its folder is read-only")
        case .permissionDenied: reason(FileProblem.permissionDenied)
        case .cannotOpen:
            pick(kk: "файлды ашу мүмкін емес: оның қалтасы бар ма және оған жазуға бола ма, тексеріңіз",
                 ru: "файл не открывается: проверьте, что его папка существует и в неё можно писать",
                 en: "the file cannot be opened: check that its folder exists and is writable")
        case .corrupt:
            pick(kk: "файл бүлінген немесе дерекқор емес: оны сақтық көшірмеден қалпына келтіріңіз немесе init арқылы жаңасын жасаңыз",
                 ru: "файл повреждён или не является базой данных: восстановите его из резервной копии или создайте новую командой init",
                 en: "the file is damaged or not a database: restore it from a backup, or make a new one with init")
        case .inputOutput: pick(kk: "диск енгізу-шығару қатесін берді", ru: "диск сообщил об ошибке ввода-вывода", en: "the disk reported an input/output error")
        case .outOfMemory: pick(kk: "жад жетпейді", ru: "не хватает памяти", en: "out of memory")
        case let .other(code, message): "SQLite \(code): \(message)"
        }
        let database = path.map { " " + $0 } ?? ""
        return pick(kk: "дерекқор\(database): \(why)", ru: "база данных\(database): \(why)", en: "the database\(database): \(why)")
    }

    /// A file where an error does not name it.
    public var unnamedFile: String { pick(kk: "файлды", ru: "файл", en: "the file") }

    /// A file the tool could not read (a Foundation error naming it).
    public func cannotReadFile(_ path: String, reason: String) -> String {
        pick(kk: "\(path) оқу мүмкін емес: \(reason)", ru: "не удаётся прочитать \(path): \(reason)", en: "cannot read \(path): \(reason)")
    }

    /// An error the product does not know, still said in the user's language with what to do.
    public func unexpectedError(_ description: String) -> String {
        pick(kk: "күтпеген қате: \(description). Командаға берілген жолдарды тексеріп, қайталаңыз",
             ru: "непредвиденная ошибка: \(description). Проверьте пути, указанные команде, и повторите",
             en: "unexpected error: \(description). Check the paths given to the command and try again")
    }
}
