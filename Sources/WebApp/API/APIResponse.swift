import Foundation
import Hummingbird

/// JSON responses of `/api/v1/`: sorted keys, so documents diff and hash stably.
enum APIResponse {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    struct ErrorBody: Encodable { var error: String }

    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        (try? json(ErrorBody(error: message), status: status)) ?? Response(status: status)
    }
}
