import Foundation

/// Finds schema.org `JobPosting` objects in a file: JSON-LD (an object, an array, an `@graph`), or an
/// HTML page's `<script type="application/ld+json">` blocks — the way vacancy boards, Enbek.kz among
/// them, embed each posting. JSON is read by the importer's own `JSONParser` (its limits on depth and
/// sizes, its located syntax errors); each posting keeps its JSON path (`$[2]`, `script[1] $.@graph[0]`).
struct JobPostingReader {
    let file: String

    /// A posting as found: its JSON object and where it is.
    struct Found {
        var path: String
        var object: [String: Any]
    }

    /// Files larger than this are not read: a page is a few hundred kilobytes at most.
    static let maximumBytes = 32 << 20

    func read(path: String) -> (postings: [Found], problems: [ImportProblem]) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.maximumBytes else { return ([], [ImportProblem(file: file, reason: .recordTooLong(limit: Self.maximumBytes))]) }
        guard let data = FileManager.default.contents(atPath: path) else { return ([], [.unreadable(file)]) }
        guard let text = String(data: data, encoding: .utf8) else { return ([], [ImportProblem(file: file, reason: .notUTF8)]) }
        guard text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else {
            let found = parse(path: path, prefix: "")
            if found.postings.isEmpty && found.problems.isEmpty { return ([], [ImportProblem(file: file, path: "$", reason: .noJobPosting)]) }
            return found
        }
        var postings: [Found] = [], problems: [ImportProblem] = []
        for (index, script) in Self.jsonLDScripts(in: text).enumerated() {
            // The parser reads files: each script goes through a temporary one, removed at once.
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("match-jsonld-\(UUID().uuidString).json")
            do {
                try Data(script.utf8).write(to: temporary)
            } catch {
                problems.append(.unreadable(file))
                continue
            }
            defer { try? FileManager.default.removeItem(at: temporary) }
            let found = parse(path: temporary.path, prefix: "script[\(index + 1)] ")
            postings += found.postings
            problems += found.problems
        }
        if postings.isEmpty && problems.isEmpty { problems.append(ImportProblem(file: file, reason: .noJobPosting)) }
        return (postings, problems)
    }

    private func parse(path: String, prefix: String) -> (postings: [Found], problems: [ImportProblem]) {
        guard var parser = JSONParser(path: path, file: file) else { return ([], [.unreadable(file)]) }
        func located(_ problem: ImportProblem) -> ImportProblem {
            var problem = problem
            problem.path = prefix + (problem.path ?? "$")
            if !prefix.isEmpty { (problem.line, problem.column) = (nil, nil) }  // lines of the script, not of the page
            return problem
        }
        let root: RawRecord.Value
        do {
            if parser.peek() == 0xEF { for expected: UInt8 in [0xEF, 0xBB, 0xBF] where parser.peek() == expected { parser.advance() } }
            root = try parser.value()
            if parser.skipSpace() != nil { throw parser.unexpected(.endOfFile) }
        } catch let stop as JSONParser.Stop {
            return ([], [located(stop.problem)])
        } catch {
            return ([], [located(ImportProblem(file: file, reason: .cannotRead))])
        }
        let pending = parser.takePending()
        if !pending.isEmpty { return ([], pending.map(located)) }
        var postings: [Found] = []
        collect(Self.plain(root), path: prefix + "$", depth: 0, into: &postings)
        return (postings, [])
    }

    /// The parser's values as Foundation's: text as `String`, lists as arrays, objects as dictionaries.
    private static func plain(_ value: RawRecord.Value) -> Any {
        switch value {
        case .text(let text): text
        case .list(let items): items.map(plain)
        case .object(let fields): fields.mapValues(plain)
        case .null: NSNull()
        }
    }

    /// Postings in arrays and `@graph`s, and the root object itself; objects of other types are skipped.
    private func collect(_ value: Any, path: String, depth: Int, into postings: inout [Found]) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for (index, item) in array.enumerated() { collect(item, path: "\(path)[\(index)]", depth: depth + 1, into: &postings) }
        } else if let object = value as? [String: Any] {
            if Self.isJobPosting(object) {
                postings.append(Found(path: path, object: object))
            } else if let graph = object["@graph"] {
                collect(graph, path: "\(path).@graph", depth: depth + 1, into: &postings)
            }
        }
    }

    static func isJobPosting(_ object: [String: Any]) -> Bool {
        let type = object["@type"]
        if let type = type as? String { return type == "JobPosting" || type.hasSuffix("/JobPosting") }
        if let types = type as? [Any] { return types.contains { ($0 as? String) == "JobPosting" } }
        return false
    }

    /// The contents of every `<script type="application/ld+json">` element, in order.
    static func jsonLDScripts(in html: String) -> [String] {
        var scripts: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<script", options: .caseInsensitive) {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = rest[open.upperBound..<tagEnd].lowercased()
            guard let close = rest[tagEnd...].range(of: "</script", options: .caseInsensitive) else { break }
            if attributes.contains("application/ld+json") {
                scripts.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            }
            rest = rest[close.upperBound...]
        }
        return scripts
    }
}
