import Foundation
import Testing
import Localization
import Matcher
import Profiles
@testable import Guidance
import TestSupport

/// Can two enterprises link a student across their shortlists from what each receives? (Docs/Privacy.md,
/// "Linking a candidate across employers".) Each enterprise sees its candidates under its own pseudonyms;
/// an attacker holding two enterprises' lists matches candidates whose visible fields are equal and
/// unique in both. The suite measures the share so linked on generated cohorts and fails above the
/// threshold documented there.
@Suite("Shortlists do not link a student across employers")
struct ShortlistLinkageTests {
    /// One candidate on one list as an enterprise receives it: its pseudonym there, the fields it shows
    /// (everything but rank and pseudonym, as `path → value`), and, for the test only, who it is.
    struct Record {
        var student: String
        var pseudonym: String
        var fields: [String: String]
    }

    struct Linkage: CustomStringConvertible {
        /// (student, enterprise pair) cases where the student is on both enterprises' lists, and those linked.
        var sharedCases = 0, linkedCases = 0
        /// Students on at least two enterprises' lists, and those linked for at least one pair.
        var sharedStudents = 0, linkedStudents = 0
        /// Links made that join two different students.
        var wrongLinks = 0

        var caseShare: Double { Double(linkedCases) / Double(max(1, sharedCases)) }
        var studentShare: Double { Double(linkedStudents) / Double(max(1, sharedStudents)) }
        var description: String {
            "students \(linkedStudents)/\(sharedStudents) = \(String(format: "%.3f", studentShare)), "
                + "pairs \(linkedCases)/\(sharedCases) = \(String(format: "%.3f", caseShare)), wrong links \(wrongLinks)"
        }
    }

    /// Every projection an attacker may try: all fields together, each field alone, each two fields.
    static func projections(_ fields: [String]) -> [[String]] {
        let fields = fields.sorted()
        var result = [fields] + fields.map { [$0] }
        for (index, first) in fields.enumerated() { for second in fields[(index + 1)...] { result.append([first, second]) } }
        return result
    }

    /// For every pair of enterprises and every projection, the candidates whose projected fields are
    /// equal and unique among each enterprise's candidates are linked; a student counts as linked for
    /// the pair when some projection links their two pseudonyms.
    /// - Complexity: O(enterprises² × projections × records per enterprise).
    static func linkage(_ lists: [String: [Record]]) -> Linkage {
        let enterprises = lists.keys.sorted()
        let fields = Set(lists.values.flatMap { $0.flatMap(\.fields.keys) })
        let projections = projections(Array(fields))
        // enterprise → projection → projected value → pseudonyms showing it
        var index: [String: [[String: Set<String>]]] = [:]
        var truth: [String: [String: String]] = [:]
        for enterprise in enterprises {
            var maps = Array(repeating: [String: Set<String>](), count: projections.count)
            for record in lists[enterprise]! {
                truth[enterprise, default: [:]][record.pseudonym] = record.student
                for (number, projection) in projections.enumerated() {
                    maps[number][projection.map { record.fields[$0] ?? "" }.joined(separator: "\u{1F}"), default: []].insert(record.pseudonym)
                }
            }
            index[enterprise] = maps
        }
        var result = Linkage()
        var listsPerStudent: [String: Int] = [:]
        for enterprise in enterprises { for student in Set(truth[enterprise]!.values) { listsPerStudent[student, default: 0] += 1 } }
        result.sharedStudents = listsPerStudent.values.filter { $0 >= 2 }.count
        var linkedStudents = Set<String>()
        for (position, first) in enterprises.enumerated() {
            for second in enterprises[(position + 1)...] {
                let (truthA, truthB) = (truth[first]!, truth[second]!)
                let shared = Set(truthA.values).intersection(truthB.values)
                result.sharedCases += shared.count
                guard !shared.isEmpty else { continue }
                var linked = Set<String>()
                for (mapA, mapB) in zip(index[first]!, index[second]!) {
                    for (value, pseudonymsA) in mapA where pseudonymsA.count == 1 {
                        guard let pseudonymsB = mapB[value], pseudonymsB.count == 1 else { continue }
                        let (a, b) = (truthA[pseudonymsA.first!]!, truthB[pseudonymsB.first!]!)
                        if a == b { linked.insert(a) } else { result.wrongLinks += 1 }
                    }
                }
                result.linkedCases += linked.count
                linkedStudents.formUnion(linked)
            }
        }
        result.linkedStudents = linkedStudents.count
        return result
    }

