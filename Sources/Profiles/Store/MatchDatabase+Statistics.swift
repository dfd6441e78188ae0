import GRDB

extension MatchDatabase {
    /// Record counts per kind, and per region for the kinds that have one.
    public struct Statistics: Sendable, Codable {
        public var counts: [String: Int]
        /// region id → kind → count
        public var byRegion: [String: [String: Int]]
    }

    public func statistics() throws -> Statistics {
        try writer.read { db in
            var counts: [String: Int] = [:]
            let tables = ["skill": "skills", "subject": "subjects", "region": "regions", "specialty": "specialties",
                          "college": "colleges", "enterprise": "enterprises", "vacancy": "vacancies", "student": "students"]
            for (table, kind) in tables { counts[kind] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            counts["vacancy places"] = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(headcount), 0) FROM vacancy") ?? 0
            counts["college seats"] = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(seats), 0) FROM college_specialty") ?? 0
            var byRegion: [String: [String: Int]] = [:]
            let perRegion = [
                "colleges": "SELECT region_id, COUNT(*) FROM college GROUP BY region_id",
                "enterprises": "SELECT region_id, COUNT(*) FROM enterprise GROUP BY region_id",
                "vacancies": "SELECT region_id, COUNT(*) FROM vacancy GROUP BY region_id",
                "vacancy places": "SELECT region_id, SUM(headcount) FROM vacancy GROUP BY region_id",
                "college seats": "SELECT c.region_id, SUM(s.seats) FROM college_specialty s JOIN college c ON c.id = s.college_id GROUP BY c.region_id",
                "students": "SELECT region_id, COUNT(*) FROM student GROUP BY region_id",
            ]
            for region in try String.fetchAll(db, sql: "SELECT id FROM region") { byRegion[region] = [:] }
            for (kind, sql) in perRegion {
                for row in try Row.fetchAll(db, sql: sql) { byRegion[row[0] as String, default: [:]][kind] = row[1] }
            }
            return Statistics(counts: counts, byRegion: byRegion)
        }
    }
}
