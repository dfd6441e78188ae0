import Profiles

/// Help and messages of `vacancy parse`: vacancy texts as employers write them, read into requirements.
extension Words {
    public var vacancyHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Бос орындар: жұмыс берушілер жазған мәтіндерді талаптарға айналдыру.",
                           ru: "Вакансии: тексты, как их пишут работодатели, — в требования к навыкам.",
                           en: "Vacancies: texts as employers write them, read into skill requirements."),
            discussion: discussion("", examples: ["match-cli vacancy parse texts.txt"]))
    }

    public var vacancyParseHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Бос орын мәтіндерін (қазақша, орысша, ағылшынша) талап етілетін дағдыларға айналдыру.",
                           ru: "Прочитать тексты вакансий (на казахском, русском, английском) в требования к навыкам.",
                           en: "Read vacancy texts (Kazakh, Russian, English) into skill requirements."),
            discussion: discussion(pick(
                kk: "Әр мәтін үшін: дағды, деңгей, маңыздылық, міндетті ме, мәтіннің қай жерінен оқылғаны, тәсілі (атауы, синоним, "
                    + "түбір, тіркес) және сенімділігі; лауазым, түрі (job/internship/dual), өңір мен қала, ең төменгі жас, орын саны; "
                    + "таксономияда жоқ сөздер. Бір файлда бірнеше мәтін: тек «---» бар жолмен бөлінеді, немесе JSON Lines "
                    + "({\"text\": …, \"id\": …, \"enterprise\": …} әр жолда). --format csv — vacancies файлы: тексеріп, толтырып, "
                    + "`match-cli import ФАЙЛ --kind vacancies` арқылы импорттаңыз. Желі қажет емес.",
                ru: "Для каждого текста: навык, уровень, важность, обязателен ли, откуда в тексте прочитан, способ (название, синоним, "
                    + "основы слов, фраза) и уверенность; должность, вид (job/internship/dual), регион и город, минимальный возраст, "
                    + "число мест; слова, которых нет в таксономии. Несколько текстов в одном файле разделяются строкой «---» "
                    + "или идут в формате JSON Lines ({\"text\": …, \"id\": …, \"enterprise\": …} в каждой строке). --format csv — "
                    + "файл vacancies: проверьте, дополните и импортируйте через `match-cli import ФАЙЛ --kind vacancies`. Сеть не нужна.",
                en: "For each text: skill, level, importance, must-have or not, where in the text it was read, the method (label, "
                    + "synonym, stem, phrase) and a confidence; the title, kind (job/internship/dual), region and town, minimum age "
                    + "and headcount; words not in the taxonomy. Several texts in one file are separated by a line of \"---\", or "
                    + "given as JSON Lines ({\"text\": …, \"id\": …, \"enterprise\": …} a line). --format csv writes a vacancies "
                    + "file to check, complete and import with `match-cli import FILE --kind vacancies`. No network is used."),
                examples: ["match-cli vacancy parse texts.txt",
                           "match-cli vacancy parse texts.txt --enterprise tengri-tyres --format csv",
                           "match-cli vacancy parse - --lang kk < texts.txt"]))
    }

    public var vacancyFileHelp: String {
        pick(kk: "Мәтіндер файлы, немесе стандартты кіріс үшін «-».", ru: "Файл с текстами или «-» для стандартного ввода.",
             en: "The file of texts, or '-' for standard input.")
    }

    public var vacancyTextLanguageHelp: String {
        pick(kk: "Мәтіндердің тілі: auto (әріптері бойынша), kk, ru немесе en.",
             ru: "Язык текстов: auto (по буквам), kk, ru или en.",
             en: "The texts' language: auto (from their letters), kk, ru or en.")
    }

    public var vacancyEnterpriseHelp: String {
        pick(kk: "Жұмыс берушінің id-і — өзін атамайтын мәтіндер үшін (өңірі мен қаласы да).",
             ru: "Id работодателя — для текстов, которые его не называют (и его регион и город).",
             en: "The employer's id, for texts that name none (and its region and town).")
    }

    public var vacancyFormatHelp: String {
        pick(kk: "json (толық оқылым) немесе csv (импортқа дайын vacancies файлы).",
             ru: "json (всё прочитанное) или csv (файл vacancies для импорта).",
             en: "json (the whole reading) or csv (a vacancies file to import).")
    }

    /// Why the file of texts could not be read.
    public func vacancyFileProblem(_ problem: VacancyTextFile.Problem, file: String) -> String {
        switch problem {
        case let .invalidLine(line, detail):
            pick(kk: "\(file):\(line): JSON жолы {\"text\": \"…\"} объектісі емес: ", ru: "\(file):\(line): строка JSON — не объект {\"text\": \"…\"}: ",
                 en: "\(file):\(line): the JSON line is not an object {\"text\": \"…\"}: ") + lineDetail(detail)
        case .noTexts:
            pick(kk: "\(file): мәтін жоқ", ru: "\(file): нет ни одного текста", en: "\(file): no text in the file")
        }
    }

    private func lineDetail(_ detail: VacancyTextFile.Problem.LineDetail) -> String {
        switch detail {
        case .notAnObject: pick(kk: "JSON объектісі емес", ru: "не объект JSON", en: "not a JSON object")
        case .missingKey(let key): pick(kk: "'\(key)' кілті жоқ", ru: "нет ключа '\(key)'", en: "no '\(key)'")
        case .notAString(let key): pick(kk: "'\(key)' мәтін емес", ru: "'\(key)' — не строка", en: "'\(key)' is not a string")
        }
    }

    public func cannotReadTexts(_ file: String) -> String {
        pick(kk: "\(file): файлды оқу мүмкін емес (ол бар ма, UTF-8 пе?)", ru: "\(file): не удаётся прочитать файл (он существует, в UTF-8?)",
             en: "\(file): cannot read the file (does it exist, is it UTF-8?)")
    }

    /// The line on standard error after the reading.
    public func vacancyTextsRead(_ texts: Int, requirements: Int, unknown: Int) -> String {
        pick(kk: "Оқылған мәтін: \(texts); талап: \(requirements); таксономияда жоқ сөз: \(unknown).",
             ru: "Прочитано текстов: \(texts); требований: \(requirements); слов не из таксономии: \(unknown).",
             en: "Read \(texts) text\(texts == 1 ? "" : "s"): \(requirements) requirement\(requirements == 1 ? "" : "s"), \(unknown) word\(unknown == 1 ? "" : "s") not in the taxonomy.")
    }
}
