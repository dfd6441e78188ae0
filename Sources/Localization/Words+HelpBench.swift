/// Help of `bench`, the scoring core's timer.
extension Words {
    public var benchHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Бағалау ядросын өлшеу: тақталы sgemm және үздік k таңдау.",
                           ru: "Замерить ядро оценки: sgemm по плиткам и отбор лучших k.",
                           en: "Time the scoring core: tiled sgemm plus top-k selection."),
            discussion: discussion(pick(
                kk: "--queries/--items: NumPy float32 векторларын әр жол бойынша үздік k таңдаумен бағалайды және бір JSON "
                    + "жолын шығарады: бағалау уақыты (файл енгізу-шығаруынсыз), оның GFLOP/s, сосын сол тақталар мен "
                    + "ағындардағы таза cblas_sgemm GFLOP/s.\n--students/--vacancies: жасанды профильдер нағыз бағалау "
                    + "моделі арқылы, екі бағытта да сәйкестік пен үздік k; JSON жолына сол ені бар толық көбейтіндінің "
                    + "таза sgemm уақыты, сәйкестік блоктары мен ортақ бағандар үнемдеген жұмыс және ең жоғары жад қосылады.\n"
                    + "--pipeline: дерекқордағы (--db) үш жұмыс, қадам-қадаммен.",
                ru: "С --queries/--items: оценивает векторы NumPy float32 с отбором лучших k по строкам и печатает одну "
                    + "строку JSON: время оценки (без ввода-вывода файлов), его GFLOP/s и сразу замеренные GFLOP/s "
                    + "чистого cblas_sgemm на тех же плитках и потоках.\nС --students/--vacancies: сгенерированные "
                    + "профили через настоящую модель оценки с допуском и отбором лучших k в обе стороны; в строку JSON "
                    + "добавляются время чистого sgemm для полного произведения той же ширины, работа, сэкономленная "
                    + "блоками допуска и общими столбцами, и пик памяти.\nС --pipeline: три задания на базе данных (--db), по шагам.",
                en: "With --queries/--items: scores NumPy float32 vectors with per-row top-k and prints one JSON line with "
                    + "the scoring time (file I/O excluded), its GFLOP/s, and the raw cblas_sgemm GFLOP/s over the same "
                    + "tiles and threads measured right after.\nWith --students/--vacancies: generated profiles through "
                    + "the real scoring model with eligibility and top-k both ways; the JSON line adds the raw sgemm time "
                    + "for the full product at the same feature width, the work saved by eligibility blocks and shared columns, and peak memory.\n"
                    + "With --pipeline: the three jobs on the database (--db), step by step."),
                examples: ["match-cli bench --queries Q.npy --items I.npy --top 10 --out top.npy",
                           "match-cli bench --students 20000 --vacancies 2000 --seed 1",
                           "match-cli bench --pipeline"]))
    }

    public var benchPipelineOptionHelp: String {
        pick(kk: "Дерекқордағы барлығына recommend, барлығына shortlist, тұрақты бөлу және есептің уақытын өлшеу.",
             ru: "Замерить recommend для всех, shortlist для всех, устойчивое распределение и отчёт на базе данных.",
             en: "Time recommend for all, shortlists for all, the stable allocation and the report on the database.")
    }

    public var benchStudentsOptionHelp: String {
        pick(kk: "Жасанды білім алушылар (--vacancies-пен бірге).", ru: "Сгенерированные учащиеся (вместе с --vacancies).",
             en: "Generated students (use with --vacancies).")
    }

    public var benchVacanciesOptionHelp: String {
        pick(kk: "Жасанды бос орындар (--students-пен бірге).", ru: "Сгенерированные вакансии (вместе с --students).",
             en: "Generated vacancies (use with --students).")
    }

    public var benchSeedOptionHelp: String {
        pick(kk: "Жасанды профильдердің бастапқы мәні (seed).", ru: "Начальное значение (seed) сгенерированных профилей.",
             en: "Seed of the generated profiles.")
    }

    public var benchQueriesOptionHelp: String {
        pick(kk: "Сұрау векторлары: 2 өлшемді float32 .npy файлы (--items-пен бірге).",
             ru: "Векторы запросов: двумерный файл .npy float32 (вместе с --items).",
             en: "Query vectors: a 2-D float32 .npy file (use with --items).")
    }

    public var benchItemsOptionHelp: String {
        pick(kk: "Элемент векторлары: --queries-тегідей бағандары бар 2 өлшемді float32 .npy файлы.",
             ru: "Векторы элементов: двумерный файл .npy float32 с тем же числом столбцов, что у --queries.",
             en: "Item vectors: a 2-D float32 .npy file, as many columns as --queries.")
    }

    public var benchTopOptionHelp: String {
        pick(kk: "Әр сұрау жолына сақталатын элементтер саны.", ru: "Сколько элементов оставлять на строку запроса.",
             en: "Items to keep per query row.")
    }

    public var benchOutOptionHelp: String {
        pick(kk: "Әр сұрау жолының үздік элемент индекстерін (ең жақсысы бірінші) int64 .npy ретінде осында жазу.",
             ru: "Записать сюда индексы лучших элементов каждой строки (лучший первым) как int64 .npy.",
             en: "Write the top item indices per query row (best first) here as int64 .npy.")
    }

    public var benchRowTileOptionHelp: String { pick(kk: "Бір тақтадағы сұрау жолдары.", ru: "Строк запросов в плитке.", en: "Query rows per tile.") }
    public var benchColumnTileOptionHelp: String { pick(kk: "Бір тақтадағы элементтер.", ru: "Элементов в плитке.", en: "Items per tile.") }

    public var benchThreadsOptionHelp: String {
        pick(kk: "Жұмыс тапсырмалары, белсенді процессорлар санынан аспайды (әдепкі); OpenBLAS өзі бір ағында жұмыс істейді.",
             ru: "Рабочие задачи, не больше числа активных процессоров (по умолчанию); сам OpenBLAS работает в один поток.",
             en: "Worker tasks, at most the active processor count (the default); OpenBLAS itself runs single-threaded.")
    }
}
