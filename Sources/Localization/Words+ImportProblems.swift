import Profiles

/// Import problems in the reader's language: "students.csv:11: поле 'region' = 'karagand': неизвестный
/// регион (может быть, 'karaganda'?)". The English text is `ImportProblem.description`.
extension Words {
    /// The whole line for one problem: where, which field, which value, why.
    public func message(for problem: ImportProblem) -> String {
        problem.described(field: pick(kk: "өріс", ru: "поле", en: "field"), reason: reason(problem.kind))
    }

    // The English texts are the reasons' own descriptions, so there is one English wording.
    public func reason(_ reason: ImportProblem.Reason) -> String {
        let en = reason.description
        switch reason {
        case .cannotRead:
            return pick(kk: "файлды оқу мүмкін емес (ол бар ма?)", ru: "не удаётся прочитать файл (он существует?)", en: en)
        case .cannotTellKind:
            return pick(kk: "жазбалардың түрін анықтау мүмкін емес: файлды мысалы students.csv деп атаңыз немесе --kind беріңіз",
                        ru: "не понять, какие это записи: назовите файл, например, students.csv, или укажите --kind", en: en)
        case .emptyCSV:
            return pick(kk: "файл бос: тақырып жолы күтілді", ru: "файл пуст: ожидалась строка заголовка", en: en)
        case .emptyJSON:
            return pick(kk: "файл бос: жазбалардың JSON массиві күтілді", ru: "файл пуст: ожидался JSON-массив записей", en: en)
        case .notUTF8:
            return pick(kk: "UTF-8 емес (Windows-1251?): файлды UTF-8 түрінде, Excel-де «CSV UTF-8» ретінде сақтаңыз",
                        ru: "не UTF-8 (Windows-1251?): сохраните файл в UTF-8, в Excel — как «CSV UTF-8»", en: en)
        case .notARegularFile, .unclosedQuote, .textAfterClosingQuote, .invalidJSON, .fieldTooLong, .recordTooLong:
            return readingReason(reason)
        case .expectedRecordArray:
            return pick(kk: "жазбалар массиві күтілді (немесе {\"<kind>\": [...]})", ru: "ожидался массив записей (или {\"<kind>\": [...]})", en: en)
        case .expectedKey(let kind):
            return pick(kk: "'\(kind.rawValue)' кілті күтілді", ru: "ожидался ключ '\(kind.rawValue)'", en: en)
        case .expectedObject:
            return pick(kk: "объект күтілді", ru: "ожидался объект", en: en)
        case .duplicateColumn:
            return pick(kk: "баған тақырыпта екі рет кездеседі", ru: "столбец встречается в заголовке дважды", en: en)
        case .emptyColumnName:
            return pick(kk: "тақырыпта атауы жоқ баған бар", ru: "в заголовке есть столбец без имени", en: en)
        case .duplicateKey:
            return pick(kk: "кілт бір объектіде екі рет кездеседі", ru: "ключ встречается в одном объекте дважды", en: en)
        case .missingRequiredColumn:
            return pick(kk: "міндетті баған тақырыпта жоқ", ru: "в заголовке нет обязательного столбца", en: en)
        case let .unknownField(isKey, kind, expected):
            let list = expected.joined(separator: ", ")
            return isKey
                ? pick(kk: "\(kind.rawValue) үшін белгісіз кілт; күтілетіндер: \(list)", ru: "неизвестный ключ для \(kind.rawValue); ожидаются: \(list)", en: en)
                : pick(kk: "\(kind.rawValue) үшін белгісіз баған; күтілетіндер: \(list)", ru: "неизвестный столбец для \(kind.rawValue); ожидаются: \(list)", en: en)
        case let .columnCount(expected, found):
            return pick(kk: "тақырыптағыдай \(expected) баған күтілді, \(found) табылды",
                        ru: "ожидалось столбцов: \(expected), как в заголовке; найдено: \(found)", en: en)
        case .nulByte:
            return pick(kk: "NUL байты бар", ru: "содержит байт NUL", en: en)
        case .required:
            return pick(kk: "міндетті", ru: "обязательное поле", en: en)
        case .expectedSingleValue(let notAnObject):
            return notAnObject
                ? pick(kk: "бір мән күтілді, объект емес", ru: "ожидалось одно значение, а не объект", en: en)
                : pick(kk: "бір мән күтілді, тізім емес", ru: "ожидалось одно значение, а не список", en: en)
        case .invalidID:
            return pick(kk: "сәйкестендіргіш кіші латын әріптерінен, цифрлардан және '-' белгісінен тұрады (ең көбі 64), мысалы 'mma-welding'",
                        ru: "идентификатор — строчные латинские буквы, цифры и '-' (не более 64), например 'mma-welding'", en: en)
        case .duplicateID:
            return pick(kk: "бұл сәйкестендіргіш файлда бұрын кездесті", ru: "этот идентификатор уже встречался выше в файле", en: en)
        case .notWholeNumber(let quantity):
            return prefix(quantity) + pick(kk: "бүтін сан күтілді", ru: "ожидалось целое число", en: "expected a whole number")
        case .notFiniteNumber(let quantity):
            return prefix(quantity) + pick(kk: "ақырлы сан күтілді", ru: "ожидалось конечное число", en: "expected a finite number")
        case let .outOfRange(quantity, lower, upper):
            return prefix(quantity) + pick(kk: "\(lower)…\(upper) аралығында болуы керек", ru: "допустимо от \(lower) до \(upper)",
                                           en: "must be from \(lower) to \(upper)")
        case .expectedOneOf(let choices):
            let list = choices.joined(separator: ", ")
            return pick(kk: "мыналардың бірі күтілді: \(list)", ru: "ожидалось одно из: \(list)", en: en)
        case .expectedYesNo:
            return pick(kk: "yes немесе no (иә немесе жоқ) күтілді", ru: "ожидалось yes или no (да или нет)", en: en)
        case let .unknownReference(kind, suggestions):
            return unknown(kind) + didYouMean(suggestions)
        case .schoolInOtherRegion(let region):
            return pick(kk: "мектеп білім алушының өңірінде емес, \(region) өңірінде", ru: "школа находится в регионе \(region), а не в регионе учащегося",
                        en: "the school is in region \(region), not in the student's region")
        case .classWithoutSchool:
            return pick(kk: "сынып үшін school бағаны керек", ru: "для класса нужен столбец school", en: "a class needs the school column")
        case .classNameLength(let maximum):
            return pick(kk: "сынып атауы 1–\(maximum) таңба, мысалы 9A", ru: "название класса — от 1 до \(maximum) символов, например 9A",
                        en: "a class name has 1 to \(maximum) characters, e.g. 9A")
        case .notTheImportersSchool(let school):
            return pick(kk: "файлдағы әр оқушы сіздің мектебіңізде болуы керек: \(school)", ru: "каждый учащийся в файле должен быть из вашей школы, \(school)",
                        en: "every pupil of this file must be at your school, \(school)")
        case .studentOfAnotherSchool:
            return pick(kk: "бұл id-мен басқа мектептің оқушысы сақталған", ru: "учащийся с таким id записан в другой школе",
                        en: "a student with this id is stored for another school")
        case let .unknownTown(region, suggestions):
            return pick(kk: "\(region) өңірінде мұндай қалада колледж де, кәсіпорын да жоқ",
                        ru: "в регионе \(region) нет колледжа или предприятия в таком городе",
                        en: "no college or enterprise of region \(region) is in this town") + didYouMean(suggestions)
        case let .namesSeveral(kind, candidates):
            let list = candidates.map { "'\($0)'" }.joined(separator: ", ")
            return severalNamed(kind) + pick(kk: ": біреуін таңдаңыз: \(list)", ru: ": выберите один из: \(list)",
                                             en: ": pick one of \(list)")
        case .unknownItemKey(let expected):
            let list = expected.joined(separator: ", ")
            return pick(kk: "элементте белгісіз кілт; күтілетіндер: \(list)", ru: "неизвестный ключ в элементе; ожидаются: \(list)", en: en)
        case .tooManyParts(let expected):
            let form = expected.joined(separator: ":")
            return pick(kk: "бөліктер тым көп; күтілетін пішін: \(form)", ru: "слишком много частей; ожидается \(form)", en: en)
        case .itemNeedsParts(let parts):
            let form = parts.joined(separator: ":")
            return pick(kk: "элементке қажет: \(form)", ru: "в элементе нужно: \(form)", en: en)
        case .listedTwice:
            return pick(kk: "екі рет көрсетілген", ru: "указано дважды", en: en)
        case let .ambiguousSkillName(name, first, second):
            return pick(kk: "'\(name)' атауы екі дағдыға тиесілі: '\(first)' және '\(second)'",
                        ru: "название '\(name)' принадлежит двум навыкам: '\(first)' и '\(second)'", en: en)
        case let .gradeOutOfSchoolRange(lower, upper):
            return pick(kk: "мектеп оқушысының сыныбы \(lower)…\(upper) аралығында болуы керек",
                        ru: "класс школьника должен быть от \(lower) до \(upper)", en: en)
        case let .courseOutOfCollegeRange(lower, upper):
            return pick(kk: "колледж курсы \(lower)…\(upper) аралығында болуы керек", ru: "курс колледжа должен быть от \(lower) до \(upper)", en: en)
        case .expectedRIASECLetter:
            return pick(kk: "R, I, A, S, E немесе C күтілді", ru: "ожидалась одна из букв R, I, A, S, E, C", en: en)
        case .missingRIASECScores:
            return pick(kk: "RIASEC-тің алты бағасы да керек, мысалы R:0.8;I:0.2;A:0.1;S:0.4;E:0.3;C:0.5",
                        ru: "нужны все шесть оценок RIASEC, например R:0.8;I:0.2;A:0.1;S:0.4;E:0.3;C:0.5", en: en)
        case .evidenceNotOneOf(let choices):
            let list = choices.joined(separator: ", ")
            return pick(kk: "дәлел мыналардың бірі болуы керек: \(list)", ru: "подтверждение должно быть одним из: \(list)", en: en)
        case .expectedLanguage:
            return pick(kk: "kk, ru немесе en күтілді", ru: "ожидалось kk, ru или en", en: en)
        case .consentRequired:
            return pick(kk: "18-ге толмауы мүмкін білім алушы үшін міндетті (yes немесе no)",
                        ru: "обязательно для учащегося, которому может не быть 18 (yes или no)", en: en)
        case let .implausibleAge(stage, lowest, highest, year, age):
            let born = year - age
            switch stage {
            case .school(let grade):
                return pick(kk: "\(grade)-сынып оқушысы \(year) жылы \(lowest)–\(highest) жаста (6 + сынып, ± \(Stage.schoolAgeTolerance) жыл); \(born) жылы туған болса \(age) жаста",
                            ru: "ученику \(grade) класса в \(year) году \(lowest)–\(highest) лет (6 + класс, ± \(Stage.schoolAgeTolerance) года); родившемуся в \(born) году — \(age)",
                            en: en)
            case .college:
                return pick(kk: "колледж студенті \(year) жылы \(lowest)–\(highest) жаста; \(born) жылы туған болса \(age) жаста",
                            ru: "студенту колледжа в \(year) году \(lowest)–\(highest) лет; родившемуся в \(born) году — \(age)", en: en)
            case .graduate:
                return pick(kk: "түлек \(year) жылы \(lowest)–\(highest) жаста; \(born) жылы туған болса \(age) жаста",
                            ru: "выпускнику в \(year) году \(lowest)–\(highest) лет; родившемуся в \(born) году — \(age)", en: en)
            }
        case .colonInName:
            return pick(kk: "атауларда ':' болмауы керек (ол тізім элементтерінің бөліктерін бөледі)",
                        ru: "в названиях не должно быть ':' (он разделяет части элементов списка)", en: en)
        case .invalidSpecialtyCode:
            return pick(kk: "ТжКБ мамандығының коды 8 цифрдан тұрады, мысалы 07150500",
                        ru: "код специальности ТиПО состоит из 8 цифр, например 07150500", en: en)
        case .invalidSpecialtyID:
            return pick(kk: "мамандықтың сәйкестендіргіші — оның 8 цифрлы коды, ал коды расталмаса 'x-<атауы>'",
                        ru: "идентификатор специальности — её 8-значный код или 'x-<название>', если код не подтверждён", en: en)
        case .codeDiffersFromID(let id):
            return pick(kk: "'\(id)' сәйкестендіргішінен өзгеше", ru: "не совпадает с идентификатором '\(id)'", en: en)
        case .codeRequiredForCodeID:
            return pick(kk: "сәйкестендіргіш код болса, міндетті", ru: "обязателен, когда идентификатор — код", en: en)
        case .confirmedWithoutCode:
            return pick(kk: "коды жоқ мамандықты растауға болмайды", ru: "специальность без кода не может быть подтверждённой", en: en)
        case .expectedMustFlag:
            return pick(kk: "төртінші бөлік ретінде 'must' немесе ештеңе күтілді", ru: "четвёртой частью ожидалось 'must' или ничего", en: en)
        case .invalidRIASECCode:
            return pick(kk: "R, I, A, S, E, C әріптерінің 1–3 әртүрлісі күтілді, ең күштісі бірінші (мысалы RIC)",
                        ru: "ожидались 1–3 разные буквы из R, I, A, S, E, C, сильнейшая первой (например, RIC)", en: en)
        case .noJobPosting:
            return pick(kk: "schema.org JobPosting табылмады (JSON-LD объектісі не массиві, немесе HTML ішіндегі <script type=\"application/ld+json\">)",
                        ru: "не найдено ни одного schema.org JobPosting (объект или массив JSON-LD либо <script type=\"application/ld+json\"> в HTML)", en: en)
        case .noSkillsFound:
            return pick(kk: "атауында, сипаттамасында не дағдыларында таксономиядағы бірде-бір дағды табылмады",
                        ru: "в названии, описании и навыках не найдено ни одного навыка из таксономии", en: en)
        case .noItemBank:
            return noItemBank
        case .itemNotInForm(let form):
            return pick(kk: "\(name(of: form)) бұл сұрақты қамтымайды: ұяшықты бос қалдырыңыз немесе form = full деп жазыңыз",
                        ru: "в форме «\(name(of: form))» этого вопроса нет: оставьте ячейку пустой или укажите form = full", en: en)
        case .noColumnsForItems(let items):
            let list = ImportProblem.Reason.listed(items)
            return pick(kk: "файлда осы нұсқаның \(items.count) сұрағына баған жоқ (\(list))",
                        ru: "в файле нет столбцов для \(items.count) вопросов этой формы (\(list))", en: en)
        case .otherBankVersion(let current):
            return pick(kk: "жауаптар сауалнаманың басқа нұсқасына берілген; қазіргісі — \(current)",
                        ru: "ответы на другую версию опросника; текущая — \(current)", en: en)
        }
    }

