import Profiles

/// The words of the keyed audit log, of `forget` and of the store's refusals: why a log fails its
/// check, a head that is not one, a `--year` out of range, and `StoreError`.
extension Words {
    // MARK: log --verify

    /// One failure of `log --verify`: a record's (`record` ≥ 1) or the whole log's (`record` 0).
    public func auditLogBreak(record: Int, _ reason: MatchDatabase.AuditLogBreak) -> String {
        let why: String = switch reason {
        case .missingRecord(let expected):
            pick(kk: "мұнда \(expected)-жазба болуы керек еді: бір жазба жоқ", ru: "здесь должна быть запись \(expected): одной записи нет",
                 en: reason.description)
        case .brokenChain:
            pick(kk: "алдыңғы жазбаның хэшіне сілтемейді", ru: "не ссылается на хэш предыдущей записи", en: reason.description)
        case .edited:
            pick(kk: "мазмұны кілтті хэшіне сәйкес келмейді: ол өзгертілген", ru: "содержимое не совпадает с ключевым хэшем: запись изменена",
                 en: reason.description)
        case let .removed(first, last, witness):
            removedRecords(first, last, witness)
        case .rewritten(let witness):
            pick(kk: "оның хэші \(witnessName(witness)) сақтаған хэштен өзгеше: журнал қайта жазылған",
                 ru: "её хэш отличается от хранимого в \(witness == .anchor ? "файле-якоре" : "указанной отметке"): журнал переписан",
                 en: reason.description)
        case .keyMissing(let path):
            pick(kk: "\(path) аудит кілті жоқ: ешбір жазбаны тексеру мүмкін емес; оны сақтық көшірмеден қалпына келтіріңіз",
                 ru: "ключа аудита \(path) нет: ни одну запись нельзя проверить; восстановите его из резервной копии",
                 en: reason.description)
        case .anchorMissing(let path):
            pick(kk: "журналда жазбалар бар немесе болған, бірақ \(path) якорь файлы жоқ: ол жойылған",
                 ru: "файла-якоря \(path) нет, хотя в журнале есть или были записи: он удалён",
                 en: reason.description)
        case .unreadable(let error):
            message(forStore: error)
        }
        guard record > 0 else { return why }
        return pick(kk: "\(record)-жазба: \(why)", ru: "запись \(record): \(why)", en: "record \(record): \(why)")
    }

    private func removedRecords(_ first: Int, _ last: Int, _ witness: MatchDatabase.AuditWitness) -> String {
        let records = first == last
            ? pick(kk: "\(first)-жазбаны", ru: "запись \(first) подтверждена", en: "record \(first) is")
            : pick(kk: "\(first)–\(last) жазбаларын", ru: "записи \(first)–\(last) подтверждены", en: "records \(first)–\(last) are")
        return pick(
            kk: "\(records) \(witnessName(witness)) растайды, бірақ журналда жоқ: жазбалар жойылған не журнал тазартылған немесе жойылған",
            ru: "\(records) \(witness == .anchor ? "файлом-якорем" : "указанной отметкой"), но их нет в журнале: "
                + "записи удалены, журнал очищен или удалён",
            en: "\(records) vouched for by the \(witness == .anchor ? "anchor file" : "head given") but not in the log: "
                + "records were removed, or the log was emptied or deleted")
    }

    private func witnessName(_ witness: MatchDatabase.AuditWitness) -> String {
        witness == .anchor ? pick(kk: "якорь файлы", ru: "файл-якорь", en: "the anchor file")
            : pick(kk: "берілген белгі", ru: "указанная отметка", en: "the head given")
    }

    public func auditLogCarriesHead(_ sequence: Int) -> String {
        pick(kk: "Онда берілген белгі әлі бар (\(sequence)-жазба).", ru: "Он по-прежнему содержит указанную отметку (запись \(sequence)).",
             en: "It still carries the head given (record \(sequence)).")
    }

    // MARK: log arguments

    public var headValueNeedsVerifyHead: String {
        pick(kk: "Тексерілетін белгі тек --verify --head бірге беріледі.", ru: "Отметку для проверки указывают только вместе с --verify --head.",
             en: "A head to check is given only with --verify --head.")
    }

    public func notAnAuditHead(_ text: String) -> String {
        pick(kk: "«\(text)» белгі емес: log --head оны sequence:hash түрінде шығарады (нөмір, қос нүкте және 64 оналтылық цифр).",
             ru: "«\(text)» — не отметка: log --head выводит её как sequence:hash (номер, двоеточие и 64 шестнадцатеричные цифры).",
             en: "'\(text)' is not a head: log --head prints one as sequence:hash (a number, a colon and 64 hex digits).")
    }

    // MARK: --year

