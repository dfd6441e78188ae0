import Profiles

/// What the commands say besides their tables: progress, what was written, the database statistics and
/// the audit log's check.
extension Words {
    // MARK: Database
    public func buildingDefaultDatabase(at path: String, from data: String) -> String {
        pick(kk: "Әдепкі дерекқор \(path) жолында \(data) ішінен құрылуда …", ru: "Создаётся база данных по умолчанию \(path) из \(data) …",
             en: "Building the default database at \(path) from \(data) …")
    }

    /// "Built /tmp/m.sqlite from Data: 120 skills, 45 specialties, …"
    public func built(_ path: String, from folder: String, counts: String) -> String {
        pick(kk: "\(folder) ішінен \(path) құрылды: \(counts)", ru: "База \(path) создана из \(folder): \(counts)",
             en: "Built \(path) from \(folder): \(counts)")
    }

    public func removedStudent(_ id: String, from path: String) -> String {
        pick(kk: "\(id) және оның бағалары мен дағдылары \(path) ішінен жойылды.", ru: "\(id) с оценками и навыками удалён из \(path).",
             en: "Removed \(id) and their grades and skills from \(path).")
    }

    // MARK: generate
    public func wrote(_ records: String, to path: String) -> String {
        pick(kk: "\(path) файлына \(records) жазылды", ru: "В \(path) записано: \(records)", en: "Wrote \(records) to \(path)")
    }

    /// "Stored 100 students in db.sqlite: 100 new, 0 changed, 0 unchanged"
    public func stored(_ records: String, in path: String, new: Int, changed: Int, unchanged: Int) -> String {
        pick(kk: "\(path) ішіне \(records) сақталды: жаңа \(new), өзгерген \(changed), өзгермеген \(unchanged)",
             ru: "В \(path) сохранено: \(records); новых \(new), изменено \(changed), без изменений \(unchanged)",
             en: "Stored \(records) in \(path): \(new) new, \(changed) changed, \(unchanged) unchanged")
    }

    // MARK: import
    /// "students.csv (students): 50 read — 50 new, 0 changed, 0 unchanged, 2 invalid (skipped)"
    public func imported(_ file: String, kind: String, read: Int, new: Int, changed: Int, unchanged: Int, invalid: Int) -> String {
        pick(kk: "\(file) (\(kind)): оқылды \(read) — жаңа \(new), өзгерген \(changed), өзгермеген \(unchanged)"
                + (invalid > 0 ? ", қатесі бар \(invalid) (өткізілді)" : ""),
             ru: "\(file) (\(kind)): прочитано \(read) — новых \(new), изменено \(changed), без изменений \(unchanged)"
                + (invalid > 0 ? ", с ошибками \(invalid) (пропущены)" : ""),
             en: "\(file) (\(kind)): \(read) read — \(new) new, \(changed) changed, \(unchanged) unchanged"
                + (invalid > 0 ? ", \(invalid) invalid (skipped)" : ""))
    }

    /// "answers.csv: 1 sheet flagged flat: …; 2 too fast: …" — sheets stored, but whose scores mean less.
    public func answerSheetsFlagged(_ file: String, _ flags: [QuestionnaireResult.Flag: Int]) -> String {
        let list = flags.keys.sorted().map { "\(flags[$0]!) — \(name(of: $0))" }.joined(separator: "; ")
        return pick(kk: "\(file): белгіленген жауап парақтары: \(list)", ru: "\(file): бланки с отметками: \(list)",
                    en: "\(file): answer sheets flagged: \(list)")
    }

    public var dryRunWroteNothing: String {
        pick(kk: "Сынақ іске қосу: ештеңе жазылмады.", ru: "Пробный запуск: ничего не записано.", en: "Dry run: nothing was written.")
    }

    /// "3 problems found; nothing was imported."
    public func problemsSkipped(_ problems: Int) -> String {
        pick(kk: "\(count(problems, .problem)) табылды; қате жазбалар өткізілді.",
             ru: "\(count(problems, .problem)); неверные записи пропущены.",
             en: "\(count(problems, .problem)) found; the invalid records were skipped.")
    }

    public func problemsFound(_ problems: Int) -> String {
        pick(kk: "\(count(problems, .problem)) табылды; ештеңе импортталмады.",
             ru: "\(count(problems, .problem)); ничего не импортировано.",
             en: "\(count(problems, .problem)) found; nothing was imported.")
    }

    // MARK: report and assign
    public var matchingProgress: String { pick(kk: "сәйкестендіру", ru: "подбор", en: "matching") }
    public var classListProgress: String { pick(kk: "сынып тізімі", ru: "список класса", en: "class list") }
    public var generateProgress: String { pick(kk: "жасау", ru: "генерация", en: "generating") }
    public var importProgress: String { pick(kk: "импорттау", ru: "импорт", en: "importing") }
    public var catalogueProgress: String { pick(kk: "каталогты импорттау", ru: "импорт каталога", en: "importing the catalogue") }
    public var cohortProgress: String { pick(kk: "когортаны жасау", ru: "генерация когорты", en: "generating the cohort") }
    public var shortlistProgress: String { pick(kk: "үміткерлерді іріктеу", ru: "отбор кандидатов", en: "shortlisting") }

    public func reportWritten(seconds: String, path: String) -> String {
        pick(kk: "Есеп \(seconds) с ішінде жазылды: \(path)", ru: "Отчёт записан за \(seconds) с: \(path)",
             en: "Report written in \(seconds) s: \(path)")
    }

    public func wroteAllocation(to path: String) -> String {
        pick(kk: "Бөлу нәтижесі \(path) файлына жазылды", ru: "Распределение записано в \(path)", en: "Wrote the allocation to \(path)")
    }

    // MARK: log
    public func auditLogIntact(_ path: String, records: Int) -> String {
        pick(kk: "\(path) аудит журналы бүтін: \(count(records, .record)).", ru: "Журнал аудита \(path) цел: \(count(records, .record)).",
             en: "The audit log of \(path) is intact: \(count(records, .record)).")
    }

    public func auditLogBroken(_ path: String, points: Int) -> String {
        pick(kk: "\(path) аудит журналы \(count(points, .breakPoint)) бұзылған.", ru: "Журнал аудита \(path) нарушен в \(count(points, .breakPoint)).",
             en: "The audit log of \(path) is broken at \(count(points, .breakPoint)).")
    }

    // MARK: stats
    public func database(_ path: String) -> String { pick(kk: "Дерекқор: \(path)", ru: "База данных: \(path)", en: "Database: \(path)") }
    public var skills: String { pick(kk: "дағдылар", ru: "навыки", en: "skills") }
    public var subjects: String { pick(kk: "пәндер", ru: "предметы", en: "subjects") }
    public var regions: String { pick(kk: "өңірлер", ru: "регионы", en: "regions") }
    public var specialties: String { pick(kk: "мамандықтар", ru: "специальности", en: "specialties") }
    public var collegesCount: String { pick(kk: "колледждер", ru: "колледжи", en: "colleges") }
    public var collegeSeats: String { pick(kk: "колледж орындары", ru: "места в колледжах", en: "college seats") }
    public var enterprises: String { pick(kk: "кәсіпорындар", ru: "предприятия", en: "enterprises") }
    public var vacancies: String { pick(kk: "бос орындар", ru: "вакансии", en: "vacancies") }
    public var vacancyPlaces: String { pick(kk: "бос орындардағы орындар", ru: "места в вакансиях", en: "vacancy places") }
    public var students: String { pick(kk: "білім алушылар", ru: "учащиеся", en: "students") }
}
