/// Help of the commands that build, fill and inspect the database: init, import, generate, stats,
/// forget and log.
extension Words {
    public var initHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Data/ каталогы мен жасанды когортадан дерекқор құру.",
                           ru: "Создать базу данных из каталога Data/ и сгенерированной когорты.",
                           en: "Build a database from the Data/ catalogue and a generated cohort."),
            discussion: discussion(pick(kk: "Берілген (немесе әдепкі) жолдағы дерекқор файлын ауыстырады.",
                                        ru: "Заменяет файл базы данных по указанному пути (или по умолчанию).",
                                        en: "Replaces the database file at the path given (or the default one)."),
                                   examples: ["match-cli init --db /tmp/match.sqlite"]))
    }

    public var initDataOptionHelp: String {
        pick(kk: "Каталог қалтасы (әдепкі: ./Data немесе $MATCH_DATA).", ru: "Папка каталога (по умолчанию: ./Data или $MATCH_DATA).",
             en: "The catalogue folder (default: ./Data or $MATCH_DATA).")
    }

    public var initStudentsOptionHelp: String {
        pick(kk: "Оған қанша жасанды білім алушы жасау керек.", ru: "Сколько синтетических учащихся сгенерировать в неё.",
             en: "How many synthetic students to generate into it.")
    }

    public var cohortSeedOptionHelp: String {
        pick(kk: "Жасалатын когортаның бастапқы мәні (seed).", ru: "Начальное значение (seed) генерируемой когорты.", en: "Seed of the generated cohort.")
    }

    public var importHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Жазбалары бар CSV немесе JSON файлдарын тексеру және импорттау.",
                           ru: "Проверить и импортировать файлы записей CSV или JSON.",
                           en: "Validate and import CSV or JSON files of records."),
            discussion: discussion(pick(
                kk: "Әдепкіде бәрі немесе ештеңе: бір жазба қате болса, әр қате көрсетіледі (файл, жол немесе JSON жолы, "
                    + "өріс, мән, себеп), ештеңе жазылмайды және шығу коды 1 болады. --skip-invalid болса, дұрыс жазбалар "
                    + "импортталады, қателері тізіліп өткізіледі; бір жазба өткізілсе, шығу коды 3 болады. Жазбалар "
                    + "сәйкестендіргіш бойынша жаңартылады, сондықтан бір файлды екі рет импорттау ештеңені өзгертпейді.\n"
                    + "Шығу кодтары: 0 импортталды (--dry-run болса: дұрыс); 1 ештеңе жазылмады; 3 импортталды, бірақ "
                    + "қате жазбалар өткізілді (--skip-invalid).",
                ru: "По умолчанию всё или ничего: если хоть одна запись неверна, перечисляются все ошибки (файл, строка "
                    + "или путь JSON, поле, значение, причина), ничего не записывается и код выхода 1. С --skip-invalid "
                    + "верные записи импортируются, а неверные перечисляются и пропускаются; если пропущена хоть одна, "
                    + "код выхода 3. Записи обновляются по идентификатору, поэтому повторный импорт того же файла ничего "
                    + "не меняет.\nКоды выхода: 0 импортировано (с --dry-run: верно); 1 ничего не записано; 3 импортировано, "
                    + "но неверные записи пропущены (--skip-invalid).",
                en: "All or nothing by default: if any record is invalid, every problem is listed (file, line or JSON path, "
                    + "field, value, reason), nothing is written and the exit code is 1. With --skip-invalid the valid "
                    + "records are imported and the invalid ones listed and skipped; the exit code is 3 when any record "
                    + "was skipped, so a script can tell a partial import from a complete one (0). Records are upserted "
                    + "by id, so importing the same file twice changes nothing.\nExit codes: 0 imported (or, with "
                    + "--dry-run, valid); 1 nothing written: a record is invalid, or a file cannot be read; 3 imported, "
                    + "but invalid records were skipped (--skip-invalid)."),
                examples: ["match-cli import students.csv", "match-cli import vacancies.json --kind vacancies --dry-run",
                           "match-cli import students.csv --skip-invalid",
                           "match-cli import Data/examples/answers.csv --kind answers"]))
    }

    public var importFilesHelp: String { pick(kk: "CSV немесе JSON файлдары.", ru: "Файлы CSV или JSON.", en: "CSV or JSON files.") }

    public var importKindOptionHelp: String {
        pick(kk: "Барлық файлдың түрі (әдепкі: әр файлдың атауы немесе бағандары бойынша анықталады); answers — сыныптың сауалнамаға жауап парақтары.",
             ru: "Вид записей всех файлов (по умолчанию определяется по имени или столбцам каждого файла); answers — бланки ответов класса на опросник.",
             en: "The kind of every file (default: guessed from each file's name or columns); answers: a class's questionnaire answer sheets.")
    }

    public var dryRunOptionHelp: String { pick(kk: "Тек тексеру; ештеңе жазбау.", ru: "Только проверить; ничего не записывать.", en: "Only validate; write nothing.") }

    public var skipInvalidOptionHelp: String {
        pick(kk: "Дұрыс жазбаларды сақтап, қателерін хабарлау (бірі өткізілсе, шығу коды 3).",
             ru: "Сохранить верные записи и сообщить о неверных (код выхода 3, если какая-то пропущена).",
             en: "Store the valid records and report the invalid ones (exit code 3 if any was skipped).")
    }

    public var generateHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Қайталанатын жасанды білім алушылар когортасын seed бойынша жасау.",
                           ru: "Сгенерировать воспроизводимую синтетическую когорту учащихся по seed.",
                           en: "Generate a seeded, reproducible synthetic cohort of students."),
            discussion: discussion(pick(
                kk: "Білім алушылардың CSV файлын жазады (`match-cli import` арқылы импортталады) немесе оларды тікелей сақтайды.\n"
                    + "Бір seed пен каталог әрқашан бірдей білім алушыларды береді.",
                ru: "Записывает CSV-файл учащихся (импортируется командой `match-cli import`) или сохраняет их сразу в базу.\n"
                    + "Одинаковые seed и каталог всегда дают одних и тех же учащихся.",
                en: "Writes a students CSV (importable with `match-cli import`) or stores the students directly.\n"
                    + "The same seed and catalogue always give the same students."),
                examples: ["match-cli generate --students 1000 --seed 7 --out students.csv",
                           "match-cli init --db /tmp/big.sqlite",
                           "match-cli generate --students 20000 --seed 1 --db /tmp/big.sqlite",
                           "match-cli generate --vacancies 2000 --seed 1 --db /tmp/big.sqlite"]))
    }

    public var generateStudentsOptionHelp: String { pick(kk: "Қанша білім алушы.", ru: "Сколько учащихся.", en: "How many students.") }

    public var generateVacanciesOptionHelp: String {
        pick(kk: "Қанша жасанды бос орын (каталогтағы бос орындар үлгі ретінде, халық санына қарай орналастырылады) — бенчмарктар үшін.",
             ru: "Сколько синтетических вакансий (по образцу вакансий каталога, размещённых по численности населения) — для замеров.",
             en: "How many synthetic vacancies (catalogue vacancies as templates, placed by population) — for benchmarks.")
    }

    public var randomSeedOptionHelp: String { pick(kk: "Кездейсоқтық бастапқы мәні (seed).", ru: "Начальное значение (seed) генератора.", en: "Random seed.") }

    public var generateOutOptionHelp: String {
        pick(kk: "Білім алушыларды сақтаудың орнына CSV файлын осында жазу.", ru: "Записать CSV-файл сюда вместо сохранения учащихся.",
             en: "Write a CSV file here instead of storing the students.")
    }

    public var referenceYearOptionHelp: String {
        pick(kk: "Туған жылдар есептелетін күнтізбелік жыл (әдепкі: биылғы жыл).", ru: "Календарный год, от которого считаются годы рождения (по умолчанию: текущий).",
             en: "The calendar year birth years are counted from (default: this year).")
    }

    public var statsHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Түрлер мен өңірлер бойынша жазбалар санын және дерекқор жолын шығару.",
                           ru: "Показать число записей по видам и регионам и путь к базе данных.",
                           en: "Print record counts per kind and per region, and the database path."),
            discussion: discussion("", examples: ["match-cli stats --lang kk"]))
    }
}
