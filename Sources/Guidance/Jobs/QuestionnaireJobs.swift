import Foundation
import Localization
import Matcher
import Profiles

/// Which pupils' answers the questionnaire's statistics cover.
public struct QuestionnaireStatisticsRequest: Sendable, Hashable {
    public var regionID: String?
    public var schoolLanguage: Language?
    public var language: Language

    public init(regionID: String? = nil, schoolLanguage: Language? = nil, language: Language = .ru) {
        self.regionID = regionID
        self.schoolLanguage = schoolLanguage
        self.language = language
    }
}

extension MatchEngine {
    /// Scores a pupil's answers and stores them; complete answers become the pupil's interest scores.
    /// - Throws: `GuidanceError.unknownID` for an unknown pupil.
    public func submitAnswers(_ answers: QuestionnaireAnswers, bank: ItemBank) throws -> QuestionnaireResult {
        _ = try snapshot().student(answers.studentID)
        let result = try store.submitAnswers(answers, bank: bank)
        refresh()
        return result
    }

    /// Cronbach's alpha, item–total correlations and score distributions per scale, for each language and
    /// form the questionnaire was answered in, over the pupils the request selects.
    public func questionnaireStatistics(_ request: QuestionnaireStatisticsRequest, bank: ItemBank) throws -> QuestionnaireStatistics {
        let snapshot = try snapshot()
        let regionID = try request.regionID.map { name throws(GuidanceError) in try snapshot.region(name) }
        let selected = Set(snapshot.students.filter { student in
            (regionID == nil || student.regionID == regionID)
                && (request.schoolLanguage == nil || student.schoolLanguage == request.schoolLanguage)
        }.map(\.id))
        let answers = try store.allAnswers().filter { selected.contains($0.studentID) && $0.bankVersion == bank.version }
        let groups = Language.allCases.flatMap { language in
            QuestionnaireForm.allCases.compactMap { form -> QuestionnaireStatistics.Group? in
                let scales = ScaleStatistics.compute(answers.filter { $0.language == language }, bank: bank, form: form)
                guard let respondents = scales.first?.respondents, respondents > 0 else { return nil }
                return .init(language: language, form: form, respondents: respondents, scales: scales)
            }
        }
        return QuestionnaireStatistics(bankVersion: bank.version, groups: groups, words: Words(request.language))
    }
}

/// The questionnaire's statistics, per language and form it was answered in (Docs/Questionnaire.md).
public struct QuestionnaireStatistics: Sendable {
    public var bankVersion: String
    public var groups: [Group]
    public let words: Words

    public struct Group: Sendable, Encodable {
        public var language: Language
        public var form: QuestionnaireForm
        public var respondents: Int
        public var scales: [ScaleStatistics]
    }

    public struct Document: Sendable, Encodable {
        public var bankVersion: String
        public var groups: [Group]
    }

    public var document: Document { Document(bankVersion: bankVersion, groups: groups) }
}
