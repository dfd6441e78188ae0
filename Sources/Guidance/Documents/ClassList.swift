import Foundation
import Localization
import Matcher
import Profiles

/// Specialty recommendations for many schoolchildren at once: a counsellor's class list.
public struct ClassList: Sendable {
    public init(students: [SpecialtyRecommendations], names: Names) {
        self.students = students
        self.names = names
    }

    public let students: [SpecialtyRecommendations]
    public let names: Names
}
