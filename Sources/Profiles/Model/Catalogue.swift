/// Everything but the students: the taxonomy and the regions, specialties, colleges, enterprises and
/// vacancies, as loaded from the store. Collections are sorted by id.
public struct Catalogue: Sendable {
    public var taxonomy: Taxonomy
    public var subjects: [Subject]
    public var regions: [Region]
    public var specialties: [Specialty]
    public var colleges: [College]
    public var enterprises: [Enterprise]
    public var schools: [School]
    public var vacancies: [Vacancy]

    public init(taxonomy: Taxonomy, subjects: [Subject], regions: [Region], specialties: [Specialty],
                colleges: [College], enterprises: [Enterprise], schools: [School] = [], vacancies: [Vacancy]) {
        self.schools = schools
        self.taxonomy = taxonomy
        self.subjects = subjects
        self.regions = regions
        self.specialties = specialties
        self.colleges = colleges
        self.enterprises = enterprises
        self.vacancies = vacancies
    }

    /// Regions by id, name or centre, as people type them.
    public var regionNames: NameIndex { NameIndex(regions: regions) }

    /// The ids records may refer to.
    public func referenceIndex(year: Int) -> ReferenceIndex {
        var index = ReferenceIndex(taxonomy: taxonomy, referenceYear: year)
        index.subjects = NameIndex(subjects: subjects)
        index.regions = NameIndex(regions: regions)
        index.specialties = Set(specialties.map(\.id))
        index.colleges = Set(colleges.map(\.id))
        index.enterprises = Set(enterprises.map(\.id))
        index.schools = Dictionary(uniqueKeysWithValues: schools.map { ($0.id, $0.regionID) })
        for (region, town) in colleges.map({ ($0.regionID, $0.town) }) + enterprises.map({ ($0.regionID, $0.town) }) {
            index.towns[region, default: []].insert(town)
        }
        return index
    }
}
