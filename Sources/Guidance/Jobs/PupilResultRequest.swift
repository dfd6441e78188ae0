import Foundation
import Localization
import Matcher
import Profiles

/// The one-page result for a pupil and their parents (`match-cli result`).
public struct PupilResultRequest: Sendable, Hashable {
    public var studentID: String
    public var language: Language

    public init(studentID: String, language: Language = .ru) {
        self.studentID = studentID
        self.language = language
    }
}

extension MatchEngine {
    /// The pupil's result page: their interests, the best specialties within reach (as `recommend` ranks
    /// them) with the score in plain words, colleges and seats, skills to develop and next steps.
    /// - Throws: `GuidanceError.unknownID` for an unknown student, `.notAPupil` for one not at school.
    public func pupilResult(_ request: PupilResultRequest) throws -> PupilResult {
        let snapshot = try snapshot()
        let student = try snapshot.student(request.studentID)
        guard student.stage.isSchool else { throw GuidanceError.notAPupil(student.id) }
        guard case .specialties(let list) = try recommend(RecommendationRequest(studentID: student.id, top: PupilResult.specialtiesShown,
                                                                                 language: request.language)) else {
            throw GuidanceError.notAPupil(student.id)
        }
        let names = list.names, words = names.words
        let specialties = list.items.prefix(PupilResult.specialtiesShown).map { item in
            PupilResult.Specialty(
                specialtyID: item.specialtyID, code: item.code, name: item.name, band: FitBand(rawValue: item.band) ?? .fair,
                bandLabel: item.bandLabel, score: item.score,
                parts: item.parts.compactMap { part in
                    guard let id = SpecialtyPart(rawValue: part.part), part.weight > 0,
                          id != .prospects || item.prospectsCounted else { return nil }
                    return PupilResult.Part(part: id, label: part.label, weight: part.weight, value: part.value)
                },
                reasons: Array(item.reasons.prefix(PupilResult.reasonsShown)),
                colleges: item.colleges.filter(\.withinReach).prefix(PupilResult.collegesShown).map {
                    PupilResult.College(collegeID: $0.collegeID, name: $0.name, town: $0.town, seats: $0.seats)
                })
        }
        let stored = try store.answers(of: student.id)
        let questionnaire = stored.map { PupilResult.Questionnaire(form: $0.answers.form, bankVersion: $0.answers.bankVersion, flags: $0.flags.sorted()) }
        var steps: [PupilResult.NextStep] = []
        if specialties.contains(where: { !$0.colleges.isEmpty }) { steps.append(.visitOpenDays) }
        steps.append(.applyInAdmissionPeriod)
        let skills = Self.skillsToDevelop(list.items.prefix(PupilResult.specialtiesShown))
        if !skills.isEmpty { steps.append(.developSkills) }
        if questionnaire == nil || !(questionnaire?.flags.isEmpty ?? true) {
            steps.append(.takeQuestionnaire(flagged: questionnaire != nil))
        }
        steps.append(.talkItOver)
        return PupilResult(
            language: request.language, studentID: student.id, grade: student.stage.year, region: names.region(student.regionID),
            reach: list.reachText,
            interests: RIASEC.allCases.map { PupilResult.Interest(type: $0, name: words.name(of: $0), score: student.interests[$0]) },
            questionnaire: questionnaire, interestsFlat: list.advice.interestsFlat, specialties: Array(specialties),
            skillsToDevelop: skills, nextSteps: steps, modelVersion: ScoringWeights.modelVersion)
    }

    /// The skills the specialties shown ask for that the pupil lacks most, each once, with the specialties
    /// that ask for it: the largest gaps first, then the order of the specialties.
    private static func skillsToDevelop(_ items: ArraySlice<SpecialtyRecommendations.Item>) -> [PupilResult.SkillToDevelop] {
        var skills: [PupilResult.SkillToDevelop] = []
        for (number, item) in zip(1..., items) {
            for gap in item.skillsToDevelop {
                if let index = skills.firstIndex(where: { $0.skillID == gap.skillID }) {
                    skills[index].specialties.append(number)
                    skills[index].needed = max(skills[index].needed, gap.needed)
                } else {
                    skills.append(.init(skillID: gap.skillID, name: gap.name, has: gap.has, needed: gap.needed, specialties: [number]))
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.skillID, $0) })
        return Array(skills.sorted { ($0.needed - $0.has, $0.specialties.count, order[$1.skillID]!) > ($1.needed - $1.has, $1.specialties.count, order[$0.skillID]!) }
            .prefix(PupilResult.skillsShown))
    }
}
