import Profiles

/// Words of `pupil grades`, `pupil skill` and `pupil show`: the pupil's own grades and skills.
extension Words {
    public var pupilHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Оқушының өз бағалары мен дағдылары (хоббилер, курстар, сертификаттар, жарыстар).",
                           ru: "Оценки и навыки со слов учащегося (хобби, курсы, сертификаты, соревнования).",
                           en: "The pupil's own grades and skills (hobbies, courses, certificates, competitions)."),
            discussion: discussion("", examples: ["match-cli pupil show --student st-1k9-0000003 --lang kk"]))
    }

    public var pupilGradesHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Оқушының мектеп бағаларын жазу (1–5): пән=баға.",
                           ru: "Записать школьные оценки учащегося (1–5): предмет=оценка.",
                           en: "Record the pupil's school grades (1–5) as subject=grade."),
            discussion: discussion(pick(
                kk: "Пән сәйкестендіргішімен немесе кез келген тілдегі атауымен беріледі (math, «математика», «Физика»). "
                    + "Аталған пәндердің бағалары ауыстырылады, қалғандары сол күйінде қалады; бәрі бір транзакцияда.",
                ru: "Предмет — идентификатор или название на любом языке (math, «математика», «Физика»). Оценки названных "
                    + "предметов заменяются, остальные остаются; всё в одной транзакции.",
                en: "A subject is its id or its name in any language (math, «математика», Physics). The grades named "
                    + "replace those stored; the others stay; all in one transaction."),
                examples: ["match-cli pupil grades --student st-1k9-0000003 math=5 physics=4",
                           "match-cli pupil grades --student st-1k9-0000003 \"Орыс тілі=4\" --lang kk"]))
    }

    public var pupilSkillHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Оқушының дағдысын жазу: атауы, деңгейі (1–5) және дәлелі.",
                           ru: "Записать навык учащегося: название, уровень (1–5) и подтверждение.",
                           en: "Record one of the pupil's skills: its name, level (1–5) and evidence."),
            discussion: discussion(pick(
                kk: "Дағды `skills search` іздейтіндей табылады (кез келген тілде, сөз түбірлері бойынша); бірнеше дағдыға сай "
                    + "келетін атау үміткерлерімен көрсетіледі. Дәлел: self (өз бағасы, 0.8), course (курс, 0.9), "
                    + "certificate, internship, competition (WorldSkills, мектеп чемпионаттары; 1.0) — деңгейдің қаншасы есептеледі.",
                ru: "Навык ищется, как в `skills search` (на любом языке, по основам слов); название, общее для нескольких "
                    + "навыков, выводится со списком кандидатов. Подтверждение: self (своя оценка, 0.8), course (курс, 0.9), "
                    + "certificate, internship, competition (WorldSkills, школьные чемпионаты; 1.0) — какая доля уровня учитывается.",
                en: "The skill is found as `skills search` finds it (any language, by word stems); a name several skills "
                    + "share is listed with the candidates. Evidence: self (self-assessed, 0.8), course (0.9), certificate, "
                    + "internship, competition (WorldSkills, school championships; 1.0) — how much of the level counts."),
                examples: ["match-cli pupil skill --student st-1k9-0000003 --skill python --level 2",
                           "match-cli pupil skill --student st-1k9-0000003 --skill python --remove"]))
    }

    public var pupilShowHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Оқушының сақталған бағалары мен дағдыларын көрсету.", ru: "Показать сохранённые оценки и навыки учащегося.",
                           en: "Show the pupil's stored grades and skills."),
            discussion: discussion("", examples: ["match-cli pupil show --student st-1k9-0000003 --format json"]))
    }

    public var gradesArgumentHelp: String {
        pick(kk: "пән=баға, мысалы math=5 «Физика=4».", ru: "предмет=оценка, например math=5 «Физика=4».",
             en: "subject=grade, e.g. math=5 \"Physics=4\".")
    }
    public var skillOptionHelp: String {
        pick(kk: "Дағдының атауы кез келген тілде немесе сәйкестендіргіші.", ru: "Название навыка на любом языке или его идентификатор.",
             en: "The skill's name in any language, or its id.")
    }
    public var levelOptionHelp: String {
        pick(kk: "Деңгей: 1 (таныс) … 5 (шебер).", ru: "Уровень: 1 (знаком) … 5 (эксперт).", en: "Level: 1 (aware) … 5 (expert).")
    }
    public var evidenceOptionHelp: String {
        pick(kk: "Деңгейді не көрсетеді: self, course, certificate, internship, competition.",
             ru: "Чем подтверждён уровень: self, course, certificate, internship, competition.",
             en: "What shows the level: self, course, certificate, internship, competition.")
    }
    public var removeSkillOptionHelp: String {
        pick(kk: "Дағдыны өшіру.", ru: "Удалить навык.", en: "Remove the skill.")
    }

    /// "math=5" expected.
    public func gradeArgumentMalformed(_ text: String) -> String {
        pick(kk: "'\(text)': пән=баға күтілді, мысалы math=5", ru: "'\(text)': ожидалось предмет=оценка, например math=5",
             en: "'\(text)': expected subject=grade, e.g. math=5")
    }
    public var levelRequired: String {
        pick(kk: "--level беріңіз (1–5) немесе --remove", ru: "укажите --level (1–5) или --remove", en: "give --level (1–5), or --remove")
    }

    public func name(of evidence: StudentSkill.Evidence) -> String {
        switch evidence {
        case .selfReported: pick(kk: "өз бағасы", ru: "своя оценка", en: "self-assessed")
        case .course: pick(kk: "курс", ru: "курс", en: "course")
        case .certificate: pick(kk: "сертификат", ru: "сертификат", en: "certificate")
        case .internship: pick(kk: "тәжірибе", ru: "практика", en: "internship")
        case .competition: pick(kk: "жарыс (WorldSkills, чемпионат)", ru: "соревнование (WorldSkills, чемпионат)",
                                en: "competition (WorldSkills, championship)")
        }
    }

    public var subject: String { pick(kk: "Пән", ru: "Предмет", en: "Subject") }
    public var mark: String { pick(kk: "Баға", ru: "Оценка", en: "Grade") }
    public var level: String { pick(kk: "Деңгей", ru: "Уровень", en: "Level") }
    public var evidence: String { pick(kk: "Дәлел", ru: "Подтверждение", en: "Evidence") }
    public func gradesAndSkills(of id: String) -> String {
        pick(kk: "\(id): бағалар мен дағдылар", ru: "\(id): оценки и навыки", en: "\(id): grades and skills")
    }
    public var noGrades: String { pick(kk: "Бағалар жоқ.", ru: "Оценок нет.", en: "No grades.") }
    public var noSkills: String { pick(kk: "Дағдылар жоқ.", ru: "Навыков нет.", en: "No skills.") }

    // MARK: Errors
    public func unknownName(subject: Bool, _ name: String, suggestions: [String]) -> String {
        let list = suggestions.joined(separator: ", ")
        let base = subject
            ? pick(kk: "'\(name)' деп аталатын пән жоқ", ru: "нет предмета с названием '\(name)'", en: "no subject is called '\(name)'")
            : pick(kk: "'\(name)' деп аталатын дағды жоқ", ru: "нет навыка с названием '\(name)'", en: "no skill is called '\(name)'")
        guard !suggestions.isEmpty else { return base }
        return base + pick(kk: " (\(list) дегенді айттыңыз ба?)", ru: " (может быть, \(list)?)", en: " (did you mean \(list)?)")
    }
    public func severalNamed(subject: Bool, _ name: String, candidates: [String]) -> String {
        let list = candidates.joined(separator: ", ")
        return subject
            ? pick(kk: "'\(name)' бірнеше пәнге сай келеді: біреуін таңдаңыз: \(list)", ru: "'\(name)' — так называются несколько предметов: выберите один: \(list)",
                   en: "'\(name)' names several subjects: pick one of \(list)")
            : pick(kk: "'\(name)' бірнеше дағдыға сай келеді: біреуін таңдаңыз: \(list)", ru: "'\(name)' — так называются несколько навыков: выберите один: \(list)",
                   en: "'\(name)' names several skills: pick one of \(list)")
    }
    public func outOfRange(grade: Bool, _ value: Int, lower: Int, upper: Int) -> String {
        grade
            ? pick(kk: "баға \(value): \(lower)…\(upper) аралығында болуы керек", ru: "оценка \(value): допустимо от \(lower) до \(upper)",
                   en: "grade \(value) must be from \(lower) to \(upper)")
            : pick(kk: "деңгей \(value): \(lower)…\(upper) аралығында болуы керек", ru: "уровень \(value): допустимо от \(lower) до \(upper)",
                   en: "level \(value) must be from \(lower) to \(upper)")
    }
    public func notAPupil(_ id: String) -> String {
        pick(kk: "'\(id)' мектепте оқымайды: бұл бет мамандық таңдайтын оқушыларға арналған (бос орындар үшін `recommend`)",
             ru: "'\(id)' не школьник: эта страница для учащихся, выбирающих специальность (вакансии — в `recommend`)",
             en: "'\(id)' is not at school: the result page is for pupils choosing a specialty (use `recommend` for vacancies)")
    }
}
