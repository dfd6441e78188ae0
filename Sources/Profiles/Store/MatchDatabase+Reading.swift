import GRDB

extension MatchDatabase {
    /// The whole catalogue, as read inside a transaction: by `catalogue()`, and by an import (which checks
    /// references against what it has stored so far).
    static func catalogue(_ db: Database) throws -> Catalogue {
        let taxonomy = try Taxonomy(SkillRow.order(SkillRow.Columns.id).fetchAll(db).map(\.skill))
        let subjects = try SubjectRow.order(SubjectRow.Columns.id).fetchAll(db).map(\.subject)
        let regions = try RegionRow.order(RegionRow.Columns.id).fetchAll(db).map(\.region)

        let keySubjects = Dictionary(grouping: try SpecialtySubjectRow
            .order(SpecialtySubjectRow.Columns.specialtyID, SpecialtySubjectRow.Columns.position).fetchAll(db), by: \.specialtyID)
        let specialtySkills = Dictionary(grouping: try SpecialtySkillRow
            .order(SpecialtySkillRow.Columns.specialtyID, SpecialtySkillRow.Columns.skillID).fetchAll(db), by: \.specialtyID)
        let specialties = try SpecialtyRow.order(SpecialtyRow.Columns.id).fetchAll(db).map {
            $0.specialty(keySubjects: keySubjects[$0.id] ?? [], skills: specialtySkills[$0.id] ?? [])
        }

        let offerings = Dictionary(grouping: try CollegeSpecialtyRow
            .order(CollegeSpecialtyRow.Columns.collegeID, CollegeSpecialtyRow.Columns.specialtyID).fetchAll(db), by: \.collegeID)
        let colleges = try CollegeRow.order(CollegeRow.Columns.id).fetchAll(db).map { $0.college(offerings: offerings[$0.id] ?? []) }
        let enterprises = try EnterpriseRow.order(EnterpriseRow.Columns.id).fetchAll(db).map(\.enterprise)
        let schools = try SchoolRow.order(SchoolRow.Columns.id).fetchAll(db).map(\.school)

        let accepted = Dictionary(grouping: try VacancySpecialtyRow
            .order(VacancySpecialtyRow.Columns.vacancyID, VacancySpecialtyRow.Columns.position).fetchAll(db), by: \.vacancyID)
        let requirements = Dictionary(grouping: try VacancyRequirementRow
            .order(VacancyRequirementRow.Columns.vacancyID, VacancyRequirementRow.Columns.skillID).fetchAll(db), by: \.vacancyID)
        let vacancies = try VacancyRow.order(VacancyRow.Columns.id).fetchAll(db).map {
            $0.vacancy(specialties: accepted[$0.id] ?? [], requirements: requirements[$0.id] ?? [])
        }
        return Catalogue(taxonomy: taxonomy, subjects: subjects, regions: regions, specialties: specialties,
                         colleges: colleges, enterprises: enterprises, schools: schools, vacancies: vacancies)
    }
}
