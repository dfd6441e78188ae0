import Testing
import Allocation
import Localization
import Matcher
import Profiles

@Suite("Every word in kk, ru and en")
struct WordsTests {
    /// Every help text of every command, in one language.
    static func helpTexts(_ words: Words) -> [String] {
        [words.rootHelp, words.initHelp, words.importHelp, words.generateHelp, words.statsHelp, words.recommendHelp,
         words.shortlistHelp, words.reportHelp, words.assignHelp, words.auditHelp, words.forgetHelp, words.logHelp, words.benchHelp,
         words.skillsHelp, words.skillsSearchHelp]
            .flatMap { [$0.abstract, $0.discussion] }
    }

    @Test func helpIsTranslatedAndKeepsItsExamples() {
        let en = Self.helpTexts(Words(.en)), ru = Self.helpTexts(Words(.ru)), kk = Self.helpTexts(Words(.kk))
        for index in en.indices {
            #expect(!en[index].isEmpty && en[index] != ru[index] && en[index] != kk[index] && ru[index] != kk[index], "\(en[index])")
            // Examples are commands: the same in every language
            let examples = en[index].split(separator: "\n").filter { $0.hasPrefix("  match-cli ") }
            #expect(examples.allSatisfy { ru[index].contains($0) && kk[index].contains($0) })
        }
        #expect(Words(.ru).auditHelp.discussion.contains("Примеры:") && Words(.kk).statsHelp.discussion.contains("Мысал:"))
    }

    @Test func englishKeepsTodaysWording() {
        let en = Words(.en)
        #expect(en.importHelp.abstract == "Validate and import CSV or JSON files of records.")
        #expect(en.imported("s.csv", kind: "students", read: 50, new: 50, changed: 0, unchanged: 0, invalid: 0)
                == "s.csv (students): 50 read — 50 new, 0 changed, 0 unchanged")
        #expect(en.problemsFound(1) == "1 problem found; nothing was imported.")
        #expect(en.noVacancy("x", suggestions: ["y"]) == "no vacancy with id 'x' (did you mean 'y'?)")
        #expect(en.auditLogIntact("db", records: 5) == "The audit log of db is intact: 5 records.")
    }

    @Test func namesOfBandsKindsAndReasonsDifferByLanguage() {
        for language in [Language.kk, .ru] {
            let words = Words(language), en = Words(.en)
            #expect(FitBand.allCases.allSatisfy { words.name(of: $0) != en.name(of: $0) })
            #expect(Vacancy.Kind.allCases.allSatisfy { words.name(of: $0) != en.name(of: $0) })
            #expect(UnplacedReason.allCases.allSatisfy { words.name(of: $0) != en.name(of: $0) })
            #expect(Eligibility.Reason.Category.allCases.allSatisfy { words.name(of: $0) != en.name(of: $0) })
            #expect(StudentSkill.Evidence.allCases.allSatisfy { words.name(of: $0) != en.name(of: $0) })
            let steps: [PupilStep] = [.visitOpenDays, .applyInAdmissionPeriod, .developSkills, .takeQuestionnaire(flagged: true),
                                      .takeQuestionnaire(flagged: false), .talkItOver]
            #expect(steps.allSatisfy { words.nextStep($0) != en.nextStep($0) && !words.nextStep($0).isEmpty })
            #expect(words.adviceNotDecision != en.adviceNotDecision)
        }
    }

    @Test func importProblemsKeepTheirDataAndChangeTheirWords() {
        let problem = ImportProblem(file: "students.csv", line: 11, field: "region", value: "karagand",
                                    reason: .unknownReference(.regions, suggestions: ["karaganda"]))
        #expect(problem.description == "students.csv:11: field 'region' = 'karagand': unknown region (did you mean 'karaganda'?)")
        #expect(Words(.en).message(for: problem) == problem.description)
        #expect(Words(.ru).message(for: problem) == "students.csv:11: поле 'region' = 'karagand': неизвестный регион (может быть, 'karaganda'?)")
        #expect(Words(.kk).message(for: problem).hasPrefix("students.csv:11: өріс 'region' = 'karagand': белгісіз өңір"))
        let range = ImportProblem(file: "s.csv", line: 4, field: "grades", value: "math:9", reason: .outOfRange(.grade, lower: "1", upper: "5"))
        #expect(range.reason == "grade must be from 1 to 5")
        #expect(Words(.ru).reason(range.kind) == "оценка: допустимо от 1 до 5")
    }

    @Test func aNameSeveralSkillsShareIsSaidInEachLanguage() {
        let problem = ImportProblem(file: "students.csv", line: 2, field: "skills", value: "сварка",
                                    reason: .namesSeveral(.skills, candidates: ["gas-welding", "tig-welding"]))
        #expect(problem.description == "students.csv:2: field 'skills' = 'сварка': names several skills: pick one of 'gas-welding', 'tig-welding'")
        #expect(Words(.en).message(for: problem) == problem.description)
        #expect(Words(.ru).reason(problem.kind) == "так называются несколько навыков: выберите один из: 'gas-welding', 'tig-welding'")
        #expect(Words(.kk).reason(problem.kind).hasPrefix("бұл атау бірнеше дағдыға сай келеді"))
        for words in [Words(.kk), Words(.ru)] {
            #expect(NameMatch.Method.allCases.allSatisfy { words.name(of: $0) != Words(.en).name(of: $0) })
        }
    }

    @Test func everyErrorPrefixIsInItsLanguage() {
        #expect([Words(.kk).errorPrefix, Words(.ru).errorPrefix, Words(.en).errorPrefix] == ["Қате: ", "Ошибка: ", "Error: "])
        #expect(Words(.ru).translatingArgumentParser("USAGE: x\nOPTIONS:\n  -h, --help  Show help information.")
                == "ИСПОЛЬЗОВАНИЕ: x\nПАРАМЕТРЫ:\n  -h, --help  Показать справку.")
    }
}
