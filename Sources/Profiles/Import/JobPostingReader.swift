import Foundation

/// Finds schema.org `JobPosting` objects in a file: JSON-LD (an object, an array, an `@graph`), or an
/// HTML page's `<script type="application/ld+json">` blocks — the way vacancy boards, Enbek.kz among
/// them, embed each posting. Each posting keeps its JSON path (`$[2]`, `script[1] $.@graph[0]`).
struct JobPostingReader {
    let file: String

    /// A posting as found: its JSON object and where it is.
    struct Found {
        var path: String
        var object: [String: Any]
    }

    /// Postings larger than this are not read: a page is a few hundred kilobytes at most.
    static let maximumBytes = 32 << 20

    func read(_ data: Data) -> (postings: [Found], problems: [ImportProblem]) {
        guard data.count <= Self.maximumBytes else {
            return ([], [ImportProblem(file: file, reason: .invalidJSON(detail: "larger than \(Self.maximumBytes >> 20) MiB"))])
        }
        guard let text = String(data: data, encoding: .utf8) else { return ([], [ImportProblem(file: file, reason: .notUTF8)]) }
        let body = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if body.first == "<" {
            var postings: [Found] = [], problems: [ImportProblem] = []
            for (index, script) in Self.jsonLDScripts(in: String(body)).enumerated() {
                let found = parse(script, prefix: "script[\(index + 1)] $")
                postings += found.postings
                problems += found.problems
            }
            if postings.isEmpty && problems.isEmpty { problems.append(ImportProblem(file: file, reason: .noJobPosting)) }
            return (postings, problems)
        }
        let found = parse(String(body), prefix: "$")
        if found.postings.isEmpty && found.problems.isEmpty { return ([], [ImportProblem(file: file, path: "$", reason: .noJobPosting)]) }
        return found
    }

    private func parse(_ json: String, prefix: String) -> (postings: [Found], problems: [ImportProblem]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "cannot be parsed"
            return ([], [ImportProblem(file: file, path: prefix, reason: .invalidJSON(detail: detail))])
        }
        var postings: [Found] = []
        collect(root, path: prefix, depth: 0, into: &postings)
        return (postings, [])
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
            let attributes = rest[open.upperBound..<tagEnd].lowercased().replacingOccurrences(of: "'", with: "\"")
            guard let close = rest[tagEnd...].range(of: "</script", options: .caseInsensitive) else { break }
            if attributes.contains("application/ld+json") {
                scripts.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            }
            rest = rest[close.upperBound...]
        }
        return scripts
    }
}
