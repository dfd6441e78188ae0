/// Seeded synthetic vacancies for benchmarks at national scale: each is a catalogue vacancy taken as a
/// template, placed in a region drawn by population, with requirement levels varied by up to one.
public struct VacancyGenerator: Sendable, IteratorProtocol {
    private let templates: [Vacancy]
    private let regions: [String]
    private let regionWeights: [Double]
    private let count: Int
    private var produced = 0
    private var random: SplitMix64
    private let seedTag: String

    public init(catalogue: Catalogue, count: Int, seed: UInt64) {
        templates = catalogue.vacancies
        regions = catalogue.regions.map(\.id)
        let known = catalogue.regions.compactMap(\.population).reduce(0, +)
        let unknown = catalogue.regions.filter { $0.population == nil }.count
        let share = unknown == 0 ? 0 : Double(max(0, CohortGenerator.nationalPopulation - known)) / Double(unknown)
        regionWeights = cumulativeSums(catalogue.regions.map { $0.population.map(Double.init) ?? share })
        self.count = count
        random = SplitMix64(seed: seed ^ 0x5EED_0F_7AC4)
        seedTag = String(seed, radix: 36)
    }

    public mutating func next() -> Vacancy? {
        guard produced < count, !templates.isEmpty, !regions.isEmpty else { return nil }
        produced += 1
        var vacancy = templates[Int(random.unit() * Double(templates.count))]
        vacancy.id = "vac-\(seedTag)-" + String(produced).leftPadded(to: 7)
        vacancy.regionID = regions[random.pick(cumulative: regionWeights)]
        vacancy.requirements = vacancy.requirements.map { requirement in
            var varied = requirement
            varied.level = min(5, max(1, requirement.level + [-1, 0, 0, 1][Int(random.unit() * 4)]))
            return varied
        }
        return vacancy
    }
}
