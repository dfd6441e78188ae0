import Foundation
import Localization
import Matcher
import Profiles

/// A fairness audit as its audience may see it (`DisclosureRule`): the department sees every count;
/// anyone else sees counts of 1–9 as "<10", without the rates and totals that would give them away.
/// Groups of fewer than `PersonCount.threshold` candidates are too small to judge for everyone.
public struct FairnessAuditResult: Sendable, Encodable {
    public struct Group: Sendable, Encodable {
        /// The group's value of the attribute as stored (`female`, `rural`, `kk`, a region id).
        public var name: String
        public var candidates: PersonCount
        public var selected: PersonCount
        /// selected / candidates; nil where it would reveal a count the audience may not see.
        public var selectionRate: Double?
        /// This group's rate over the highest judged group's; nil where withheld or no group was selected.
        public var impactRatio: Double?
        /// Impact ratio below four fifths, among groups large enough to judge.
        public var adverseImpact: Bool
        /// Fewer than `PersonCount.threshold` candidates or under 2% of them.
        public var tooSmallToJudge: Bool
    }

    public var subject: FairnessAuditRequest.Subject
    public var attribute: FairnessAuditRequest.Attribute
    public var audience: Audience
    public var groups: [Group]
    /// Candidates in all; nil where the total would give a suppressed group away.
    public var candidates: PersonCount?
    /// Selected in all; nil where the total would give a suppressed group away.
    public var selected: PersonCount?
    /// Candidates with no value for the attribute.
    public var unknown: PersonCount
    /// Names of regions and the fixed words, in the language asked for.
    public let names: Names

    public init(_ audit: FairnessAudit, subject: FairnessAuditRequest.Subject, attribute: FairnessAuditRequest.Attribute,
                audience: Audience, names: Names) {
        let count = { (value: Int) in DisclosureRule.count(value, of: .notShown, for: audience) }
        groups = audit.groups.map { group in
            let candidates = count(group.candidates), selected = count(group.selected)
            let withheld = candidates.isSuppressed || selected.isSuppressed
            return Group(name: group.name, candidates: candidates, selected: selected,
                         selectionRate: withheld ? nil : group.selectionRate, impactRatio: withheld ? nil : group.impactRatio,
                         adverseImpact: group.adverseImpact, tooSmallToJudge: group.tooSmallToJudge)
        }
        unknown = count(audit.unknown)
        candidates = DisclosureRule.totalRevealsSuppressed(groups.map(\.candidates) + [unknown]) ? nil : count(audit.candidates)
        selected = DisclosureRule.totalRevealsSuppressed(groups.map(\.selected)) ? nil : count(audit.selected)
        self.subject = subject
        self.attribute = attribute
        self.audience = audience
        self.names = names
    }

    private enum CodingKeys: String, CodingKey { case attribute, audience, groups, candidates, selected, unknown }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attribute.rawValue, forKey: .attribute)
        try container.encode(audience, forKey: .audience)
        try container.encode(groups, forKey: .groups)
        try container.encodeIfPresent(candidates, forKey: .candidates)
        try container.encodeIfPresent(selected, forKey: .selected)
        try container.encode(unknown, forKey: .unknown)
    }
}
