/// The web app's pages for each role.
extension Words {
    // MARK: Pupil
    public var webMyRecommendations: String { pick(kk: "Маған ұсынылған мамандықтар", ru: "Рекомендованные мне специальности", en: "Specialties recommended to me") }
    public var webQuestionnaire: String { pick(kk: "Қызығушылық сауалнамасы", ru: "Анкета интересов", en: "Interest questionnaire") }
    public var webQuestionnaireDone: String { pick(kk: "Жауаптарыңыз сақталды.", ru: "Ваши ответы сохранены.", en: "Your answers are saved.") }
    public var webQuestionnaireIncomplete: String {
        pick(kk: "Әр сұраққа жауап беріңіз.", ru: "Ответьте на каждый вопрос.", en: "Answer every question.")
    }
    public var webScoreParts: String { pick(kk: "Балл құрамы", ru: "Из чего складывается балл", en: "What the score is made of") }
    public var webColleges: String { pick(kk: "Колледждер (орын саны)", ru: "Колледжи (мест)", en: "Colleges (seats)") }
    public var webSkillsToDevelop: String { pick(kk: "Дамытатын дағдылар", ru: "Навыки, которые стоит развить", en: "Skills to develop") }
    public var webInvitations: String { pick(kk: "Шақырулар", ru: "Приглашения", en: "Invitations") }
    public var webNoInvitations: String { pick(kk: "Шақыру жоқ.", ru: "Приглашений нет.", en: "No invitations.") }
    public var webAccept: String { pick(kk: "Қабылдау", ru: "Принять", en: "Accept") }
    public var webDecline: String { pick(kk: "Бас тарту", ru: "Отклонить", en: "Decline") }
    public var webContactToShare: String {
        pick(kk: "Жұмыс берушіге беретін байланыс (телефон немесе e-mail)", ru: "Контакт для работодателя (телефон или e-mail)",
             en: "The contact you share with the employer (phone or e-mail)")
    }
    public var webPrintableResult: String { pick(kk: "Ата-анаға арналған нәтиже", ru: "Результат для родителей", en: "Result for parents") }
    public var webMySkills: String { pick(kk: "Хоббилер мен дағдылар", ru: "Увлечения и навыки", en: "Hobbies and skills") }
    public var webSkillPickerHint: String {
        pick(kk: "Дағдыны кез келген тілде тере бастаңыз", ru: "Начните вводить навык на любом языке", en: "Start typing a skill in any language")
    }
    public var webAddSkill: String { pick(kk: "Қосу", ru: "Добавить", en: "Add") }
    public var webNotYetAnswered: String {
        pick(kk: "Сауалнамаға әлі жауап бермедіңіз: ұсыныстар бағаларға және дағдыларға сүйенеді.",
             ru: "Вы ещё не заполнили анкету: рекомендации опираются на оценки и навыки.",
             en: "You have not answered the questionnaire yet: the recommendations rest on grades and skills.")
    }

    // MARK: Counsellor
    public var webClasses: String { pick(kk: "Сыныптар", ru: "Классы", en: "Classes") }
    public var webPupils: String { pick(kk: "Оқушылар", ru: "Ученики", en: "Pupils") }
    public var webTopSpecialties: String { pick(kk: "Үздік мамандықтар", ru: "Лучшие специальности", en: "Top specialties") }
    public var webImportClass: String { pick(kk: "Сынып файлын жүктеу (CSV)", ru: "Загрузить класс (CSV)", en: "Import a class (CSV)") }
    public var webImportProblems: String {
        pick(kk: "Файлда қателер бар; ештеңе сақталмады:", ru: "В файле есть ошибки; ничего не сохранено:", en: "The file has problems; nothing was stored:")
    }
    public func webImported(_ new: Int, _ changed: Int, _ unchanged: Int) -> String {
        pick(kk: "Сақталды: жаңа \(new), өзгерген \(changed), өзгеріссіз \(unchanged).",
             ru: "Сохранено: новых \(new), изменённых \(changed), без изменений \(unchanged).",
             en: "Stored: \(new) new, \(changed) changed, \(unchanged) unchanged.")
    }
    public var webExportCSV: String { pick(kk: "Excel үшін CSV", ru: "CSV для Excel", en: "CSV for Excel") }
    public var webPrintCodes: String { pick(kk: "Кіру кодтарын басып шығару", ru: "Распечатать коды входа", en: "Print sign-in codes") }
    public var webCodesNote: String {
        pick(kk: "Әр код бір рет қолданылады, 14 күн жарамды. Бұл бетті басып шығарып, қиып, оқушыларға таратыңыз.",
             ru: "Каждый код действует один раз и 14 дней. Распечатайте, разрежьте и раздайте ученикам.",
             en: "Each code works once, for 14 days. Print this page, cut it up and hand the codes out.")
    }
    public var webGuardianConsent: String { pick(kk: "Ата-ананың келісімі", ru: "Согласие родителя", en: "Guardian's consent") }
    public var webRecordConsent: String { pick(kk: "Келісімді тіркеу", ru: "Записать согласие", en: "Record consent") }
    public var webRecordRefusal: String { pick(kk: "Бас тартуды тіркеу", ru: "Записать отказ", en: "Record refusal") }
    public var webYes: String { pick(kk: "иә", ru: "да", en: "yes") }
    public var webNo: String { pick(kk: "жоқ", ru: "нет", en: "no") }
    public var webNotAsked: String { pick(kk: "сұралмаған", ru: "не спрашивали", en: "not asked") }
    public var webCSVFile: String { pick(kk: "CSV файлы", ru: "Файл CSV", en: "CSV file") }
    public var webOrPaste: String { pick(kk: "немесе мәтінін осында қойыңыз", ru: "или вставьте его текст сюда", en: "or paste its text here") }
    public var webUpload: String { pick(kk: "Жүктеу", ru: "Загрузить", en: "Upload") }

