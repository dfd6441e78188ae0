import Foundation
import Testing
import Profiles
import TestSupport

/// Every command speaks kk, ru and en: tables by --lang, help and errors by --lang, MATCH_LANG or the locale.
@Suite("match-cli in three languages", .serialized)
struct LocalizedCommandLineTests {
    static let bom = "\u{FEFF}"

    @Test func commandsThatWereEnglishOnlyFollowLang() throws {
        let cli = try CLIRunner()
        let built = try cli.run(["init", "--students", "300", "--seed", "3", "--lang", "ru"])
        #expect(built.status == 0 && built.stdout.contains("300 учащихся"), "\(built.stdout)\(built.stderr)")
        let stats = try cli.run(["stats", "--lang", "kk"])
        #expect(stats.stdout.contains("Дерекқор: ") && stats.stdout.contains("білім алушылар") && stats.stdout.contains("Қарағанды"), "\(stats.stdout)")
        let assign = try cli.run(["assign", "--lang", "ru"])
        #expect(assign.stdout.contains("блокирующие пары") && !assign.stdout.contains("blocking"), "\(assign.stdout)")
        let audit = try cli.run(["audit", "--all", "--by", "settlement", "--lang", "kk"])
        #expect(audit.status == 0 && audit.stdout.contains("Әділдік аудиті") && audit.stdout.contains("Іріктеу үлесі"), "\(audit.stdout)")
        let log = try cli.run(["log", "--lang", "ru"])
        #expect(log.stdout.contains("Команда") && log.stdout.contains("assign"), "\(log.stdout)")
        let verify = try cli.run(["log", "--verify", "--lang", "ru"])
        #expect(verify.stdout.contains("цел: 2 записи."), "\(verify.stdout)")
        let generated = try cli.run(["generate", "--students", "21", "--out", "s.csv", "--lang", "ru"])
        #expect(generated.stdout.contains("21 учащийся"), "\(generated.stdout)")
        let imported = try cli.run(["import", "s.csv", "--lang", "kk"])
        #expect(imported.stdout.contains("оқылды 21 — жаңа 21"), "\(imported.stdout)")
        let forgotten = try cli.run(["forget", "--student", "no-one", "--lang", "ru"])
        #expect(forgotten.status != 0 && forgotten.stderr.hasPrefix("Ошибка: в ") && forgotten.stderr.contains("нет учащегося"), "\(forgotten.stderr)")
    }

    @Test func helpFollowsLangThenMatchLangThenTheLocaleThenEnglish() throws {
        let cli = try CLIRunner()
        let english = try cli.run(["help", "audit"])
        #expect(english.stdout.contains("OVERVIEW: Fairness audit") && english.stdout.contains("Examples:"))
        let russian = try cli.run(["help", "audit"], environment: ["MATCH_LANG": "ru"])
        #expect(russian.stdout.contains("Аудит справедливости") && russian.stdout.contains("ПАРАМЕТРЫ:") && russian.stdout.contains("Примеры:"),
                "\(russian.stdout)")
        let kazakh = try cli.run(["shortlist", "--help"], environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(kazakh.stdout.contains("Бір бос орынға сәйкес үміткерлерді") && kazakh.stdout.contains("Бос орынның сәйкестендіргіші."))
        let chosen = try cli.run(["recommend", "--help", "--lang", "kk"], environment: ["MATCH_LANG": "ru", "LC_ALL": "ru_RU.UTF-8"])
        #expect(chosen.stdout.contains("Мектеп оқушысына") && !chosen.stdout.contains("Рекомендовать"))
        let root = try cli.run(["--help"], environment: ["LC_ALL": "ru_RU.UTF-8"])
        #expect(root.stdout.contains("Профориентационный подбор") && root.stdout.contains("КОМАНДЫ:"))
    }

    @Test func errorsFollowTheSameLanguage() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "100", "--seed", "3"])
        let kazakh = try cli.run(["recommend", "--student", "nosuch", "--lang", "kk"])
        #expect(kazakh.status == 1 && kazakh.stderr == "Қате: 'nosuch' сәйкестендіргіші бар білім алушы жоқ\n", "\(kazakh.stderr)")
        let english = try cli.run(["recommend", "--student", "nosuch"])
        #expect(english.stderr == "Error: no student with id 'nosuch'\n", "\(english.stderr)")
        let suggested = try cli.run(["shortlist", "--enterprise", "saran"], environment: ["MATCH_LANG": "ru"])
        #expect(suggested.stderr.contains("Ошибка: нет предприятия с идентификатором 'saran' (может быть, 'saran-tyres'?)"), "\(suggested.stderr)")
        let invalid = try cli.run(["recommend", "--top", "500", "--student", "x"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(invalid.status != 0 && invalid.stderr.contains("Ошибка: --top должно быть от 1 до 100"), "\(invalid.stderr)")
        // Import problems keep file, line, field and value, and are worded in the language asked for
        try cli.run(["generate", "--students", "12", "--seed", "4", "--out", "s.csv"])
        let path = cli.folder.appendingPathComponent("s.csv")
        var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: ",urban,", with: ",urbn,").replacingOccurrences(of: ",rural,", with: ",urbn,")
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        let problems = try cli.run(["import", "s.csv", "--lang", "ru"])
        #expect(problems.status == 1 && problems.stderr.contains("s.csv:4: поле 'settlement' = 'urbn': ожидалось одно из: urban, rural"),
                "\(problems.stderr)")
        #expect(problems.stderr.contains("1 ошибка; ничего не импортировано."))
    }

    @Test func everyCSVHasABOMAndAHeaderInTheChosenLanguage() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "400", "--seed", "5"])
        let pupil = try #require(try MatchDatabase(path: cli.database).students().first { $0.stage.isSchool })
        let outputs: [([String], String)] = [
            (["shortlist", "--vacancy", "saran-welder", "--format", "csv", "--lang", "ru"], "№,Кандидат,Соответствие,Совпавшие навыки,Недостающие навыки\r\n"),
            (["shortlist", "--enterprise", "saran-tyres", "--format", "csv", "--lang", "ru"], "Вакансия,№,Кандидат,"),
            (["recommend", "--student", pupil.id, "--format", "csv", "--lang", "kk"], "Тізім,№,Сәйкестендіргіш,Коды,Мамандық,"),
            (["recommend", "--schoolchildren", "--format", "csv", "--lang", "ru"], "Учащийся,Класс,Регион,Список,№,"),
            (["assign", "--format", "csv", "--lang", "ru"], "Учащийся,Причина"),
            (["audit", "--all", "--format", "csv", "--lang", "ru"], "Группа,Кандидаты,Отобраны,"),
            (["log", "--format", "csv", "--lang", "ru"], "Номер,Время,Команда,Параметры,"),
        ]
        for (arguments, header) in outputs {
            let result = try cli.run(arguments)
            #expect(result.status == 0 && result.stdout.hasPrefix(Self.bom + header) && result.stdout.hasSuffix("\r\n"),
                    "\(arguments): \(result.stdout.prefix(200))\(result.stderr)")
        }
        #expect(try cli.run(["assign", "--out", "a.csv", "--lang", "ru"]).status == 0)
        // Decoded by hand: Foundation's UTF-8 reading drops the byte order mark.
        let exported = String(decoding: try Data(contentsOf: cli.folder.appendingPathComponent("a.csv")), as: UTF8.self)
        #expect(exported.hasPrefix(Self.bom + "Вакансия,Предприятие,Вид,Кандидат,Балл\r\n"), "\(exported.prefix(100))")
    }
}
