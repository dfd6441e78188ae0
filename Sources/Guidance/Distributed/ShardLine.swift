import Foundation

/// One line of a shard's output (JSON Lines), with records named by their global ids so that shards can
/// be merged in any order: a student's best vacancies, a vacancy's partial lists over the shard's
/// students, or the shard's counts.
///
/// A score is written as the shortest decimal that reads back as the same `Float`, in a string, so that no
/// reader rounds it through a double on the way (the merge compares scores exactly, ties broken by id).
public struct ShardLine: Sendable, Hashable, Codable {
    /// A record and its score.
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var score: Float

        public init(id: String, score: Float) {
            self.id = id
            self.score = score
        }

        public init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            id = try container.decode(String.self)
            let text = try container.decode(String.self)
            guard let score = Float(text), score.isFinite else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a score: \(text)")
            }
            self.score = score
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(id)
            try container.encode("\(score)")
        }
    }

    /// What a shard counted: the report sums them over the shards, and the merge checks them against the
    /// lines it read.
    public struct Counts: Sendable, Hashable, Codable {
        /// The snapshot's checksum: shards of different snapshots are not merged.
        public var snapshot: String
        public var students: Int
        /// Students with no eligible vacancy (their line lists none).
        public var withoutVacancies: Int
        /// Scores computed (multiply-adds of the eligible pass).
        public var multiplyAdds: Int
    }

    /// A student's best eligible vacancies, best first.
    public var student: String?
    public var vacancies: [Entry]?
    /// A vacancy's best eligible students of the shard, and its best students with must-haves set aside.
    public var vacancy: String?
    public var shortlist: [Entry]?
    public var near: [Entry]?
    public var shard: Counts?

    public static func student(_ id: String, vacancies: [Entry]) -> ShardLine {
        ShardLine(student: id, vacancies: vacancies)
    }

    public static func vacancy(_ id: String, shortlist: [Entry], near: [Entry]) -> ShardLine {
        ShardLine(vacancy: id, shortlist: shortlist, near: near)
    }

    public static func counts(_ counts: Counts) -> ShardLine {
        ShardLine(shard: counts)
    }

    /// The line as written, without its newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, whole numbers and finite scores: encoding cannot fail.
        return try! encoder.encode(self)
    }
}
