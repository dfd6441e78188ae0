/// A skill at a level from 1 (aware) to 5 (expert).
public struct SkillLevel: Sendable, Hashable, Codable {
    public var skillID: String
    public var level: Int

    public static let range = 1...5

    public init(skillID: String, level: Int) {
        self.skillID = skillID
        self.level = level
    }
}