    public func yearOutOfRange(_ year: Int, from: Int, to: Int) -> String {
        pick(kk: "--year \(year) рұқсат етілген аралықтан тыс: \(from)–\(to) жылдарының бірін беріңіз.",
             ru: "--year \(year) вне допустимого диапазона: укажите год от \(from) до \(to).",
             en: "--year \(year) is out of range: give a year from \(from) to \(to).")
    }

    // MARK: The store's refusals

    public func message(forStore error: StoreError) -> String {
        switch error {
        case let .notADatabase(path, problem):
            return notADatabase(path, problem)
        case let .databaseFailed(path, failure):
            return databaseFailed(path, failure)
        case let .newerSchema(path, migrations):
            let names = migrations.joined(separator: ", ")
            return pick(kk: "\(path) match-cli-дің жаңарақ нұсқасымен жазылған (бұл нұсқаға белгісіз миграциялар: \(names)); бұл нұсқа "
                            + "оған ештеңе жазбайды. match-cli-дің жаңарақ нұсқасын пайдаланыңыз.",
                        ru: "\(path) записана более новой версией match-cli (неизвестные этой версии миграции: \(names)); эта версия "
                            + "ничего в неё не пишет. Используйте более новую версию match-cli.",
                        en: "\(path) was written by a newer version of match-cli (migrations this one does not know: \(names)); this "
                            + "version writes nothing to it. Use the newer match-cli.")
        case .auditKeyMissing(let path):
            return pick(kk: "\(path) аудит кілті жоқ, сондықтан іске қосуды журналға жазу да, журналды тексеру де мүмкін емес: кілтті "
                            + "сақтық көшірмеден қалпына келтіріңіз (жаңа журнал бастау үшін -audit, -audit.key және -audit.anchor "
                            + "файлдарын басқа жерге жылжытыңыз).",
                        ru: "Ключа аудита \(path) нет, поэтому запуск нельзя ни записать в журнал, ни проверить: восстановите ключ из "
                            + "резервной копии (чтобы начать новый журнал, перенесите файлы -audit, -audit.key и -audit.anchor в другое место).",
                        en: "The audit key \(path) is missing, so no run can be recorded and the log cannot be checked: restore it "
                            + "from a backup (to start a new log instead, move the -audit, -audit.key and -audit.anchor files aside).")
        case .auditKeyUnreadable(let path):
            return pick(kk: "\(path) аудит кілтінде кілт жоқ (64 оналтылық цифр): оны сақтық көшірмеден қалпына келтіріңіз.",
                        ru: "В файле ключа аудита \(path) нет ключа (64 шестнадцатеричные цифры): восстановите его из резервной копии.",
                        en: "The audit key \(path) does not hold a key (64 hex digits): restore it from a backup.")
        case .auditKeyUnwritable(let path):
            return pick(kk: "\(path) аудит кілтін жасау мүмкін болмады: оның қалтасына жазуға бола ма, тексеріңіз.",
                        ru: "Не удалось создать ключ аудита \(path): проверьте, что в его папку можно писать.",
                        en: "Cannot create the audit key \(path): check that its folder is writable.")
        case let .auditAnchorUnreadable(path, line):
            return line == 0
                ? pick(kk: "\(path) аудит якорын оқу мүмкін болмады.", ru: "Не удалось прочитать якорь аудита \(path).",
                       en: "Cannot read the audit anchor \(path).")
                : pick(kk: "\(path):\(line): sequence:hash жолы емес; якорь файлы өзгертілген.",
                       ru: "\(path):\(line): это не строка sequence:hash; файл-якорь изменён.",
                       en: "\(path):\(line): not a sequence:hash line; the anchor file was edited.")
        case .auditAnchorUnwritable(let path):
            return pick(kk: "\(path) аудит якорына жазу мүмкін болмады: оған жазуға бола ма, тексеріңіз (тек қосуға болатын файл да жарайды).",
                        ru: "Не удалось дописать якорь аудита \(path): проверьте, что в него можно писать (файл только для дописывания подходит).",
                        en: "Cannot append to the audit anchor \(path): check that it is writable (an append-only file is fine).")
        case .copiesLeftInWriteAheadLog(let path):
            return pick(kk: "Білім алушы жойылды, бірақ дерекқорды басқа бағдарлама оқып жатыр, сондықтан оны пайдаланатын барлық "
                            + "бағдарлама жабылғанша \(path) жойылған жолдардың көшірмелерін сақтайды.",
                        ru: "Учащийся удалён, но базу данных читает другая программа, поэтому \(path) хранит копии удалённых строк, "
                            + "пока все программы, работающие с базой, её не закроют.",
                        en: "The student was removed, but another program is reading the database, so \(path) holds copies of the "
                            + "removed rows until every program using the database has closed it.")
        }
    }
}
