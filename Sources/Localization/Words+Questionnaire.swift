import Profiles

/// Words of the interest questionnaire: the terminal flow, its result and the instrument's statistics.
extension Words {
    public var questionnaireHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Қызығушылықтар сауалнамасы: өту немесе оның статистикасы.",
                           ru: "Опросник интересов: пройти его или посмотреть его статистику.",
                           en: "The interest questionnaire: take it, or see its statistics."),
            discussion: discussion(pick(
                kk: "60 жұмыс түрі (қысқа нұсқада 30), әрқайсысы бес балдық шкаламен. Нәтиже оқушының алты қызығушылық "
                    + "бағасы болып сақталады.",
                ru: "60 видов работы (в короткой форме 30), каждый по пятибалльной шкале. Результат сохраняется как шесть "
                    + "оценок интересов учащегося.",
                en: "60 work activities (30 in the short form), each on a five-point scale. The result is stored as the "
                    + "pupil's six interest scores."),
                examples: ["match-cli questionnaire stats --format csv"]))
    }

    public var takeQuestionnaireHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Сауалнаманы терминалда бір-бірлеп өту (1–5 жауап, b — артқа, q — шығу).",
                           ru: "Пройти опросник в терминале, по одному вопросу (1–5 — ответ, b — назад, q — выход).",
                           en: "Take the questionnaire in a terminal, one item at a time (1–5 answer, b back, q quit)."),
            discussion: discussion(pick(
                kk: "Толық жауаптар бағаланып, оқушының қызығушылықтарына жазылады; толық емес жауаптар сақталады, бірақ бағаланбайды.",
                ru: "Полные ответы оцениваются и записываются в интересы учащегося; неполные сохраняются, но не оцениваются.",
                en: "Complete answers are scored and become the pupil's interests; incomplete ones are kept but not scored."),
                examples: ["match-cli questionnaire --student st-1k9-0000003 --lang kk --short"]))
    }

    public var questionnaireStatsHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Сауалнама шкалаларының сенімділігі: Кронбах альфасы, пункт–жиынтық корреляциялары, бағалар таралуы.",
                           ru: "Надёжность шкал опросника: альфа Кронбаха, корреляции пункт–сумма, распределения оценок.",
                           en: "How well the questionnaire's scales measure: Cronbach's alpha, item–total correlations, score distributions."),
            discussion: discussion(pick(
                kk: "Сауалнама тілі мен нұсқасы бойынша бөлек; Docs/Questionnaire.md оларды қалай оқу керегін түсіндіреді.",
                ru: "Отдельно по языку и форме опросника; как их читать — в Docs/Questionnaire.md.",
                en: "Separately per language and form of the questionnaire; Docs/Questionnaire.md explains how to read them."),
                examples: ["match-cli questionnaire stats --region karaganda --school-language kk"]))
    }

    public var shortFormOptionHelp: String {
        pick(kk: "Қысқа нұсқа: 30 жұмыс түрі (бір сабаққа).", ru: "Короткая форма: 30 видов работы (на один урок).",
             en: "The short form: 30 work activities (for a single lesson).")
    }
    public var schoolLanguageOptionHelp: String {
        pick(kk: "Тек осы тілде оқитын оқушылар.", ru: "Только учащиеся с этим языком обучения.", en: "Only pupils schooled in this language.")
    }

    /// "Question 3 of 30".
    public func questionOf(_ number: Int, _ total: Int) -> String {
        pick(kk: "\(total) сұрақтың \(number)-сі", ru: "Вопрос \(number) из \(total)", en: "Question \(number) of \(total)")
    }
    public var questionnaireKeys: String {
        pick(kk: "1–5 — жауап, b — артқа, q — шығу", ru: "1–5 — ответ, b — назад, q — выйти", en: "1–5 answer, b back, q quit")
    }
    public var questionnaireSaved: String {
        pick(kk: "Жауаптар сақталды.", ru: "Ответы сохранены.", en: "Answers saved.")
    }
    public func questionnaireStopped(answered: Int, of total: Int) -> String {
        pick(kk: "Тоқтатылды: \(total) сұрақтың \(answered)-сіне жауап берілді. Жауаптар сақталды, бірақ бағаланбады.",
             ru: "Остановлено: отвечено \(answered) из \(total). Ответы сохранены, но не оценены.",
             en: "Stopped: \(answered) of \(total) answered. The answers are kept but not scored.")
    }
    public var yourInterests: String { pick(kk: "Сіздің қызығушылықтарыңыз", ru: "Ваши интересы", en: "Your interests") }

    public func name(of flag: QuestionnaireResult.Flag) -> String {
        switch flag {
        case .incomplete: pick(kk: "толық емес: бағаланбады", ru: "не полностью: не оценено", en: "incomplete: not scored")
        case .flat: pick(kk: "біркелкі: жауаптар қызығушылықтарды ажыратпайды", ru: "ровный: ответы не различают интересы",
                         en: "flat: the answers do not tell interests apart")
        case .tooFast: pick(kk: "тым жылдам: сұрақтар оқылмаған болуы мүмкін", ru: "слишком быстро: вопросы, возможно, не прочитаны",
                            en: "too fast: the items may not have been read")
        }
    }

    public func name(of form: QuestionnaireForm) -> String {
        switch form {
        case .full: pick(kk: "толық нұсқа", ru: "полная форма", en: "full form")
        case .short: pick(kk: "қысқа нұсқа", ru: "короткая форма", en: "short form")
        }
    }

    // MARK: Statistics
    public var scale: String { pick(kk: "Шкала", ru: "Шкала", en: "Scale") }
    public var respondents: String { pick(kk: "Оқушылар", ru: "Учащиеся", en: "Pupils") }
    public var alpha: String { pick(kk: "Альфа", ru: "Альфа", en: "Alpha") }
    public var meanScore: String { pick(kk: "Орташа", ru: "Среднее", en: "Mean") }
    public var weakestItem: String { pick(kk: "Ең әлсіз пункт (r)", ru: "Слабейший пункт (r)", en: "Weakest item (r)") }
    public var questionnaireLanguage: String { pick(kk: "Сауалнама тілі", ru: "Язык опросника", en: "Questionnaire language") }
    public var form: String { pick(kk: "Нұсқа", ru: "Форма", en: "Form") }
    public var noAnswers: String {
        pick(kk: "Толық жауаптар әлі жоқ.", ru: "Полных ответов пока нет.", en: "No complete answers yet.")
    }
    /// "10%/50%/90%" deciles header.
    public var deciles: String { pick(kk: "10% / 50% / 90%", ru: "10% / 50% / 90%", en: "10% / 50% / 90%") }
}

extension Words {
    public var noItemBank: String {
        pick(kk: "сауалнама сұрақтары (Data/questionnaire.json) табылмады: жоба қалтасынан іске қосыңыз немесе MATCH_DATA орнатыңыз",
             ru: "вопросы опросника (Data/questionnaire.json) не найдены: запустите из папки проекта или задайте MATCH_DATA",
             en: "the questionnaire's items (Data/questionnaire.json) were not found: run from the project folder or set MATCH_DATA")
    }
}
