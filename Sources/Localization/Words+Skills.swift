import Profiles

/// Help and output of `skills search`: what a phrase names in the skill taxonomy.
extension Words {
    public var skillsHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Дағдылар таксономиясы: адамдар жазғандай атаулар бойынша іздеу.",
                           ru: "Таксономия навыков: поиск по названиям, как их пишут люди.",
                           en: "The skill taxonomy: find skills by names as people type them."),
            discussion: discussion("", examples: ["match-cli skills search сварка"]))
    }

    public var skillsSearchHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Сөз тіркесі қай дағдыларды білдіретінін көрсету: балл мен тәсілі бар үміткерлер.",
                           ru: "Показать, какие навыки означает фраза: кандидаты с баллом и способом совпадения.",
                           en: "Show which skills a phrase names: ranked candidates with a score and how each matched."),
            discussion: discussion(pick(
                kk: "Импорт дағдыны осылай табады: сәйкестендіргіш, атау немесе синоним дәл сәйкес келсе (кез келген тілде, "
                    + "регистрсіз) — үнсіз; әйтпесе сөз түбірлері бойынша, кез келген сөз ретімен (орыс және ағылшын тілдері — "
                    + "Snowball, қазақ тілі — жұрнақтарды алып тастау, латын әліпбиіндегі қазақ тілі де оқылады); ең соңында "
                    + "жазылуы бойынша. Бірнеше дағдыға ортақ сөз («дәнекерлеу») импортта қате ретінде көрсетіледі, "
                    + "үміткерлер тізімімен, біреуін таңдау үшін.",
                ru: "Так импорт находит навык: точное совпадение с идентификатором, названием или синонимом (на любом языке, "
                    + "без учёта регистра) — молча; иначе по основам слов в любом порядке (русский и английский — стеммер "
                    + "Snowball, казахский — отсечение окончаний, казахская латиница тоже читается); в последнюю очередь — по "
                    + "написанию. Слово, общее для нескольких навыков («сварка»), импорт сообщает как ошибку со списком "
                    + "кандидатов, чтобы выбрать один.",
                en: "This is how an import finds a skill: an exact id, label or synonym (in any language, any case) "
                    + "silently; otherwise by the stems of its words in any order (Russian and English by Snowball's "
                    + "stemmers, Kazakh by a suffix stripper, Kazakh in Latin letters read too); spelling last. A word "
                    + "several skills share (\"welding\") is reported by the import with the candidates, to pick one."),
                examples: ["match-cli skills search сварка", "match-cli skills search дәнекерлеу --lang kk",
                           "match-cli skills search \"ремонт техники\" --limit 5 --format json"]))
    }

    public var skillsSearchTextHelp: String {
        pick(kk: "Дағдының атауы, адам жазғандай.", ru: "Название навыка, как его пишет человек.", en: "A skill's name as a person types it.")
    }

    public var searchLimitOptionHelp: String {
        pick(kk: "Ең көбі қанша үміткер көрсету.", ru: "Сколько кандидатов показать, не больше.", en: "How many candidates to show, at most.")
    }

    public func limitMustBe(from lower: Int, to upper: Int) -> String {
        pick(kk: "--limit мәні \(lower)…\(upper) аралығында болуы керек", ru: "--limit должно быть от \(lower) до \(upper)",
             en: "--limit must be from \(lower) to \(upper)")
    }

    public var skill: String { pick(kk: "Дағды", ru: "Навык", en: "Skill") }

    public var matchMethod: String { pick(kk: "Тәсіл", ru: "Способ", en: "Method") }

    public var matchedName: String { pick(kk: "Сәйкес атау", ru: "Совпавшее название", en: "Matched name") }

    /// How a phrase reached a record.
    public func name(of method: NameMatch.Method) -> String {
        switch method {
        case .id: pick(kk: "сәйкестендіргіш", ru: "идентификатор", en: "id")
        case .label: pick(kk: "атауы", ru: "название", en: "label")
        case .synonym: pick(kk: "синоним", ru: "синоним", en: "synonym")
        case .stems: pick(kk: "сөз түбірлері", ru: "основы слов", en: "word stems")
        case .spelling: pick(kk: "жазылуы", ru: "написание", en: "spelling")
        }
    }

    /// The line above the candidates: what an import does with the phrase.
    public func skillSearchOutcome(_ text: String, _ outcome: NameResolution.Outcome, skillID: String?) -> String {
        switch outcome {
        case .resolved:
            pick(kk: "«\(text)» — бір дағды: \(skillID ?? ""); импорт оны сұрамай қабылдайды.",
                 ru: "«\(text)» — один навык: \(skillID ?? ""); импорт примет его без вопросов.",
                 en: "'\(text)' names one skill, \(skillID ?? ""); an import takes it without asking.")
        case .several:
            pick(kk: "«\(text)» бірнеше дағдыға сай келеді: импорт біреуін таңдауды сұрайды.",
                 ru: "«\(text)» подходит к нескольким навыкам: импорт попросит выбрать один.",
                 en: "'\(text)' names several skills: an import asks you to pick one.")
        case .unknown:
            pick(kk: "«\(text)» ешбір дағдыны білдірмейді; ең жақындары:",
                 ru: "«\(text)» не называет ни одного навыка; ближайшие:",
                 en: "'\(text)' names no skill; the closest:")
        }
    }
}
