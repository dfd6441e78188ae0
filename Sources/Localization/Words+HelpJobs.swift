/// Help of the jobs: recommend, shortlist, report, assign and audit.
extension Words {
    public var recommendHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Мектеп оқушысына мамандықтар, ал колледж студенті немесе түлекке бос орындар ұсыну.",
                           ru: "Рекомендовать специальности школьнику или вакансии и места студенту колледжа или выпускнику.",
                           en: "Recommend specialties to a schoolchild, or vacancies and places to a college student or graduate."),
            discussion: discussion(pick(
                kk: "Мектеп оқушысы қызығушылықтары, бағалары, дағдылары және тұратын жеріндегі сұраныс бойынша "
                    + "реттелген мамандықтарды алады: әрқайсысында сәйкестік деңгейі, негізгі себептер, дамыту керек "
                    + "дағдылар және оны оқытатын колледждер.\nКолледж студенті немесе түлек өзіне сәйкес бос орындарды "
                    + "сәйкес және жетіспейтін дағдыларымен алады.\n--schoolchildren: әр мектеп оқушысының тізімі "
                    + "(--region және --grade бойынша), кеңесшінің сынып тізімі үшін (--format csv ыңғайлы).",
                ru: "Школьник получает специальности, упорядоченные по интересам, оценкам, навыкам и спросу там, где он "
                    + "будет жить, для каждой — уровень соответствия, главные причины, навыки для развития и колледжи, "
                    + "где ей учат.\nСтудент колледжа или выпускник получает подходящие ему вакансии и места с "
                    + "совпавшими и недостающими навыками.\nС --schoolchildren: рейтинг для каждого школьника (с отбором "
                    + "по --region и --grade) — список класса для профконсультанта (удобнее с --format csv).",
                en: "A schoolchild gets specialties ranked by interests, grades, skills and demand where they would live, "
                    + "each with a fit band, the main reasons, skills to develop and colleges that teach it.\nA college "
                    + "student or graduate gets the vacancies and places they are eligible for, with the skills matched "
                    + "and missing.\nWith --schoolchildren: the ranking for every schoolchild, narrowed by --region and "
                    + "--grade, for a counsellor's class list (best as --format csv)."),
                examples: ["match-cli recommend --student st-1k9-0000001 --top 5 --lang kk",
                           "match-cli recommend --schoolchildren --region karaganda --grade 9"]))
    }

    public var schoolchildrenOptionHelp: String {
        pick(kk: "Бір білім алушының орнына әр мектеп оқушысына мамандық ұсыну (--region және --grade қараңыз).",
             ru: "Рекомендовать специальности каждому школьнику (см. --region и --grade), а не одному учащемуся.",
             en: "Recommend specialties to every schoolchild (see --region and --grade) instead of one student.")
    }

    public var regionFilterOptionHelp: String {
        pick(kk: "--schoolchildren-мен: тек осы өңірдегілер (оның сәйкестендіргіші, мысалы karaganda).",
             ru: "С --schoolchildren: только учащиеся этого региона (его идентификатор, например karaganda).",
             en: "With --schoolchildren: only those in this region (its id, e.g. karaganda).")
    }

    public var gradeFilterOptionHelp: String {
        pick(kk: "--schoolchildren-мен: тек осы сыныптағылар (7–11).", ru: "С --schoolchildren: только учащиеся этого класса (7–11).",
             en: "With --schoolchildren: only those in this school grade (7–11).")
    }

    public var topResultsOptionHelp: String { pick(kk: "Қанша нәтиже.", ru: "Сколько результатов.", en: "How many results.") }

    public var shortlistHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Бір бос орынға сәйкес үміткерлерді жұмыс берушіге арнап реттеу.",
                           ru: "Упорядочить подходящих кандидатов на одну вакансию или место — для работодателя.",
                           en: "Rank the eligible candidates for one vacancy or place, for the employer."),
            discussion: discussion(pick(
                kk: "Тек сәйкес білім алушылар (өңір, жас, оқу кезеңі, ата-ана келісімі, міндетті дағдылар) бүркеншік "
                    + "сәйкестендіргішпен, балымен, сәйкес дағдыларымен және олқылықтарымен шығады; қорытынды қаншасы "
                    + "және неге шығарылғанын айтады. Сәйкес үміткерлер саны дәл көрсетіледі (олар бір-бірлеп "
                    + "тізімделеді); шығарылғандардың 1-ден 9-ға дейінгі саны \"<10\" деп көрсетіледі.\n\n"
                    + "--enterprise: кәсіпорынның әр бос орнына сол бүркеншік аттармен тізім.",
                ru: "Показываются только подходящие учащиеся (регион, возраст, этап обучения, согласие родителей, "
                    + "обязательные навыки) под псевдонимами, с баллом, совпавшими навыками и пробелами; сводка говорит, "
                    + "сколько исключено и почему. Число подходящих кандидатов точное (они перечислены поимённо); число "
                    + "исключённых от 1 до 9 показано как \"<10\".\n\n"
                    + "С --enterprise: список для каждой вакансии и места предприятия под теми же псевдонимами.",
                en: "Only eligible students appear (region, age, stage, guardian consent, must-have skills), by "
                    + "pseudonymous id, with score, matched skills and gaps; a summary says how many were excluded and "
                    + "why. The number of eligible candidates is exact (they are listed one by one); counts of excluded "
                    + "students from 1 to 9 are shown as \"<10\".\n\n"
                    + "With --enterprise: a shortlist for each of the enterprise's vacancies and places, under the same "
                    + "pseudonyms."),
                examples: ["match-cli shortlist --vacancy tengri-tyres-vulcaniser --top 20 --format csv",
                           "match-cli shortlist --enterprise tengri-tyres --top 10"]))
    }

    public var vacancyOptionHelp: String { pick(kk: "Бос орынның сәйкестендіргіші.", ru: "Идентификатор вакансии.", en: "The vacancy's id.") }

    public var enterpriseOptionHelp: String {
        pick(kk: "Кәсіпорынның сәйкестендіргіші: оның барлық бос орындарына тізімдер.",
             ru: "Идентификатор предприятия: списки для всех его вакансий и мест.",
             en: "An enterprise's id: shortlists for all its vacancies and places.")
    }

    public var topCandidatesOptionHelp: String { pick(kk: "Қанша үміткер.", ru: "Сколько кандидатов.", en: "How many candidates.") }

    public var reportHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Жиынтық есепті жазу: сұраныс пен ұсыныс, толтырылу, оқыту қажеттілігі, орналастыру.",
                           ru: "Записать сводный отчёт: спрос и предложение, заполнение мест, потребность в обучении, распределение.",
                           en: "Write the batch match report: demand versus supply, fill rates, training needs, placements."),
            discussion: discussion(pick(
                kk: "Әр білім алушыны әр бос орынмен салыстырады, орындарды бөледі (тұрақты әдіс) және қалтаға "
                    + "диаграммалары бар бір HTML файлын, CSV файлдарын (BOM бар UTF-8) және сол сандармен JSON файлын "
                    + "жазады. 1-ден 9-ға дейінгі адам саны \"<10\" деп көрсетіледі.\nDocs/Reports.md қараңыз.",
                ru: "Сопоставляет каждого учащегося с каждой вакансией, распределяет места (устойчиво) и записывает в "
                    + "папку один самодостаточный HTML-файл с диаграммами, CSV-файлы (UTF-8 с BOM) и JSON-файл с теми же "
                    + "числами. Число человек от 1 до 9 показано как \"<10\".\nСм. Docs/Reports.md.",
                en: "Matches every student against every vacancy, allocates places (stable), and writes one self-contained "
                    + "HTML file with charts, CSV files (UTF-8 with BOM) and a JSON file with the same figures into the "
                    + "folder. Counts of persons from 1 to 9 are shown as \"<10\".\nSee Docs/Reports.md."),
                examples: ["match-cli report", "match-cli report --region karaganda --out reports/karaganda --lang kk"]))
    }

    public var reportRegionOptionHelp: String {
        pick(kk: "Тек осы өңір (оның сәйкестендіргіші, мысалы karaganda); әдепкі: бүкіл ел.",
             ru: "Только этот регион (его идентификатор, например karaganda); по умолчанию: вся страна.",
             en: "Only this region (its id, e.g. karaganda); default: the whole country.")
    }

    public var reportOutOptionHelp: String { pick(kk: "Жазылатын қалта.", ru: "Папка для записи.", en: "Folder to write into.") }

    public var assignHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Білім алушыларды кәсіпорындардың сыйымдылығы шегінде орындарға бөлу.",
                           ru: "Распределить учащихся по местам с учётом вместимости предприятий.",
                           en: "Allocate students to places under the enterprises' capacities."),
            discussion: discussion(pick(
                kk: "Басымдықтар сәйкес жұптардың баллынан алынады (әр білім алушы өзіне сәйкес ең жақсы 20 орынды "
                    + "реттейді; орындар білім алушыларды сол баллмен, тең болса сәйкестендіргішпен реттейді).\n"
                    + "  stable   кейінге қалдырылған келісім, ұсынушы — білім алушылар: блоктайтын жұп жоқ\n"
                    + "  optimal  жалпы сәйкестігі ең үлкен бөлу (ең аз құнды ағын)\n"
                    + "Толтырылу үлесін, жалпы сәйкестікті, блоктайтын жұптарды және әр орналаспаған білім алушының "
                    + "себебін шығарады.\n--out бөлуді (файл кеңейтіміне қарай CSV немесе JSON) кәсіпорынға тән "
                    + "бүркеншік аттармен, жұмыс беруші алатындай жазады. Docs/Assignment.md қараңыз.",
                ru: "Предпочтения берутся из баллов подходящих пар (каждый учащийся упорядочивает 20 лучших подходящих "
                    + "мест; места упорядочивают учащихся по тому же баллу, при равенстве — по идентификатору).\n"
                    + "  stable   отложенное согласие, предлагают учащиеся: нет блокирующих пар\n"
                    + "  optimal  распределение с наибольшим суммарным соответствием (поток минимальной стоимости)\n"
                    + "Печатает долю заполненных мест, суммарное соответствие, блокирующие пары и причину для каждого "
                    + "нераспределённого учащегося.\n--out записывает распределение (CSV или JSON по расширению файла) "
                    + "с псевдонимами для каждого предприятия — в том виде, в каком его может получить работодатель. "
                    + "См. Docs/Assignment.md.",
                en: "Preferences come from the fit scores of eligible pairs (each student ranks their best 20 eligible "
                    + "places; places rank students by the same score, ties by id).\n"
                    + "  stable   deferred acceptance, students proposing: no blocking pair\n"
                    + "  optimal  the allocation with the largest total fit (min-cost flow)\n"
                    + "Prints fill rate, total fit, blocking pairs and why each unplaced student got no place.\n"
                    + "--out writes the allocation (CSV or JSON by the file's extension) with per-enterprise pseudonyms, "
                    + "as an employer may receive it. See Docs/Assignment.md."),
                examples: ["match-cli assign --kind dual --method stable --out dual.csv"]))
    }

    public var kindOptionHelp: String {
        pick(kk: "Тек осы түрдегі орындар: job, internship немесе dual (әдепкі: барлығы).",
             ru: "Только места этого вида: job, internship или dual (по умолчанию: все).",
             en: "Only places of this kind: job, internship or dual (default: all).")
    }

    public var methodOptionHelp: String { pick(kk: "stable немесе optimal.", ru: "stable или optimal.", en: "stable or optimal.") }

    public var assignOutOptionHelp: String {
        pick(kk: "Бөлуді осында жазу (.csv немесе .json).", ru: "Записать распределение сюда (.csv или .json).",
             en: "Write the allocation here (.csv or .json).")
    }

    public var auditHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Тізімдер мен бөлудің әділдік аудиті: топтар бойынша іріктеу үлесі және бестен төрт ережесі.",
                           ru: "Аудит справедливости списков и распределения: доли отбора по группам и правило четырёх пятых.",
                           en: "Fairness audit of shortlists and allocations: selection rates by group and the four-fifths rule."),
            discussion: discussion(pick(
                kk: "--vacancy: үміткерлер — осы бос орынға сәйкес білім алушылар, іріктелгендер — оның тізіміндегілер "
                    + "(--top). --all: үміткерлер — кемінде бір орынға сәйкес білім алушылар, іріктелгендер — тұрақты "
                    + "бөлу орналастырғандар. Әр топ үшін: іріктеу үлесі, әсер коэффициенті (оның үлесі / ең жоғары "
                    + "топтың үлесі), 0.8-ден төмен белгісі; 10-нан аз немесе үміткерлердің 2%-ынан аз топтар "
                    + "бағалауға тым аз деп белгіленеді; белгісіздер саны да беріледі.\n--audience: department "
                    + "(әдепкі) дәл сандарды көреді; басқаларға 1-ден 9-ға дейінгі сан \"<10\" болып көрінеді, оны "
                    + "ашатын үлестер берілмейді (Docs/Privacy.md).",
                ru: "С --vacancy: кандидаты — учащиеся, подходящие для вакансии, отобранные — те, кто в её списке "
                    + "(--top). С --all: кандидаты — учащиеся, подходящие хотя бы для одного места, отобранные — те, "
                    + "кого размещает устойчивое распределение. Для каждой группы: доля отбора, коэффициент влияния "
                    + "(её доля / доля лучшей группы), отметка ниже 0.8; группы меньше 10 кандидатов или меньше 2% "
                    + "от них отмечены как слишком малые для оценки; приводится и число неизвестных.\n--audience: "
                    + "department (по умолчанию) видит точные числа; остальным числа от 1 до 9 показаны как \"<10\", "
                    + "без раскрывающих их долей (Docs/Privacy.md).",
                en: "With --vacancy: candidates are the students eligible for it, selected are those on its shortlist "
                    + "(--top). With --all: candidates are the students eligible for at least one place, selected are "
                    + "those the stable allocation places. For each group: selection rate, impact ratio (its rate / the "
                    + "highest group's rate), a flag below 0.8, groups with fewer than 10 candidates or under 2% of them "
                    + "marked too small to judge, and the count of unknowns.\n--audience department (the default) sees "
                    + "exact counts; any other audience sees counts from 1 to 9 as \"<10\", without the rates that would "
                    + "reveal them (Docs/Privacy.md)."),
                examples: ["match-cli audit --all --by sex",
                           "match-cli audit --vacancy tengri-tyres-vulcaniser --by settlement --top 20"]))
    }

    public var auditVacancyOptionHelp: String {
        pick(kk: "Бір бос орынның тізімін тексеру.", ru: "Проверить список одной вакансии.", en: "Audit one vacancy's shortlist.")
    }

    public var auditAllOptionHelp: String {
        pick(kk: "Барлық орындарды бөлуді тексеру.", ru: "Проверить распределение всех мест.", en: "Audit the allocation of all places.")
    }

    public var auditByOptionHelp: String {
        pick(kk: "Топтау белгісі: sex, settlement, school-language немесе region.", ru: "Группировать по: sex, settlement, school-language или region.",
             en: "Group by sex, settlement, school-language or region.")
    }

    public var auditTopOptionHelp: String {
        pick(kk: "--vacancy үшін тізім ұзындығы.", ru: "Длина списка для --vacancy.", en: "Shortlist length for --vacancy.")
    }

    public var audienceOptionHelp: String {
        pick(kk: "Аудит кімге арналған: department (дәл сандар), employer, counsellor, pupil немесе public (1–9 саны \"<10\").",
             ru: "Для кого аудит: department (точные числа), employer, counsellor, pupil или public (числа 1–9 как \"<10\").",
             en: "Who the audit is for: department (exact counts), employer, counsellor, pupil or public (counts 1–9 as \"<10\").")
    }
}