    /// "grade ", "оценка: ", or nothing.
    private func prefix(_ quantity: ImportProblem.Reason.Quantity?) -> String {
        guard let quantity else { return "" }
        switch quantity {
        case .grade: return pick(kk: "баға: ", ru: "оценка: ", en: "grade ")
        case .score: return pick(kk: "балл: ", ru: "балл: ", en: "score ")
        case .level: return pick(kk: "деңгей: ", ru: "уровень: ", en: "level ")
        case .seats: return pick(kk: "орын саны: ", ru: "число мест: ", en: "seats ")
        case .importance: return pick(kk: "маңыздылық: ", ru: "важность: ", en: "importance ")
        case .answer: return pick(kk: "жауап: ", ru: "ответ: ", en: "answer ")
        case .seconds: return pick(kk: "секунд: ", ru: "секунды: ", en: "seconds ")
        }
    }

    /// "unknown region", "неизвестная специальность".
    private func unknown(_ kind: RecordKind) -> String {
        switch kind {
        case .skills: pick(kk: "белгісіз дағды", ru: "неизвестный навык", en: "unknown skill")
        case .subjects: pick(kk: "белгісіз пән", ru: "неизвестный предмет", en: "unknown subject")
        case .regions: pick(kk: "белгісіз өңір", ru: "неизвестный регион", en: "unknown region")
        case .specialties: pick(kk: "белгісіз мамандық", ru: "неизвестная специальность", en: "unknown specialty")
        case .colleges: pick(kk: "белгісіз колледж", ru: "неизвестный колледж", en: "unknown college")
        case .enterprises: pick(kk: "белгісіз кәсіпорын", ru: "неизвестное предприятие", en: "unknown enterprise")
        case .schools: pick(kk: "белгісіз мектеп", ru: "неизвестная школа", en: "unknown school")
        case .vacancies: pick(kk: "белгісіз бос орын", ru: "неизвестная вакансия", en: "unknown vacancy")
        case .students: pick(kk: "белгісіз білім алушы", ru: "неизвестный учащийся", en: "unknown student")
        case .postings: pick(kk: "белгісіз хабарландыру", ru: "неизвестное объявление", en: "unknown posting")
        case .answers: pick(kk: "белгісіз жауап парағы", ru: "неизвестный бланк ответов", en: "unknown answer sheet")
        }
    }

