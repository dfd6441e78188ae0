extension NameIndex {
    /// Regions by id, kk/ru/en name and administrative centre ("Караганда" is the karaganda region's).
    public init(regions: [Region]) {
        self.init(rule: .bestFit)
        for region in regions { insert(region) }
    }

    /// Subjects by id and kk/ru/en name.
    public init(subjects: [Subject]) {
        self.init(rule: .bestFit)
        for subject in subjects { insert(subject) }
    }

    public mutating func insert(_ region: Region) {
        // The centre is written in Latin letters; it is read as Kazakh Latin too, so "Караганда" finds it.
        insert(id: region.id, names: Self.names(region.name) + (region.centre.map { [Name($0, .en, .synonym)] } ?? []) + [Name(region.id, .en, .id)])
    }

    public mutating func insert(_ subject: Subject) {
        insert(id: subject.id, names: Self.names(subject.name) + [Name(subject.id, .en, .id)])
    }

    private static func names(_ name: LocalizedText) -> [Name] {
        Language.allCases.map { Name(name[$0], $0, .label) }
    }
}
