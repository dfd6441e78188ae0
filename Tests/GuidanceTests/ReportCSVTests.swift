import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

@Suite("CSV report files")
struct ReportCSVTests {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Each file's records, read back with an independent parser after checking the BOM.
    static func tables(_ language: Language) throws -> [String: [[String]]] {
        var tables: [String: [[String]]] = [:]
        for file in CSVReportWriter().files(for: ReportFixture.report(language)) {
            #expect(Array(file.contents.prefix(3)) == byteOrderMark, "\(file.name) starts with the BOM")
            let text = try #require(String(data: file.contents.dropFirst(3), encoding: .utf8))
            tables[file.name] = ReportFileParsing.csvRecords(text)
        }
        return tables
    }

    @Test func writesOneFilePerTableWithBOMAndCRLF() throws {
        let files = CSVReportWriter().files(for: ReportFixture.report(.kk))
        #expect(files.map(\.name) == [
            "summary.csv", "specialties.csv", "regions.csv", "enterprises.csv", "unfilled.csv", "training-needs.csv",
            "colleges.csv",
        ])
        for file in files {
            #expect(Array(file.contents.prefix(3)) == Self.byteOrderMark)
            // Every LF byte follows a CR, and the file ends with CRLF (no field of the fixture holds a line break).
            let bytes = Array(file.contents)
            let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
            #expect(lineFeeds.count > 1)
            #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
        }
    }

    @Test(arguments: [(Language.kk, "Мамандық", "Үміткерлер"), (.ru, "Специальность", "Кандидаты"), (.en, "Specialty", "Candidates")])
    func headersAreInTheReportsLanguage(language: Language, specialty: String, candidates: String) throws {
        let header = try #require(try Self.tables(language)["specialties.csv"]?.first)
        #expect(header.count == 10)
        #expect(header[2] == specialty && header[7] == candidates)
    }

    @Test func neutralisesFormulasInTextButKeepsNegativeNumbers() throws {
        let tables = try Self.tables(.en)
        let enterprises = try #require(tables["enterprises.csv"])
        let names = enterprises.dropFirst().map { $0[1] }
        #expect(names.contains("'=SUM(A1:A9) Trading"))
        #expect(names.contains("'@Work Kazakhstan"))
        #expect(!names.contains { $0.hasPrefix("=") || $0.hasPrefix("@") })
        let unfilled = try #require(tables["unfilled.csv"])
        #expect(unfilled.contains { $0[1] == "'=HYPERLINK(\"x\") analyst" && $0[2] == "'=SUM(A1:A9) Trading" })
        // 15 places with 6 placed: the unfilled places are the range 6…14, so 15 − unfilled hides the 6
        #expect(unfilled.first { $0[0] == "tco-lab" }?[6] == "6…14")
        #expect(unfilled.first { $0[0] == "qarmet-welder" }?[6] == "18")
        // The gap of laboratory technology is the number -12, not the text '-12.
        let specialties = try #require(tables["specialties.csv"])
        let laboratory = try #require(specialties.first { $0[0] == ReportFixture.negativeGapSpecialtyID })
        #expect(laboratory[9] == "-12")
        // Beside a suppressed count the gap is the range it lies in, so demand − gap cannot reveal the count
        for row in specialties.dropFirst() {
            guard let demand = Int(row[6]) else { Issue.record("demand is not a number in \(row)"); continue }
            if row[7] == "<10" {
                #expect(row[9] == "\(demand - 9)…\(demand - 1)")
            } else {
                #expect(Int(row[9]) == demand - (Int(row[7]) ?? 0))
            }
        }
    }

    @Test func quotedFieldsRoundTrip() throws {
        let tables = try Self.tables(.ru)
        let enterprises = try #require(tables["enterprises.csv"])
        #expect(enterprises.contains { $0[1] == ReportFixture.commaEnterprise })
        let specialties = try #require(tables["specialties.csv"])
        #expect(specialties.contains { $0[2] == "Геологическая съемка, поиск и разведка месторождений полезных ископаемых" })
        #expect(specialties.contains { $0[2] == #"Оператор станков <b>&"ЧПУ""# && $0[1] == "" })
        // Every record has as many fields as the header, so no comma split a field.
        for (name, records) in tables {
            #expect(records.allSatisfy { $0.count == records[0].count }, "\(name)")
        }
        let raw = String(decoding: CSVReportWriter().files(for: ReportFixture.report(.ru))[3].contents, as: UTF8.self)
        #expect(raw.contains(#""ТОО ""Кокшетау, Минеральные воды""""#))
    }

    /// No aggregate shows a count of 1 to 9 persons: every person count is 0, "<10" or at least 10.
    @Test(arguments: Language.allCases)
    func noPersonCountFromOneToNine(language: Language) throws {
        let labels = ReportLabels.labels(for: language)
        let personColumns: Set<String> = [labels.candidates, labels.students, labels.placed, labels.filled, labels.candidatesLacking]
        var checked = 0
        var suppressed = 0
        func check(_ cell: String, _ context: String) {
            checked += 1
            if cell == "<10" { suppressed += 1; return }
            let value = Int(cell)
            #expect(value != nil && (value == 0 || value! >= 10), "\(context): \(cell)")
        }
        for (name, records) in try Self.tables(language) {
            if name == "summary.csv" {
                for record in records where personColumns.contains(record[0]) { check(record[1], "\(name) \(record[0])") }
                continue
            }
            for (column, heading) in records[0].enumerated() where personColumns.contains(heading) {
                for record in records.dropFirst() { check(record[column], "\(name) \(heading)") }
            }
        }
        // The fixture has counts from 1 to 9 in every kind of person column, so the scan has work to do.
        #expect(checked > 80)
        #expect(suppressed >= 8)
    }

    @Test func writesRatesAsFractionsAndLeavesWithheldOnesEmpty() throws {
        let tables = try Self.tables(.en)
        let enterprises = try #require(tables["enterprises.csv"])
        #expect(enterprises.first { $0[0] == "tengri-tyres" }?[5] == "1.0000")
        #expect(enterprises.first { $0[0] == "silk-road-electronics" }?[4...5] == ["<10", ""])
        let summary = try #require(tables["summary.csv"])
        #expect(summary.first { $0[0] == "Fill rate" }?[1] == "0.6605")
        #expect(summary.first { $0[0] == "Scope" }?[1] == "Kazakhstan (whole country)")
    }

    @Test func formulaSafeGuardsEveryFormulaStartAndNothingElse() {
        for risky in ["=1+1", "+7 701 000 00 00", "-x", "@SUM(A1)", "\tcmd", "\rcmd"] {
            #expect(CSVText.formulaSafe(risky) == "'" + risky)
        }
        for plain in ["Qarmet", "<10", "", "Ақтөбе", "1=1", " =x"] {
            #expect(CSVText.formulaSafe(plain) == plain)
        }
        #expect(CSVCell.integer(-12).field == "-12")
        #expect(CSVCell.text("-12").field == "'-12")
        #expect(CSVCell.count(PersonCount(3)).field == "<10")
        #expect(CSVCell.rate(nil).field == "" && CSVCell.rate(0.5).field == "0.5000")
        // A neutralised cell that also needs quoting gets both.
        #expect(CSVText.line([CSVText.formulaSafe("=A1,B1")], ending: "\r\n") == "\"'=A1,B1\"\r\n")
    }
}