    /// "names several skills" (a name that several records share).
    private func severalNamed(_ kind: RecordKind) -> String {
        switch kind {
        case .skills: pick(kk: "бұл атау бірнеше дағдыға сай келеді", ru: "так называются несколько навыков", en: "names several skills")
        case .subjects: pick(kk: "бұл атау бірнеше пәнге сай келеді", ru: "так называются несколько предметов", en: "names several subjects")
        case .regions: pick(kk: "бұл атау бірнеше өңірге сай келеді", ru: "так называются несколько регионов", en: "names several regions")
        case .specialties: pick(kk: "бұл атау бірнеше мамандыққа сай келеді", ru: "так называются несколько специальностей",
                                en: "names several specialties")
        case .colleges: pick(kk: "бұл атау бірнеше колледжге сай келеді", ru: "так называются несколько колледжей", en: "names several colleges")
        case .enterprises: pick(kk: "бұл атау бірнеше кәсіпорынға сай келеді", ru: "так называются несколько предприятий",
                                en: "names several enterprises")
        case .schools: pick(kk: "бұл атау бірнеше мектепке сай келеді", ru: "так называются несколько школ", en: "names several schools")
        case .vacancies: pick(kk: "бұл атау бірнеше бос орынға сай келеді", ru: "так называются несколько вакансий", en: "names several vacancies")
        case .students: pick(kk: "бұл атау бірнеше білім алушыға сай келеді", ru: "так называются несколько учащихся", en: "names several students")
        case .postings: pick(kk: "бұл атау бірнеше хабарландыруға сай келеді", ru: "так называются несколько объявлений", en: "names several postings")
        case .answers: pick(kk: "бұл атау бірнеше жауап парағына сай келеді", ru: "так называются несколько бланков ответов",
                            en: "names several answer sheets")
        }
    }

    /// " (did you mean 'a', 'b'?)", or nothing without suggestions.
    public func didYouMean(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        let list = suggestions.map { "'\($0)'" }.joined(separator: ", ")
        return pick(kk: " (\(list) дегенді айттыңыз ба?)", ru: " (может быть, \(list)?)", en: " (did you mean \(list)?)")
    }
}
