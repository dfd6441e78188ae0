import Foundation

/// An employer's invitation to a shortlisted pupil, known to the employer by pseudonym only. The pupil
/// (or guardian) accepts it with the contact they choose to share, or declines it.
public struct Invitation: Sendable, Hashable, Codable, Identifiable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case pending, accepted, declined
    }

    public var id: Int64
    public var vacancyID: String
    public var enterpriseID: String
    /// The enterprise's pseudonym of the pupil, as on its shortlist.
    public var pseudonym: String
    public var status: Status
    /// What the pupil chose to share on accepting; nil until then.
    public var contact: String?
    public var createdAt: Date
    public var answeredAt: Date?

    public init(id: Int64, vacancyID: String, enterpriseID: String, pseudonym: String, status: Status, contact: String?,
                createdAt: Date, answeredAt: Date?) {
        self.id = id
        self.vacancyID = vacancyID
        self.enterpriseID = enterpriseID
        self.pseudonym = pseudonym
        self.status = status
        self.contact = contact
        self.createdAt = createdAt
        self.answeredAt = answeredAt
    }

    /// How long a shared contact may be.
    public static let contactLength = 3...200
}
