import Matcher
import Profiles

/// What the jobs read, loaded once from the store: the catalogue and every student, in id order.
public struct Snapshot: Sendable {
    public let catalogue: Catalogue
    public let students: [Student]

    public init(catalogue: Catalogue, students: [Student]) {
        self.catalogue = catalogue
        self.students = students
    }

    /// The vacancy with this id, or an error that suggests close ids.
    public func vacancy(_ id: String) throws(GuidanceError) -> Vacancy {
        guard let vacancy = catalogue.vacancies.first(where: { $0.id == id }) else {
            throw .unknown(.vacancy, id: id, among: catalogue.vacancies.map(\.id))
        }
        return vacancy
    }

    /// The student with this id, or an error that suggests close ids.
    public func student(_ id: String) throws(GuidanceError) -> Student {
        guard let student = students.first(where: { $0.id == id }) else {
            throw .unknownID(kind: .student, id: id, suggestions: [])
        }
        return student
    }

    /// Checks that a region id exists.
    public func checkRegion(_ id: String) throws(GuidanceError) {
        guard catalogue.regions.contains(where: { $0.id == id }) else {
            throw .unknown(.region, id: id, among: catalogue.regions.map(\.id))
        }
    }

    /// Checks that an enterprise id exists.
    public func checkEnterprise(_ id: String) throws(GuidanceError) {
        guard catalogue.enterprises.contains(where: { $0.id == id }) else {
            throw .unknown(.enterprise, id: id, among: catalogue.enterprises.map(\.id))
        }
    }
}
