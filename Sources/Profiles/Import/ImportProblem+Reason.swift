extension ImportProblem {
    /// Why a record, file or header is invalid, with the data of the message kept apart so the command
    /// line can say it in the reader's language. `description` is the English text.
    public enum Reason: Sendable, Hashable, Codable, CustomStringConvertible {
        /// A quantity an out-of-range or malformed number stands for.
        public enum Quantity: String, Sendable, Hashable, Codable, CaseIterable {
            case grade, score, level, seats, importance
            /// A questionnaire answer on the sheet's 1–5 scale.
            case answer
            case seconds
        }

        // MARK: Files
        case cannotRead
        /// A folder, device, named pipe or socket given as a file to import.
        case notARegularFile(FileKind)
        case cannotTellKind
        case emptyCSV
        case emptyJSON
        case notUTF8
        /// A quoted CSV field whose closing quote never comes: the file ends inside it.
        case unclosedQuote
        /// Text between a CSV field's closing quote and the next separator (`"abc"def`).
        case textAfterClosingQuote
        /// Where a JSON file stops being JSON, and what was expected there.
        case invalidJSON(JSONSyntax)
        /// A field longer than `ImportLimits.fieldBytes`.
        case fieldTooLong(limit: Int)
        /// A record longer than `ImportLimits.recordBytes`.
        case recordTooLong(limit: Int)
        case expectedRecordArray
        case expectedKey(RecordKind)
        case expectedObject

        // MARK: Headers and keys
        case duplicateColumn
        case emptyColumnName
        case duplicateKey
        case missingRequiredColumn
        /// A column (CSV) or key (JSON) the kind does not have.
        case unknownField(isKey: Bool, kind: RecordKind, expected: [String])
        case columnCount(expected: Int, found: Int)
        case nulByte

        // MARK: Values
        case required
        case expectedSingleValue(notAnObject: Bool)
        case invalidID
        case duplicateID
        case notWholeNumber(Quantity?)
        case notFiniteNumber(Quantity?)
        /// Bounds as written in the message (`1`, `0.0`).
        case outOfRange(Quantity?, lower: String, upper: String)
        case expectedOneOf([String])
        case expectedYesNo
        /// An id or name that no record of `kind` has, with the closest known ones.
        case unknownReference(RecordKind, suggestions: [String])
        /// A name that several records of `kind` share ("сварка": the welding skills), best first: the
        /// person picks one.
        case namesSeveral(RecordKind, candidates: [String])
        case unknownItemKey(expected: [String])
        case tooManyParts(expected: [String])
        case itemNeedsParts([String])
        case listedTwice
        /// A town that no college or enterprise of the student's region is in, with the region's towns
        /// closest to it.
        case unknownTown(region: String, suggestions: [String])
        case ambiguousSkillName(name: String, first: String, second: String)

        // MARK: Rules of a kind
        case gradeOutOfSchoolRange(lower: Int, upper: Int)
        case courseOutOfCollegeRange(lower: Int, upper: Int)
        case expectedRIASECLetter
        case missingRIASECScores
        case evidenceNotOneOf([String])
        case expectedLanguage
        case consentRequired
        /// A birth year that makes the person older or younger than their stage allows.
        case implausibleAge(stage: Stage, lowest: Int, highest: Int, year: Int, age: Int)
        case colonInName
        case invalidSpecialtyCode
        case invalidSpecialtyID
        case codeDiffersFromID(String)
        case codeRequiredForCodeID
        case confirmedWithoutCode
        case expectedMustFlag
        case invalidRIASECCode
        /// A pupil's school that is in another region than the pupil.
        case schoolInOtherRegion(region: String)
        case classWithoutSchool
        case classNameLength(maximum: Int)
        /// A counsellor's file naming another school than theirs (or none).
        case notTheImportersSchool(String)
        /// A counsellor's file with the id of a student stored for another school.
        case studentOfAnotherSchool
        /// Answer sheets, but the questionnaire's item bank (Data/questionnaire.json) was not found.
        case noItemBank
        /// An answer to an item that the sheet's form (the short one) does not ask.
        case itemNotInForm(QuestionnaireForm)
        /// A sheet of this form, in a file without columns for these of its items.
        case noColumnsForItems([String])
        /// A sheet printed from another version of the item bank than the one that scores it.
        case otherBankVersion(current: String)

        // MARK: Job postings
        /// A file with no schema.org JobPosting in it.
        case noJobPosting
        /// A posting in which no skill of the taxonomy was found.
        case noSkillsFound

        public var description: String {
            switch self {
            case .cannotRead: "cannot read the file (does it exist?)"
            case .notARegularFile(let kind): "it is \(kind), not a file of records: give the path of a CSV or JSON file"
            case .cannotTellKind: "cannot tell what kind of records this is: name it e.g. students.csv or pass --kind"
            case .emptyCSV: "the file is empty: expected a header row"
            case .emptyJSON: "the file is empty: expected a JSON array of records"
            case .notUTF8: "not UTF-8 (Windows-1251?): save the file as UTF-8, in Excel as \"CSV UTF-8\""
            case .unclosedQuote: "the quoted field that starts here has no closing quote (\"): close it, and write a quote inside a field as \"\""
            case .textAfterClosingQuote: "text after the closing quote of a field: quote the whole field, and write a quote inside it as \"\""
            case .invalidJSON(let syntax): "not valid JSON: \(syntax)"
            case .fieldTooLong(let limit): "the field is longer than \(limit / 1024) KiB, the most a field may hold: is a quote or separator missing?"
            case .recordTooLong(let limit):
                "the record is longer than \(limit / 1024 / 1024) MiB, the most a record may hold: is a quote or separator missing?"
            case .expectedRecordArray: "expected an array of records (or {\"<kind>\": [...]})"
            case .expectedKey(let kind): "expected the key '\(kind.rawValue)'"
            case .expectedObject: "expected an object"
            case .duplicateColumn: "the column appears twice in the header"
            case .emptyColumnName: "the header has an empty column name"
            case .duplicateKey: "the key appears twice in one object"
            case .missingRequiredColumn: "required column missing from the header"
            case let .unknownField(isKey, kind, expected):
                "unknown \(isKey ? "key" : "column") for \(kind.rawValue); expected " + expected.joined(separator: ", ")
            case let .columnCount(expected, found): "expected \(expected) columns as in the header, found \(found)"
            case .nulByte: "contains a NUL byte"
            case .required: "required"
            case .expectedSingleValue(let notAnObject): "expected a single value, not " + (notAnObject ? "an object" : "a list")
            case .invalidID: "ids use lowercase latin letters, digits and '-' (at most 64), e.g. 'mma-welding'"
            case .duplicateID: "the id appears earlier in this file"
            case .notWholeNumber(let quantity): Self.prefix(quantity) + "expected a whole number"
            case .notFiniteNumber(let quantity): Self.prefix(quantity) + "expected a finite number"
            case let .outOfRange(quantity, lower, upper): Self.prefix(quantity) + "must be from \(lower) to \(upper)"
            case .expectedOneOf(let choices): "expected one of: " + choices.joined(separator: ", ")
            case .expectedYesNo: "expected yes or no"
            case let .unknownReference(kind, suggestions): "unknown \(kind.singular)" + Self.didYouMean(suggestions)
            case let .namesSeveral(kind, candidates):
                "names several \(kind.rawValue): pick one of " + candidates.map { "'\($0)'" }.joined(separator: ", ")
            case .unknownItemKey(let expected): "unknown key in item; expected " + expected.joined(separator: ", ")
            case .tooManyParts(let expected): "too many parts; expected " + expected.joined(separator: ":")
            case .itemNeedsParts(let parts): "item needs " + parts.joined(separator: ":")
            case .listedTwice: "listed twice"
            case let .unknownTown(region, suggestions):
                "no college or enterprise of region \(region) is in this town" + Self.didYouMean(suggestions)
            case let .ambiguousSkillName(name, first, second): "the name '\(name)' belongs to two skills, '\(first)' and '\(second)'"
            case let .gradeOutOfSchoolRange(lower, upper): "a schoolchild's grade must be from \(lower) to \(upper)"
            case let .courseOutOfCollegeRange(lower, upper): "a college course must be from \(lower) to \(upper)"
            case .expectedRIASECLetter: "expected R, I, A, S, E or C"
            case .missingRIASECScores: "all six RIASEC scores are needed, e.g. R:0.8;I:0.2;A:0.1;S:0.4;E:0.3;C:0.5"
            case .evidenceNotOneOf(let choices): "evidence must be one of: " + choices.joined(separator: ", ")
            case .expectedLanguage: "expected kk, ru or en"
            case .consentRequired: "required for a student who may be under 18 (yes or no)"
            case let .implausibleAge(stage, lowest, highest, year, age):
                switch stage {
                case .school(let grade):
                    "a pupil in grade \(grade) is \(lowest)–\(highest) in \(year) (6 + grade, ± \(Stage.schoolAgeTolerance) years); born \(year - age) makes \(age)"
                case .college: "a college student is \(lowest)–\(highest) in \(year); born \(year - age) makes \(age)"
                case .graduate: "a graduate is \(lowest)–\(highest) in \(year); born \(year - age) makes \(age)"
                }
            case .colonInName: "names may not contain ':' (it separates parts of list items)"
            case .invalidSpecialtyCode: "a TVET specialty code has 8 digits, e.g. 07150500"
            case .invalidSpecialtyID: "a specialty id is its 8-digit code, or 'x-<name>' where no code is confirmed"
            case .codeDiffersFromID(let id): "differs from the id '\(id)'"
            case .codeRequiredForCodeID: "required when the id is a code"
            case .confirmedWithoutCode: "a specialty without a code cannot be confirmed"
            case .expectedMustFlag: "expected 'must' or nothing as the fourth part"
            case .invalidRIASECCode: "expected 1–3 different letters of R, I, A, S, E, C, strongest first (e.g. RIC)"
            case .noJobPosting: "no schema.org JobPosting found (a JSON-LD object or array, or <script type=\"application/ld+json\"> in HTML)"
            case .noSkillsFound: "no skill of the taxonomy found in the title, description or skills"
            case .schoolInOtherRegion(let region): "the school is in region \(region), not in the student's region"
            case .classWithoutSchool: "a class needs the school column"
            case .classNameLength(let maximum): "a class name has 1 to \(maximum) characters, e.g. 9A"
            case .notTheImportersSchool(let school): "every pupil of this file must be at your school, \(school)"
            case .studentOfAnotherSchool: "a student with this id is stored for another school"
            case .noItemBank: "the questionnaire's items (Data/questionnaire.json) were not found: run from the project folder or set MATCH_DATA"
            case .itemNotInForm(let form): "the \(form.rawValue) form does not ask this item: leave it empty or set form to full"
            case .noColumnsForItems(let items):
                "the file has no column for \(items.count) item\(items.count == 1 ? "" : "s") of this form (\(Self.listed(items)))"
            case .otherBankVersion(let current): "answers to another version of the questionnaire; this one is \(current)"
            }
        }

        private static func prefix(_ quantity: Quantity?) -> String {
            quantity.map { "\($0.rawValue) " } ?? ""
        }

        /// "R02, R04, R06, …": the first items of a list.
        public static func listed(_ items: [String]) -> String {
            items.prefix(6).joined(separator: ", ") + (items.count > 6 ? ", …" : "")
        }

        /// " (did you mean 'a', 'b'?)", or nothing without suggestions.
        private static func didYouMean(_ suggestions: [String]) -> String {
            suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
        }
    }
}

extension RecordKind {
    /// One record of the kind, as messages name it: "skill", "vacancy".
    public var singular: String {
        switch self {
        case .skills: "skill"
        case .subjects: "subject"
        case .regions: "region"
        case .specialties: "specialty"
        case .colleges: "college"
        case .enterprises: "enterprise"
        case .schools: "school"
        case .vacancies: "vacancy"
        case .students: "student"
        case .postings: "posting"
        case .answers: "answer sheet"
        }
    }
}
