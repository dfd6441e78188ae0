import Foundation
import Testing
import Localization
import Matcher
import Profiles
@testable import Guidance
@testable import Presentation
import TestSupport

/// Every CSV the commands write follows the report's rules: BOM, a header in the chosen language,
/// CRLF, formula-safe text, machine ids as values.
@Suite("CSV output of the commands")
struct ResultCSVTests {
    static let bom = "\u{FEFF}"

    /// The header line, without the BOM, and whether every line ends in CRLF.
    static func header(_ csv: String) -> (header: String, crlf: Bool, bom: Bool) {
        let bom = csv.hasPrefix(Self.bom)
        let body = bom ? String(csv.dropFirst()) : csv
        let lines = body.components(separatedBy: "\r\n")
        return (lines[0], lines.last == "" && !lines.dropLast().contains { $0.contains("\n") }, bom)
    }

    @Test func everyDocumentsCSVHasABOMALocalisedHeaderAndCRLF() throws {
        let engine = MatchEngine(store: try Fixtures.database(students: 400, seed: 5))
        let year = Fixtures.referenceYear
        let students = try engine.snapshot().students
        let pupil = try #require(students.first { $0.stage.isSchool })
        let graduate = try #require(students.first { $0.stage == .graduate })

        guard case .specialties(let recommendations) = try engine.recommend(RecommendationRequest(studentID: pupil.id, language: .ru, referenceYear: year)),
              case .vacancies(let vacancies) = try engine.recommend(RecommendationRequest(studentID: graduate.id, language: .kk, referenceYear: year))
        else { Issue.record("stages"); return }
        let classList = try engine.classList(ClassListRequest(language: .ru, referenceYear: year))
        let shortlist = try engine.shortlists(ShortlistRequest(target: .vacancy("saran-welder"), language: .ru, referenceYear: year))
        let allocation = try engine.allocate(AllocationRequest(language: .ru, referenceYear: year))
        let audit = try engine.fairnessAudit(FairnessAuditRequest(subject: .allocation, attribute: .settlement, language: .ru, referenceYear: year))

        let expected: [(String, String)] = [
            (try recommendations.render(.csv), "Список,№,Идентификатор,Код,Специальность,Соответствие,Балл,Интересы,Оценки,Навыки специальности,Ваши навыки,Перспективы работы,Почему,Навыки для развития,Колледжи (мест в год)"),
            (try vacancies.render(.csv), "№,Сәйкестендіргіш,Бос орын,Кәсіпорын,Өңір,Түрі,Балл,Дағдылар,Қызығушылықтар,Сәйкес дағдылар,Жетіспейтін дағдылар"),
            (try classList.render(.csv), "Учащийся,Класс,Регион,Список,№,Идентификатор,Код,Специальность,Соответствие,Балл,Интересы,Оценки,Навыки специальности,Ваши навыки,Перспективы работы,Почему,Навыки для развития,Колледжи (мест в год)"),
            (try shortlist[0].render(.csv), "№,Кандидат,Соответствие,Совпавшие навыки,Недостающие навыки"),
            (try shortlist.render(.csv), "Вакансия,№,Кандидат,Соответствие,Совпавшие навыки,Недостающие навыки"),
            (try allocation.render(.csv), "Учащийся,Причина"),
            (try engine.placements(of: allocation).render(json: false, words: Words(.ru)), "Вакансия,Предприятие,Вид,Кандидат,Балл"),
            (try audit.render(.csv), "Группа,Кандидаты,Отобраны,Доля отобранных,Коэффициент влияния,Ниже 4/5,Слишком мала для оценки"),
        ]
        for (csv, header) in expected {
            let parsed = Self.header(csv)
            #expect(parsed.bom && parsed.crlf && parsed.header == header, "\(csv.prefix(300))")
        }
        // Machine ids stay values: the specialty id, the vacancy id, the enterprise id
        #expect(try recommendations.render(.csv).contains(",\(recommendations.items[0].specialtyID),"))
        #expect(try shortlist.render(.csv).contains("\r\nsaran-welder,1,"))
    }

    @Test func textThatASpreadsheetWouldRunIsNeutralised() {
        let table = CSVTable(header: ["=Header"], rows: [[.text("=SUM(A1)")], [.text("-12")], [.integer(-12)], [.decimal(0.5)]])
        #expect(table.text == "\u{FEFF}'=Header\r\n'=SUM(A1)\r\n'-12\r\n-12\r\n0.5\r\n")
    }
}
