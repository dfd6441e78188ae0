/// Who a result is for, as `DisclosureRule` tells what counts of persons each may see.
public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
    /// The education department: it holds every record, and its working tools (the allocation summary,
    /// the fairness audit) show exact counts.
    case department
    /// An enterprise: its shortlists and its allocation export, candidates under its own pseudonyms.
    case employer
    /// A school counsellor: the recommendations of their pupils.
    case counsellor
    /// A pupil or graduate (and their guardians): their own recommendations.
    case pupil
    /// Anyone: the batch report is written to be passed on and published.
    case `public`
}
