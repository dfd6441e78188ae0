/// The help of `forget` and `log`: forgetting a student, and the keyed, anchored audit log.
extension Words {
    public var forgetHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Білім алушыны және ол туралы сақталғанның бәрін жою.",
                           ru: "Удалить учащегося и всё, что о нём хранится.",
                           en: "Remove a student and everything stored about them."),
            discussion: discussion(pick(
                kk: "Профильді бағалары, дағдылары және аудит белгісімен бір транзакцияда жояды, содан кейін дерекқорды "
                    + "қайта жазады (VACUUM) және алдын ала жазу журналын (WAL) босатады: файлдарда сәйкестендіргіштің "
                    + "көшірмесі қалмайды. Аудит журналы білім алушыны тек осында жойылатын кездейсоқ белгімен жазады, "
                    + "сондықтан онда қалғанның ешбірін білім алушымен байланыстыру немесе сәйкестендіргіштен қайта есептеу мүмкін емес.",
                ru: "Удаляет профиль с оценками, навыками и токеном аудита в одной транзакции, затем перезаписывает базу "
                    + "(VACUUM) и опустошает журнал упреждающей записи (WAL): в файлах не остаётся копии идентификатора. "
                    + "Журнал аудита записывает учащегося только случайным токеном, который здесь удаляется, поэтому ничто "
                    + "оставшееся в нём нельзя связать с учащимся или вычислить по идентификатору.",
                en: "Deletes the profile with its grades, skills and audit token in one transaction, then rewrites the "
                    + "database (VACUUM) and empties its write-ahead log, so no copy of the id stays in the files. The audit "
                    + "log records a student only as a random token, deleted here: nothing left in it can be linked to the "
                    + "student or recomputed from the id."),
                examples: ["match-cli forget --student st-1k9-0000042"]))
    }

    public var logHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "recommend, shortlist, report, assign және audit іске қосуларының аудит журналын шығару немесе оны тексеру.",
                           ru: "Показать журнал аудита запусков recommend, shortlist, report, assign и audit или проверить его.",
                           en: "List the audit log of recommend, shortlist, report, assign and audit runs, or verify it."),
            discussion: discussion(pick(
                kk: "Әр жазбада уақыт, команда, параметрлер, кіріс деректерінің хэші, модель нұсқасы мен салмақтары және "
                    + "нәтиже хэші бар. Жазбалар дерекқордан тыс сақталатын аудит кілтімен (DB-audit.key, бірінші жазбамен "
                    + "жасалады, тек иесі оқи алады) HMAC-SHA256 арқылы тізбектеледі, ал әр жазбаның sequence:hash белгісі "
                    + "DB-audit.anchor файлына тек қосылады. --verify өзгертілген, қайта хэштелген, жойылған не орны "
                    + "ауыстырылған жазбаларды, тазартылған журналды және жойылған -audit файлын табады. --head шығарғанын "
                    + "бөлек сақтаңыз да, --verify --head арқылы беріңіз: сонда кілт пен якорь файлы қолында бар адамның "
                    + "қайта жазуы да табылады.",
                ru: "Каждая запись хранит время, команду, параметры, хэш входных данных, версию и веса модели и хэш "
                    + "результата. Записи сцеплены HMAC-SHA256 под ключом аудита, который хранится вне базы (DB-audit.key, "
                    + "создаётся с первой записью, доступен только владельцу), а отметка sequence:hash каждой записи "
                    + "дописывается в DB-audit.anchor. --verify находит изменённые, перехэшированные, удалённые и "
                    + "переставленные записи, очищенный журнал и удалённый файл -audit. Храните вывод --head отдельно и "
                    + "передавайте его в --verify --head: тогда обнаружится и переписывание тем, у кого есть ключ и файл-якорь.",
                en: "Each record holds the time, command, parameters, a hash of the input data, the model version and "
                    + "weights, and a hash of the output. Records are chained by HMAC-SHA256 under an audit key kept outside "
                    + "the database (DB-audit.key, made with the first record, readable by its owner only), and each "
                    + "record's sequence:hash is appended to DB-audit.anchor. --verify finds edited, re-hashed, removed or "
                    + "reordered records, an emptied log and a deleted -audit file. Keep what --head prints elsewhere and "
                    + "give it to --verify --head: that finds even a rewrite by someone who holds the key and the anchor."),
                examples: ["match-cli log", "match-cli log --head", "match-cli log --verify",
                           "match-cli log --verify --head \"$(match-cli log --head)\""]))
    }

    public var verifyOptionHelp: String {
        pick(kk: "Журналды кілтпен, якорь файлымен және берілсе --head белгісімен тексеру; бұзылса, 1 кодымен шығу.",
             ru: "Проверить журнал по ключу, файлу-якорю и, если указана, отметке --head; при нарушении выйти с кодом 1.",
             en: "Check the log against its key, its anchor file and, if given, a --head; exit 1 if it was edited, cut or rewritten.")
    }

    public var headOptionHelp: String {
        pick(kk: "Соңғы жазбаның белгісін (sequence:hash) бөлек сақтау үшін шығару; --verify бірге — журналда одан кейін "
                + "берілген белгі әлі бар екенін тексеру.",
             ru: "Вывести отметку последней записи (sequence:hash), чтобы хранить её отдельно; с --verify — проверить, что "
                + "журнал всё ещё содержит отметку, указанную после него.",
             en: "Print the newest record's sequence:hash, to keep elsewhere; with --verify, check that the log still "
                + "carries the head given after it.")
    }

    public var expectedHeadArgumentHelp: String {
        pick(kk: "--verify --head бірге: бұрын log --head шығарған белгі.", ru: "С --verify --head: отметка, ранее выведенная log --head.",
             en: "With --verify --head: a head printed earlier by log --head.")
    }
}
