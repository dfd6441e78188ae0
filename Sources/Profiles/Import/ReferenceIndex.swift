/// The ids a record may refer to: what the database holds plus what this import has read so far.
/// Skills, subjects and regions may also be named as people type them (`NameIndex`).
public struct ReferenceIndex: Sendable {
    public var taxonomy: Taxonomy
    public var subjects = NameIndex(rule: .bestFit)
    public var regions = NameIndex(rule: .bestFit)
    public var specialties: Set<String> = []
    public var colleges: Set<String> = []
    public var enterprises: Set<String> = []
    /// School ids with the region each is in (a pupil's school must be in the pupil's region).
    public var schools: [String: String] = [:]
    /// Towns of colleges and enterprises, by region id: the towns a student may name.
    public var towns: [String: Set<String>] = [:]
    /// The year ages are judged in (whether a student may be a minor who needs guardian consent).
    public var referenceYear: Int

    public init(taxonomy: Taxonomy, referenceYear: Int) {
        self.taxonomy = taxonomy
        self.referenceYear = referenceYear
    }
}
