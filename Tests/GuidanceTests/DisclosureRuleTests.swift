import Foundation
import Testing
import Localization
import Matcher
import Profiles
@testable import Guidance
@testable import Presentation
import TestSupport

@Suite("Who sees which counts of persons")
struct DisclosureRuleTests {
    static func candidates(_ groups: [(String?, Int, Int)]) -> [(group: String?, selected: Bool)] {
        groups.flatMap { name, total, selected in (0..<total).map { (group: name, selected: $0 < selected) } }
    }

    @Test func theRule() {
        // The department sees every count exactly
        #expect(DisclosureRule.count(3, of: .notShown, for: .department).description == "3")
        // Anyone sees the persons it is shown one by one exactly
        #expect(DisclosureRule.count(3, of: .shownOneByOne, for: .employer).description == "3")
        // Everyone else sees 1–9 as "<10"; 0 and 10 or more as they are
        for audience in Audience.allCases where audience != .department {
            #expect(DisclosureRule.count(3, of: .notShown, for: audience).description == "<10")
            #expect(DisclosureRule.count(0, of: .notShown, for: audience).description == "0")
            #expect(DisclosureRule.count(10, of: .notShown, for: audience).description == "10")
        }
        #expect(DisclosureRule.isTooSmallToJudge(9) && !DisclosureRule.isTooSmallToJudge(10))
    }

    @Test("an employer's shortlist counts the eligible exactly, as its rows show them")
    func shortlistCountsTheEligibleItLists() throws {
        // Given the fixture's vacancies, each shortlisted with room for every eligible student
        let engine = MatchEngine(store: try Fixtures.database(students: 600, seed: 3))
        let shortlists = try engine.shortlists(ShortlistRequest(target: .enterprise("saran-tyres"), top: 10_000, language: .en,
                                                                referenceYear: Fixtures.referenceYear))
            + engine.shortlists(ShortlistRequest(target: .vacancy("khromtau-miner"), top: 10_000, language: .en,
                                                 referenceYear: Fixtures.referenceYear))
            + engine.shortlists(ShortlistRequest(target: .vacancy("almaty-receptionist"), top: 10_000, language: .en,
                                                 referenceYear: Fixtures.referenceYear))
        #expect(shortlists.contains { (1...9).contains($0.items.count) }, "the fixture should have a short list")
        for shortlist in shortlists {
            // Then the summary's eligible count is the number of rows listed, never "<10" beside them
            #expect(!shortlist.summary.eligible.isSuppressed)
            #expect(shortlist.summary.eligible.value == shortlist.items.count)
            let table = try shortlist.render(.table)
            #expect(table.contains("Eligible candidates: \(shortlist.items.count) / "), "\(table)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(shortlist.render(.json).utf8)) as? [String: Any])
            #expect((json["summary"] as? [String: Any])?["eligible"] as? Int == shortlist.items.count)
            // while the excluded, whom the employer never sees, stay "<10" from 1 to 9
            #expect(shortlist.summary.excluded.values.allSatisfy { !(1...9).contains($0.value) || $0.isSuppressed })
        }
    }

    @Test("the audit judges no group of fewer than 10 and shows its counts to the department only")
    func auditSmallGroups() throws {
        // Given 12% of 50 candidates in one group of 6, and a group of 1, and 2 of unknown settlement
        let audit = FairnessAudit(Self.candidates([("urban", 43, 20), ("rural", 6, 1), ("other", 1, 1), (nil, 2, 0)]),
                                  minimumGroupSize: PersonCount.threshold)
        let names = Names(try Fixtures.database().catalogue(), .en)
        let rural = { (result: FairnessAuditResult) in try #require(result.groups.first { $0.name == "rural" }) }
        let single = { (result: FairnessAuditResult) in try #require(result.groups.first { $0.name == "other" }) }
        // Then both are too small to judge (6 is 12% of the candidates, above the 2% share) and never flagged
        #expect(audit.groups.filter(\.tooSmallToJudge).map(\.name).sorted() == ["other", "rural"])
        #expect(!audit.groups.contains { $0.tooSmallToJudge && $0.adverseImpact })

        // The department sees their exact counts and rates
        let department = FairnessAuditResult(audit, subject: .allocation, attribute: .settlement, audience: .department, names: names)
        #expect(try rural(department).candidates.description == "6" && rural(department).selectionRate != nil)
        #expect(try single(department).candidates.description == "1")
        #expect(department.unknown.description == "2")
        let table = try department.render(.table)
        #expect(table.contains("too small to judge") && !table.contains("<10"), "\(table)")

        // Anyone else sees "<10" and no rate that would give the count away
        for audience in [Audience.employer, .public] {
            let shown = FairnessAuditResult(audit, subject: .allocation, attribute: .settlement, audience: audience, names: names)
            #expect(try rural(shown).candidates.description == "<10" && rural(shown).selected.description == "<10")
            #expect(try rural(shown).selectionRate == nil && rural(shown).impactRatio == nil && rural(shown).tooSmallToJudge)
            #expect(try single(shown).candidates.description == "<10")
            #expect(shown.unknown.description == "<10")
            let text = try shown.render(.table) + shown.render(.csv) + shown.render(.json)
            #expect(!text.contains(",6,") && !text.contains("\"candidates\" : 6") && !text.contains(" 6 "), "\(text)")
        }
    }
}
