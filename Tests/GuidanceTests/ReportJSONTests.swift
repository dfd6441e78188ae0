import Foundation
import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

@Suite("JSON report")
struct ReportJSONTests {
    @Test func decodesBackWithTheSameFigures() throws {
        // Given a report / When written as JSON and read back
        let report = ReportFixture.report(.kk)
        let data = try JSONReportWriter().data(for: report)
        let decoded = try JSONDecoder().decode(MatchReport.self, from: data)
        // Then every figure that is not suppressed is unchanged
        #expect(decoded.title == report.title && decoded.language == .kk && decoded.scope == nil)
        #expect(decoded.date == "2026-11-23" && decoded.modelVersion == "2026.11-2")
        #expect(decoded.summary.students == report.summary.students && decoded.summary.places == 1_950)
        #expect(abs((decoded.summary.fillRate ?? -1) - (report.summary.fillRate ?? 1)) < 1e-12)
        #expect(decoded.bySpecialty.map(\.name) == report.bySpecialty.map(\.name))
        #expect(decoded.bySpecialty.map(\.gap) == report.bySpecialty.map(\.gap))
        #expect(decoded.byRegion.count == 20)
        #expect(decoded.unfilled.map(\.missingSkills) == report.unfilled.map(\.missingSkills))
        #expect(decoded.unfilled.map(\.kind) == report.unfilled.map(\.kind))
        for (original, back) in zip(report.byRegion, decoded.byRegion) {
            #expect(back.candidates.description == original.candidates.description)
            if !original.candidates.isSuppressed { #expect(back.candidates == original.candidates) }
        }
    }

    @Test func suppressedCountsAppearAsLessThanTen() throws {
        let data = try JSONReportWriter().data(for: ReportFixture.report(.en))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let specialties = try #require(root["bySpecialty"] as? [[String: Any]])
        let geology = try #require(specialties.first { $0["specialtyID"] as? String == ReportFixture.suppressedSpecialtyID })
        #expect(geology["candidates"] as? String == "<10")
        // and its gap is the range 48…56 (demand 57), not the number that would give the 7 away
        #expect(geology["gap"] as? String == "48…56")
        // Nowhere in the file is a person count from 1 to 9.
        let personKeys: Set<String> = ["candidates", "students", "placed", "filled", "candidatesLacking"]
        var checked = 0
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if personKeys.contains(key) {
                        checked += 1
                        if let text = child as? String { #expect(text == "<10") } else {
                            let number = child as? Int
                            #expect(number != nil && (number == 0 || number! >= 10), "\(key): \(child)")
                        }
                    } else {
                        walk(child)
                    }
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        #expect(checked > 80)
    }

    @Test func isSortedAndPrettyPrinted() throws {
        let text = String(decoding: try JSONReportWriter().data(for: ReportFixture.report(.ru)), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"byRegion\" : ["))
        #expect(text.contains("\"date\" : \"2026-11-23\""))
        #expect(text.contains("\"language\" : \"ru\""))
        #expect(text.hasSuffix("}\n"))
    }
}
