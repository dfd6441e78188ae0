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
        // Students are in id order (the store's byte order): a binary search finds one of millions at once;
        // the scan is the fallback for a list someone built in another order.
        var low = 0, high = students.count
        while low < high {
            let middle = (low + high) / 2
            if students[middle].id.utf8.lexicographicallyPrecedes(id.utf8) { low = middle + 1 } else { high = middle }
        }
        if low < students.count, students[low].id == id { return students[low] }
        guard let student = students.first(where: { $0.id == id }) else {
            throw .unknownID(kind: .student, id: id, suggestions: [])
        }
        return student
    }

    /// The id of the region named by `name`: its id, or a name, centre or the words of one as people type
    /// them ("Караганда", "Qarağandy", "Карагандинской области"), or an error that suggests ids.
    public func region(_ name: String) throws(GuidanceError) -> String {
        try catalogue.region(name)
    }

    /// Checks that an enterprise id exists.
    public func checkEnterprise(_ id: String) throws(GuidanceError) {
        guard catalogue.enterprises.contains(where: { $0.id == id }) else {
            throw .unknown(.enterprise, id: id, among: catalogue.enterprises.map(\.id))
        }
    }
}

extension Catalogue {
    /// The id of the region `name` names, as people type it, or an error that suggests close ones.
    public func region(_ name: String) throws(GuidanceError) -> String {
        switch regionNames.resolve(name) {
        case .resolved(let match): return match.id
        case .several(let matches): throw .unknownID(kind: .region, id: name, suggestions: matches.map(\.id))
        case .unknown(let suggestions): throw .unknownID(kind: .region, id: name, suggestions: suggestions.map(\.id))
        }
    }
}
