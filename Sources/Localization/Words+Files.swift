import Profiles

/// Files, disks and other processes (`FileProblem`, `DatabaseInUse`, a busy database), and how a
/// shortlist words a candidate's gaps.
extension Words {
    // MARK: Why a file could not be written
    /// `problem` as the reason after "cannot write PATH: ".
    public func reason(_ problem: FileProblem) -> String {
        switch problem {
        case .diskFull:
            pick(kk: "дискіде орын қалмады; орын босатып, қайталаңыз", ru: "на диске нет места; освободите место и повторите",
                 en: "the disk is full; free some space and try again")
        case .fileTooLarge:
            pick(kk: "файл жүйе рұқсат ететін өлшемнен үлкен (немесе дискіде орын қалмады)",
                 ru: "файл больше, чем разрешает система (или на диске нет места)",
                 en: "the file is larger than this system allows (or the disk is full)")
        case .permissionDenied: pick(kk: "рұқсат жоқ", ru: "нет прав доступа", en: "permission denied")
        case .readOnly: pick(kk: "файлдық жүйе тек оқуға арналған", ru: "файловая система доступна только для чтения", en: "the file system is read-only")
        case .folderMissing: pick(kk: "қалта жоқ", ru: "папка не существует", en: "the folder does not exist")
        case .noSuchFile: pick(kk: "файл жоқ", ru: "файл не существует", en: "the file does not exist")
        case .notAFolder: pick(kk: "бұл қалта емес", ru: "это не папка", en: "not a folder")
        case .notARegularFile(let kind):
            pick(kk: "бұл — \(name(of: kind)), кәдімгі файл емес; тек кәдімгі файл ауыстырылады: басқа жол беріңіз",
                 ru: "это \(name(of: kind)), а не обычный файл; заменяется только обычный файл: укажите другой путь",
                 en: "it is \(name(of: kind)), not a regular file, and only a regular file is replaced: give another path")
        case .system(_, let message): message
        }
    }

    public func name(of kind: FileKind) -> String {
        switch kind {
        case .folder: pick(kk: "қалта", ru: "папка", en: "a folder")
        case .symbolicLink: pick(kk: "символдық сілтеме", ru: "символическая ссылка", en: "a symbolic link")
        case .device: pick(kk: "құрылғы", ru: "устройство", en: "a device")
        case .namedPipe: pick(kk: "атаулы арна (FIFO)", ru: "именованный канал (FIFO)", en: "a named pipe")
        case .socket: pick(kk: "сокет", ru: "сокет", en: "a socket")
        case .unknown: pick(kk: "арнайы файл", ru: "специальный файл", en: "a special file")
        }
    }

    /// Standard output could not be written (a full disk, a closed pipe's reader gone).
    public func cannotWriteOutput(reason: String) -> String {
        pick(kk: "нәтижені шығару мүмкін емес (стандартты шығыс): \(reason)", ru: "не удаётся вывести результат (стандартный вывод): \(reason)",
             en: "cannot write the output (standard output): \(reason)")
    }

    // MARK: Other processes using the database
    /// Another connection held the write lock past the busy timeout.
    public var anotherWriterIsRunning: String {
        pick(kk: "дерекқорға басқа импорт (немесе жазатын басқа команда) жазып жатыр; 30 с күттік. Ол аяқталғанша күтіп, қайталаңыз",
             ru: "в базу данных пишет другой импорт (или другая записывающая команда); ждали 30 с. Дождитесь его окончания и повторите",
             en: "another import (or another command that writes) is writing to the database; waited 30 s. Wait until it has finished and try again")
    }

    public func message(for error: DatabaseInUse) -> String {
        switch error.reason {
        case .inUse:
            pick(kk: "\(error.path) дерекқорын басқа match-cli командасы (импорт?) пайдаланып жатыр; init оның жазғанын жоғалтар еді. Ол аяқталғанша күтіп, қайталаңыз",
                 ru: "базу данных \(error.path) использует другая команда match-cli (импорт?); init потерял бы то, что она записывает. Дождитесь её окончания и повторите",
                 en: "\(error.path) is in use by another match-cli command (an import?); init would discard what it writes. Wait until it has finished and try again")
        case .beingRebuilt:
            pick(kk: "init \(error.path) дерекқорын қайта құрып жатыр; ол аяқталған соң қайталаңыз",
                 ru: "init пересоздаёт базу данных \(error.path); повторите, когда он закончит",
                 en: "init is building a new \(error.path); try again when it has finished")
        }
    }

    // MARK: Shortlists
    /// A skill the candidate lacks or has below the level, as an employer sees it: no levels.
    public func gap(_ skill: String, partly: Bool) -> String {
        partly ? pick(kk: "\(skill) (ішінара)", ru: "\(skill) (частично)", en: "\(skill) (partly)")
            : pick(kk: "\(skill) (жоқ)", ru: "\(skill) (нет)", en: "\(skill) (missing)")
    }
}
