import Profiles

/// Problems of reading a file of records — what is not a file, CSV quotes, JSON syntax, the size
/// limits — and the summary of problems not listed one by one; each says where (the problem's location)
/// and how to fix it.
extension Words {
    /// The reasons `reason(_:)` leaves to this file; the English is each reason's own description.
    func readingReason(_ reason: ImportProblem.Reason) -> String {
        let en = reason.description
        switch reason {
        case .notARegularFile(let kind):
            return pick(kk: "бұл — \(name(of: kind)), жазбалар файлы емес: CSV немесе JSON файлының жолын беріңіз",
                        ru: "это \(name(of: kind)), а не файл с записями: укажите путь к файлу CSV или JSON", en: en)
        case .unclosedQuote:
            return pick(kk: "осы жерде басталған тырнақшадағы өрістің жабатын тырнақшасы (\") жоқ: оны жабыңыз, ал өріс ішіндегі тырнақшаны \"\" деп жазыңыз",
                        ru: "у поля в кавычках, которое начинается здесь, нет закрывающей кавычки (\"): закройте её, а кавычку внутри поля пишите как \"\"",
                        en: en)
        case .textAfterClosingQuote:
            return pick(kk: "өрістің жабатын тырнақшасынан кейін мәтін бар: бүкіл өрісті тырнақшаға алыңыз, ішіндегі тырнақшаны \"\" деп жазыңыз",
                        ru: "после закрывающей кавычки поля есть текст: возьмите в кавычки всё поле, а кавычку внутри пишите как \"\"", en: en)
        case .invalidJSON(let syntax):
            return pick(kk: "JSON дұрыс емес: ", ru: "некорректный JSON: ", en: "not valid JSON: ") + describe(syntax)
        case .fieldTooLong(let limit):
            let size = limit / 1024
            return pick(kk: "өріс \(size) КиБ-тан ұзын, бұл өрістің ең үлкен өлшемі: тырнақша немесе бөлгіш түсіп қалған жоқ па?",
                        ru: "поле длиннее \(size) КиБ — больше, чем может быть в поле: не пропущена ли кавычка или разделитель?", en: en)
        case .recordTooLong(let limit):
            let size = limit / 1024 / 1024
            return pick(kk: "жазба \(size) МиБ-тан ұзын, бұл жазбаның ең үлкен өлшемі: тырнақша немесе бөлгіш түсіп қалған жоқ па?",
                        ru: "запись длиннее \(size) МиБ — больше, чем может быть в записи: не пропущена ли кавычка или разделитель?", en: en)
        default:
            return en
        }
    }

    /// Where and why a file stops being JSON, with how to fix it.
    public func describe(_ syntax: JSONSyntax) -> String {
        let en = syntax.description
        switch syntax {
        case let .unexpectedCharacter(found, expected):
            switch expected {
            case .value:
                return pick(kk: "мән күтілген жерде '\(found)' тұр: мәтінді қос тырнақшаға алыңыз (\"…\"), иә/жоқ — true немесе false",
                            ru: "там, где ожидалось значение, стоит '\(found)': текст пишите в двойных кавычках (\"…\"), да/нет — как true или false",
                            en: en)
            case .key:
                return pick(kk: "кілт күтілген жерде '\(found)' тұр: кілттерді қос тырнақшаға алыңыз (\"id\"), '}' алдында үтір қоймаңыз",
                            ru: "там, где ожидался ключ, стоит '\(found)': ключи пишите в двойных кавычках (\"id\"), без запятой перед '}'", en: en)
            case .colon:
                return pick(kk: "кілттен кейін ':' күтілген жерде '\(found)' тұр", ru: "после ключа ожидалось ':', а стоит '\(found)'", en: en)
            case .commaOrEndOfArray:
                return pick(kk: "элементтен кейін ',' немесе ']' күтілген жерде '\(found)' тұр: үтір түсіп қалған жоқ па?",
                            ru: "после элемента ожидалось ',' или ']', а стоит '\(found)': не пропущена ли запятая?", en: en)
            case .commaOrEndOfObject:
                return pick(kk: "мәннен кейін ',' немесе '}' күтілген жерде '\(found)' тұр: үтір түсіп қалған жоқ па?",
                            ru: "после значения ожидалось ',' или '}', а стоит '\(found)': не пропущена ли запятая?", en: en)
            case .endOfFile:
                return pick(kk: "JSON аяқталғаннан кейін '\(found)' тұр: оны өшіріңіз", ru: "после конца JSON стоит '\(found)': удалите это", en: en)
            }
        case .trailingComma:
            return pick(kk: "жабатын жақша алдында үтір тұр: оны өшіріңіз", ru: "запятая перед закрывающей скобкой: удалите её", en: en)
        case .unexpectedEnd:
            return pick(kk: "файл жалғасы күтілген жерде бітеді: ол қиылып қалған жоқ па?", ru: "файл обрывается там, где ожидалось продолжение: не обрезан ли он?",
                        en: en)
        case .unclosedString:
            return pick(kk: "файл жолдың ішінде бітеді: жабатын тырнақша (\") жоқ", ru: "файл кончается внутри строки: нет закрывающей кавычки (\")", en: en)
        case .controlCharacterInString:
            return pick(kk: "жолдың ішінде жол ауыстыру немесе басқа басқарушы таңба тұр: оны \\n (немесе \\t) деп жазыңыз",
                        ru: "внутри строки перевод строки или другой управляющий символ: пишите его как \\n (или \\t)", en: en)
        case .invalidEscape(let escape):
            return pick(kk: "'\(escape)' — JSON-да жоқ экрандау: кері қиғаш сызықты \\\\ деп жазыңыз",
                        ru: "'\(escape)' — не экранирование JSON: обратную косую черту пишите как \\\\", en: en)
        case .invalidNumber(let text):
            return pick(kk: "'\(text)' сан емес: сандарды 12, 0.5 немесе 1e3 түрінде жазыңыз",
                        ru: "'\(text)' — не число: числа пишите как 12, 0.5 или 1e3", en: en)
        case .nestedTooDeep(let limit):
            return pick(kk: "массивтер мен объектілер \(limit) деңгейден терең салынған (жазбаға 4 деңгей жетеді)",
                        ru: "массивы и объекты вложены глубже \(limit) уровней (записи хватает 4)", en: en)
        }
    }

    /// After the problems listed one by one: how many more there are, by reason, with the first of each.
    public func moreProblems(_ omitted: [ImportProblemList.Omitted]) -> [String] {
        omitted.map { group in
            pick(kk: "… тағы \(group.count) осындай: ", ru: "… и ещё \(group.count) таких же: ", en: "… and \(group.count) more like: ")
                + message(for: group.example)
        }
    }

    /// Every line an import prints for its problems: those listed one by one, then the rest by reason.
    public func lines(for problems: ImportProblemList) -> [String] {
        problems.listed.map(message(for:)) + moreProblems(problems.omitted)
    }
}
