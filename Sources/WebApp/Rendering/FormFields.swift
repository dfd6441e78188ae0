import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body or a query string. A name given several
/// times (checkboxes, repeated rows) keeps every value, in order.
struct FormFields: Sendable {
    private(set) var values: [String: [String]] = [:]

    init(_ encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]), value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// The first value of the field, or nil.
    subscript(name: String) -> String? { values[name]?.first }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The trimmed value, or `WebError.badRequest` naming the field when it is missing or empty.
    func required(_ name: String) throws(WebError) -> String {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { throw .badRequest(name) }
        return value
    }

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
    }

    /// The body of a form post.
    static func of(_ request: Request, _ context: WebContext) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
    }
}
