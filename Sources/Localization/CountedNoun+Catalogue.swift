extension CountedNoun {
    public static let place = CountedNoun(kk: "орын", ru: ("место", "места", "мест"), en: ("place", "places"))
    public static let seat = CountedNoun(kk: "орын", ru: ("место", "места", "мест"), en: ("seat", "seats"))
    public static let student = CountedNoun(kk: "білім алушы", ru: ("учащийся", "учащихся", "учащихся"), en: ("student", "students"))
    public static let candidate = CountedNoun(kk: "үміткер", ru: ("кандидат", "кандидата", "кандидатов"), en: ("candidate", "candidates"))
    public static let vacancy = CountedNoun(kk: "бос орын", ru: ("вакансия", "вакансии", "вакансий"), en: ("vacancy", "vacancies"))
    public static let skill = CountedNoun(kk: "дағды", ru: ("навык", "навыка", "навыков"), en: ("skill", "skills"))
    public static let subject = CountedNoun(kk: "пән", ru: ("предмет", "предмета", "предметов"), en: ("subject", "subjects"))
    public static let region = CountedNoun(kk: "өңір", ru: ("регион", "региона", "регионов"), en: ("region", "regions"))
    public static let specialty = CountedNoun(kk: "мамандық", ru: ("специальность", "специальности", "специальностей"), en: ("specialty", "specialties"))
    public static let college = CountedNoun(kk: "колледж", ru: ("колледж", "колледжа", "колледжей"), en: ("college", "colleges"))
    public static let enterprise = CountedNoun(kk: "кәсіпорын", ru: ("предприятие", "предприятия", "предприятий"), en: ("enterprise", "enterprises"))
    public static let record = CountedNoun(kk: "жазба", ru: ("запись", "записи", "записей"), en: ("record", "records"))
    public static let problem = CountedNoun(kk: "қате", ru: ("ошибка", "ошибки", "ошибок"), en: ("problem", "problems"))
    /// A break in the audit log's hash chain.
    public static let breakPoint = CountedNoun(kk: "жерде", ru: ("месте", "местах", "местах"), en: ("point", "points"))
    public static let row = CountedNoun(kk: "жол", ru: ("строка", "строки", "строк"), en: ("row", "rows"))
    public static let thread = CountedNoun(kk: "ағын", ru: ("поток", "потока", "потоков"), en: ("thread", "threads"))
}