    // MARK: Employer
    public var webVacancies: String { pick(kk: "Бос орындар мен оқу орындары", ru: "Вакансии и места практики", en: "Vacancies and places") }
    public var webNewVacancy: String { pick(kk: "Жаңа бос орын", ru: "Новая вакансия", en: "New vacancy") }
    public var webShortlist: String { pick(kk: "Үміткерлер тізімі", ru: "Список кандидатов", en: "Shortlist") }
    public var webExcluded: String { pick(kk: "Сәйкес келмегендер", ru: "Не подошли", en: "Excluded") }
    public var webInvite: String { pick(kk: "Шақыру", ru: "Пригласить", en: "Invite") }
    public var webInvited: String { pick(kk: "Шақырылды", ru: "Приглашён", en: "Invited") }
    public var webTitle: String { pick(kk: "Атауы", ru: "Название", en: "Title") }
    public var webKind: String { pick(kk: "Түрі (job, internship, dual)", ru: "Вид (job, internship, dual)", en: "Kind (job, internship, dual)") }
    public var webHeadcount: String { pick(kk: "Орын саны", ru: "Число мест", en: "Places") }
    public var webMinimumAge: String { pick(kk: "Ең төменгі жас", ru: "Минимальный возраст", en: "Minimum age") }
    public var webRequirements: String { pick(kk: "Талаптар", ru: "Требования", en: "Requirements") }
    public var webLevel: String { pick(kk: "Деңгей (1–5)", ru: "Уровень (1–5)", en: "Level (1–5)") }
    public var webImportance: String { pick(kk: "Маңызы (1–3)", ru: "Важность (1–3)", en: "Importance (1–3)") }
    public var webMustHave: String { pick(kk: "міндетті", ru: "обязательно", en: "must-have") }
    public var webEdit: String { pick(kk: "Өзгерту", ru: "Изменить", en: "Edit") }
    public var webAllocationResult: String { pick(kk: "Орындарды бөлу нәтижесі", ru: "Итог распределения мест", en: "The allocation's result") }
    public var webStudentsConsidered: String { pick(kk: "Қаралған білім алушылар", ru: "Рассмотрено учащихся", en: "Students considered") }
    public var webEligibleCount: String { pick(kk: "Сәйкес келетіндер", ru: "Подходят", en: "Eligible") }
    public var webStatus: String { pick(kk: "Күйі", ru: "Статус", en: "Status") }
    public var webContact: String { pick(kk: "Байланыс", ru: "Контакт", en: "Contact") }
    public func webInvitationStatus(_ status: String) -> String {
        switch status {
        case "accepted": pick(kk: "қабылданды", ru: "принято", en: "accepted")
        case "declined": pick(kk: "бас тартылды", ru: "отклонено", en: "declined")
        default: pick(kk: "жауап күтілуде", ru: "ждёт ответа", en: "waiting for an answer")
        }
    }

    // MARK: Department and admin
    public var webRegionReport: String { pick(kk: "Өңір бойынша есеп", ru: "Отчёт по региону", en: "Region report") }
    public var webFairnessAudit: String { pick(kk: "Әділдік аудиті", ru: "Аудит справедливости", en: "Fairness audit") }
    public var webAccounts: String { pick(kk: "Есептік жазбалар", ru: "Учётные записи", en: "Accounts") }
    public var webNewAccount: String { pick(kk: "Жаңа есептік жазба", ru: "Новая учётная запись", en: "New account") }
    public var webRole: String { pick(kk: "Рөлі", ru: "Роль", en: "Role") }
    public var webScope: String { pick(kk: "Ұйым (өңір, мектеп, кәсіпорын id)", ru: "Организация (id региона, школы, предприятия)",
                                       en: "Organisation (region, school or enterprise id)") }
    public var webIssueToken: String { pick(kk: "API токенін беру", ru: "Выдать API-токен", en: "Issue an API token") }
    public var webTokenShownOnce: String {
        pick(kk: "Токен тек бір рет көрсетіледі:", ru: "Токен показывается один раз:", en: "The token is shown only once:")
    }
}
