import Crypto
import Foundation
import Matcher
import Profiles

/// The catalogue and model a shard matches against, as one file (`match-cli snapshot`): a header line
/// (format, version, model version, SHA-256 of the rest) and the catalogue as JSON on the next. The
/// vectors are not stored: the shard builds them from the catalogue with its own model, which is why a
/// model version other than the shard's is refused (Docs/Distributed.md).
public struct CatalogueSnapshot: Sendable {
    public static let format = "career-match-snapshot"
    public static let version = 1

    /// The header line.
    struct Header: Codable, Equatable {
        var format: String
        var version: Int
        var modelVersion: String
        var sha256: String
        var vacancies: Int
        var specialties: Int
    }

    /// The catalogue's records, in the store's order.
    struct Payload: Codable {
        var skills: [Skill]
        var subjects: [Subject]
        var regions: [Region]
        var specialties: [Specialty]
        var colleges: [College]
        var enterprises: [Enterprise]
        var schools: [School]
        var vacancies: [Vacancy]
    }

    public let catalogue: Catalogue
    public let modelVersion: String
    /// The SHA-256 of the catalogue's bytes, hex: what a shard's output names to say what it matched against.
    public let checksum: String

    /// The snapshot of `catalogue` under this build's model.
    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        modelVersion = ScoringWeights.modelVersion
        checksum = Self.sha256(Self.payloadBytes(catalogue))
    }

    /// The file's bytes.
    public func fileBytes() -> Data {
        let payload = Self.payloadBytes(catalogue)
        let header = Header(format: Self.format, version: Self.version, modelVersion: modelVersion, sha256: checksum,
                            vacancies: catalogue.vacancies.count, specialties: catalogue.specialties.count)
        var bytes = Self.encoded(header)
        bytes.append(0x0A)
        bytes.append(payload)
        bytes.append(0x0A)
        return bytes
    }

    /// Reads a snapshot file, refusing one of another format or version, one whose bytes do not match their
    /// checksum, and one made under another model version than this build's.
    /// - Parameter path: the file, named so in errors.
    /// - Throws: `DistributedError`, or Foundation's error when the file cannot be read.
    public init(contentsOf path: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let newline = bytes.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: bytes[..<newline]), header.format == Self.format else {
            throw DistributedError.notASnapshot(path: path)
        }
        guard header.version == Self.version else { throw DistributedError.unsupportedVersion(path: path, found: header.version, supported: Self.version) }
        var payload = bytes[(newline + 1)...]
        if payload.last == 0x0A { payload = payload.dropLast() }
        let actual = Self.sha256(payload)
        guard actual == header.sha256 else { throw DistributedError.checksumMismatch(path: path, expected: header.sha256, actual: actual) }
        guard header.modelVersion == ScoringWeights.modelVersion else {
            throw DistributedError.modelVersionMismatch(path: path, snapshot: header.modelVersion, shard: ScoringWeights.modelVersion)
        }
        do {
            let records = try JSONDecoder().decode(Payload.self, from: payload)
            catalogue = Catalogue(taxonomy: try Taxonomy(records.skills), subjects: records.subjects, regions: records.regions,
                                  specialties: records.specialties, colleges: records.colleges, enterprises: records.enterprises,
                                  schools: records.schools, vacancies: records.vacancies)
        } catch {
            // The checksum matched, so the file is as written: by a build whose catalogue differs from this one's.
            throw DistributedError.notASnapshot(path: path)
        }
        modelVersion = header.modelVersion
        checksum = actual
    }

    private static func payloadBytes(_ catalogue: Catalogue) -> Data {
        encoded(Payload(skills: catalogue.taxonomy.skills, subjects: catalogue.subjects, regions: catalogue.regions,
                        specialties: catalogue.specialties, colleges: catalogue.colleges, enterprises: catalogue.enterprises,
                        schools: catalogue.schools, vacancies: catalogue.vacancies))
    }

    /// Sorted keys, so the same catalogue always has the same bytes and checksum.
    private static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The records are plain values: encoding them cannot fail.
        return try! encoder.encode(value)
    }

    private static func sha256(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
