/// The ids a record may refer to: what the database holds plus what this import has read so far.
public struct ReferenceIndex: Sendable {
    public var taxonomy: Taxonomy
    public var subjects: Set<String> = []
    public var regions: Set<String> = []
    public var specialties: Set<String> = []
    public var colleges: Set<String> = []
    public var enterprises: Set<String> = []
    /// Towns of colleges and enterprises, by region id: the towns a student may name.
    public var towns: [String: Set<String>] = [:]
    /// The year ages are judged in (whether a student may be a minor who needs guardian consent).
    public var referenceYear: Int

    public init(taxonomy: Taxonomy, referenceYear: Int) {
        self.taxonomy = taxonomy
        self.referenceYear = referenceYear
    }
}
