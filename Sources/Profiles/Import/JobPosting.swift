/// The fields of a schema.org `JobPosting` that make a vacancy, as boards write them: plain text or
/// the structured forms schema.org allows (an `Organization` for `hiringOrganization`, a `Place` with a
/// `PostalAddress` for `jobLocation`, `OccupationalExperienceRequirements` with `monthsOfExperience`,
/// `DefinedTerm`s for `skills`, a `PropertyValue` for `identifier`).
struct JobPosting {
    var path: String
    var title: String?
    /// The description as text: HTML tags and entities read.
    var description: String
    var skills: [String]
    var experienceText: String?
    var experienceMonths: Int?
    var education: String?
    var employmentTypes: [String]
    var organization: String?
    var localities: [String]
    var regions: [String]
    var openings: String?
    var identifier: String?

    init(_ found: JobPostingReader.Found) {
        let object = found.object
        path = found.path
        title = Self.text(object["title"]) ?? Self.text(object["name"])
        description = HTMLText.plain(Self.text(object["description"]) ?? "")
        skills = Self.texts(object["skills"]) + Self.texts(object["qualifications"])
        experienceText = Self.texts(object["experienceRequirements"]).first
        experienceMonths = Self.number(Self.field(object["experienceRequirements"], "monthsOfExperience"))
        education = Self.texts(object["educationRequirements"]).first
            ?? Self.text(Self.field(object["educationRequirements"], "credentialCategory"))
        employmentTypes = Self.texts(object["employmentType"])
        organization = Self.text(object["hiringOrganization"]) ?? Self.text(Self.field(object["hiringOrganization"], "name"))
        let places = (object["jobLocation"] as? [Any]) ?? object["jobLocation"].map { [$0] } ?? []
        let addresses = places.map { Self.field($0, "address") ?? $0 }
        localities = addresses.compactMap { Self.text(Self.field($0, "addressLocality")) ?? Self.text($0) }
        regions = addresses.compactMap { Self.text(Self.field($0, "addressRegion")) }
        openings = Self.text(object["totalJobOpenings"])
        identifier = Self.text(object["identifier"]) ?? Self.text(Self.field(object["identifier"], "value"))
    }

    /// A string, or a number written as text; nil for anything else.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.trimmedText.isEmpty ? nil : text.trimmedText
        case let number as Int: String(number)
        case let number as Double: number.rounded() == number ? String(Int(number)) : String(number)
        default: nil
        }
    }

    /// Strings of a list or of one value, and the `name` of `DefinedTerm`-like objects.
    static func texts(_ value: Any?) -> [String] {
        if let list = value as? [Any] { return list.flatMap { texts($0) } }
        if let text = text(value) { return text.split { $0 == "," || $0 == ";" || $0 == "\n" }.map { String($0).trimmedText }.filter { !$0.isEmpty } }
        if let name = text(field(value, "name")) { return [name] }
        return []
    }

    static func field(_ value: Any?, _ key: String) -> Any? { (value as? [String: Any])?[key] }

    static func number(_ value: Any?) -> Int? {
        if let number = value as? Int { return number }
        if let number = value as? Double, number.isFinite, abs(number) < 1e6 { return Int(number) }
        if let text = value as? String { return Int(text.trimmedText) }
        return nil
    }

    /// The text the parser reads: title, description, skills, experience and education, a line each.
    var text: String {
        ([title, description] + skills.map { Optional($0) } + [experienceText, education]).compactMap { $0 }.joined(separator: "\n")
    }
}

extension String {
    var trimmedText: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

extension JobPosting {
    /// The JobPosting properties the importer reads (RecordKind `postings`): `@type` and `title` required.
    static let keys: [(name: String, required: Bool)] = [
        ("@type", true), ("title", true), ("description", false), ("skills", false), ("qualifications", false),
        ("experienceRequirements", false), ("educationRequirements", false), ("employmentType", false),
        ("hiringOrganization", true), ("jobLocation", false), ("totalJobOpenings", false), ("identifier", false),
    ]
}
