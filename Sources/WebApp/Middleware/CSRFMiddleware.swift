import HTTPTypes
import Hummingbird
import NIOCore

/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) that does not carry the CSRF token of the
/// session sending it, as the form field `csrf` or the header `X-CSRF-Token`. Before sign-in the token is
/// the one in the `match_csrf` cookie (a double-submit token: another site can send the cookie but not read
/// it). Requests signed with a bearer token carry no cookies, so no other site can forge them.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let visitorCookie = "match_csrf"
    static let formField = "csrf"
    static let header = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method), !context.signedInWithBearerToken else {
            return try await next(request, context)
        }
        var request = request
        let expected = context.session?.csrfToken ?? request.cookies[Self.visitorCookie]?.value ?? ""
        var sent = request.headers[Self.header]
        if sent == nil {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            sent = FormFields(String(buffer: body))[Self.formField]
        }
        guard !expected.isEmpty, let sent, SecretToken.constantTimeEquals(sent, expected) else { throw WebError.csrfRefused }
        return try await next(request, context)
    }
}