    /// A JSON value's leaves as `path → value`; a list of plain values is one leaf (a list of skill names).
    static func leaves(_ value: Any, path: String = "", into result: inout [String: String]) {
        switch value {
        case let object as [String: Any]:
            for (key, inner) in object { leaves(inner, path: path.isEmpty ? key : "\(path).\(key)", into: &result) }
        case let array as [Any] where array.contains(where: { $0 is [String: Any] || $0 is [Any] }):
            for (number, inner) in array.enumerated() { leaves(inner, path: "\(path)[\(number)]", into: &result) }
        case let array as [Any]:
            // A list of names is compared as a set: an attacker sorts it.
            result[path] = array.map(json).sorted().joined(separator: ",")
        default:
            result[path] = json(value)
        }
    }

    private static func json(_ value: Any) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }

    typealias Lists = (received: [String: [Record]], floor: [String: [Record]])

    /// The lists of the cohorts the tests use, made once.
    static let cohorts: [Int: Result<Lists, any Error>] = [1: Result { try lists(students: 2000, seed: 1) },
                                                           2: Result { try lists(students: 4000, seed: 2) }]

    /// The shortlists of every vacancy (top 20, as `shortlist --enterprise` gives by default) on the shipped
    /// catalogue and a generated cohort, by enterprise: what each receives, and the floor — what an
    /// employer must see to choose whom to invite gives alone: the band and the names of the matched and
    /// missing skills.
    static func lists(students: Int, seed: UInt64) throws -> Lists {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: students, seed: seed,
                             referenceYear: Fixtures.referenceYear).build(into: database)
        let engine = MatchEngine(store: database)
        let snapshot = try engine.snapshot()
        let request = ShortlistRequest(target: .vacancy(""), top: 20, language: .en, referenceYear: Fixtures.referenceYear)
        let shortlists = try engine.shortlists(of: snapshot.catalogue.vacancies, in: snapshot, request)
        let encoder = JSONEncoder()
        var received: [String: [Record]] = [:], floor: [String: [Record]] = [:]
        for shortlist in shortlists {
            let enterprise = shortlist.vacancy.enterpriseID
            let names = shortlist.names
            for (item, (student, explanation)) in zip(shortlist.items, shortlist.candidates) {
                var object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(item)) as? [String: Any])
                object["rank"] = nil
                object["candidate"] = nil
                var fields: [String: String] = [:]
                leaves(object, into: &fields)
                received[enterprise, default: []].append(Record(student: student.id, pseudonym: item.candidate, fields: fields))
                let skills = explanation.skills.sorted { $0.skillID < $1.skillID }
                floor[enterprise, default: []].append(Record(student: student.id, pseudonym: item.candidate, fields: [
                    "band": FitBand(score: explanation.score).rawValue,
                    "matched": skills.filter(\.isMatched).map { names.skill($0.skillID) }.joined(separator: ";"),
                    "missing": skills.filter { !$0.isMatched }.map { names.skill($0.skillID) }.joined(separator: ";"),
                ]))
            }
        }
        return (received, floor)
    }

    /// The threshold (Docs/Privacy.md): what an employer receives may link at most 5 percentage points
    /// more students, and 1 point more (student, enterprise pair) cases, than the band and the names of
    /// the matched and missing skills alone, which it must see.
    static let studentMargin = 0.05
    static let caseMargin = 0.01

    @Test("linkage across enterprises stays at the floor that band and skill names give", arguments: [1, 2])
    func linkageAcrossEnterprises(cohort: Int) throws {
        // Given every enterprise's shortlists on a generated cohort (2,000 students, seed 1; 4,000, seed 2)
        let (received, floor) = try #require(Self.cohorts[cohort]).get()
        // When two enterprises match their candidates on what they receive
        let measured = Self.linkage(received), bound = Self.linkage(floor)
        print("linkage, cohort \(cohort): received \(measured); band and skill names alone \(bound)")
        // Then no more are linked than the skill names alone allow, within the margins
        #expect(measured.sharedStudents > 100, "the cohort should put students on several enterprises' lists")
        #expect(measured.studentShare <= bound.studentShare + Self.studentMargin, "\(measured) against \(bound)")
        #expect(measured.caseShare <= bound.caseShare + Self.caseMargin, "\(measured) against \(bound)")
    }

    @Test("the measure finds a fingerprint: a per-student figure links most students")
    func theMeasureFindsAFingerprint() throws {
        // Given the floor's records each also carrying a figure that is the same for a student at every
        // enterprise, to three decimals, as the interest part's value was before issue 12
        let (_, floor) = try #require(Self.cohorts[1]).get()
        let figured = floor.mapValues { records in
            records.map { record in
                var record = record
                let hash = record.student.unicodeScalars.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1.value)) &* 1_099_511_628_211 }
                record.fields["figure"] = String(format: "%.3f", Double(hash % 1000) / 1000)
                return record
            }
        }
        // Then the measure links far more students than the floor
        let measured = Self.linkage(figured), bound = Self.linkage(floor)
        #expect(measured.studentShare > bound.studentShare + 4 * Self.studentMargin, "\(measured) against \(bound)")
    }
}
