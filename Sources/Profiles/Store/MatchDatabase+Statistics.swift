import GRDB

extension MatchDatabase {
    /// Record counts per kind, and per region for the kinds that have one.
    public struct Statistics: Sendable, Codable {
        public var counts: [String: Int]
        /// region id → kind → count
        public var byRegion: [String: [String: Int]]
    }

    static func statistics(_ db: Database) throws -> Statistics {
        var counts: [String: Int] = [
            "skills": try SkillRow.fetchCount(db), "subjects": try SubjectRow.fetchCount(db),
            "regions": try RegionRow.fetchCount(db), "specialties": try SpecialtyRow.fetchCount(db),
            "colleges": try CollegeRow.fetchCount(db), "enterprises": try EnterpriseRow.fetchCount(db),
            "vacancies": try VacancyRow.fetchCount(db), "students": try StudentRow.fetchCount(db),
        ]
        counts["vacancy places"] = try VacancyRow.select(sum(VacancyRow.Columns.headcount), as: Int.self).fetchOne(db) ?? 0
        counts["college seats"] = try CollegeSpecialtyRow.select(sum(CollegeSpecialtyRow.Columns.seats), as: Int.self).fetchOne(db) ?? 0

        var byRegion: [String: [String: Int]] = [:]
        for region in try RegionRow.select(RegionRow.Columns.id, as: String.self).fetchAll(db) { byRegion[region] = [:] }
        let region = Column("region"), total = Column("total")
        // COUNT(*), not COUNT(id): SQLite answers it from the region index without reading the rows.
        let rows = SQL(sql: "COUNT(*)").sqlExpression
        /// Adds `kind` per region: `total` over the rows of `request`, grouped by `regionID`.
        func add<Record>(_ kind: String, _ request: QueryInterfaceRequest<Record>, regionID: SQLExpression, _ aggregate: SQLExpression) throws {
            let request = request.select(regionID.forKey(region.name), aggregate.forKey(total.name)).group(regionID)
            for row in try Row.fetchAll(db, request) { byRegion[row[region] as String, default: [:]][kind] = row[total] }
        }
        try add("colleges", CollegeRow.all(), regionID: CollegeRow.Columns.regionID.sqlExpression, rows)
        try add("enterprises", EnterpriseRow.all(), regionID: EnterpriseRow.Columns.regionID.sqlExpression, rows)
        try add("vacancies", VacancyRow.all(), regionID: VacancyRow.Columns.regionID.sqlExpression, rows)
        try add("vacancy places", VacancyRow.all(), regionID: VacancyRow.Columns.regionID.sqlExpression, sum(VacancyRow.Columns.headcount))
        try add("students", StudentRow.all(), regionID: StudentRow.Columns.regionID.sqlExpression, rows)
        // Seats belong to a college's offerings; the college gives the region.
        let college = TableAlias<CollegeRow>()
        try add("college seats", CollegeSpecialtyRow.joining(required: CollegeSpecialtyRow.college.aliased(college)),
                regionID: college[CollegeRow.Columns.regionID], sum(CollegeSpecialtyRow.Columns.seats))
        return Statistics(counts: counts, byRegion: byRegion)
    }
}
