import Foundation
import Guidance
import Hummingbird
import Localization
import Logging
import Profiles

/// Turns every refusal and failure into a page (or, under `/api/`, a JSON body) in the user's language:
/// a visitor is sent to sign in; nothing shows a stack trace or an SQL error, which go to the log only.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let pages: Pages

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return respond(error, request, context)
        } catch let error as HTTPError {
            return respond(error.status == .notFound ? .notFound : .badRequest("\(error.status.code)"), request, context,
                           status: error.status == .notFound ? .notFound : error.status)
        } catch let error as GuidanceError {
            // An unknown id in a URL: the same answer as a record of another organisation.
            context.logger.info("guidance error", metadata: ["error": "\(error)"])
            return respond(.notFound, request, context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            return page(Words(context.language).webServerError, request, context, status: .internalServerError)
        }
    }

    private func respond(_ error: WebError, _ request: Request, _ context: WebContext, status: HTTPResponse.Status? = nil) -> Response {
        let words = Words(context.language)
        let isAPI = request.uri.path.hasPrefix("/api/")
        if error == .signInNeeded, !isAPI {
            return .redirect(to: "/login", type: .found)
        }
        let message = switch error {
        case .signInNeeded: words.webSignInNeeded
        case .forbidden: words.webForbidden
        case .notFound: words.webNotFound
        case .badRequest(let field): words.webBadRequest + (field.isEmpty ? "" : " (\(field))")
        case .unprocessable(let message): message
        case .csrfRefused: words.webCSRFRefused
        case .tooManyAttempts: words.webTooManyAttempts
        }
        let status = status ?? error.status
        if isAPI { return APIResponse.error(message, status: status) }
        return page(message, request, context, status: status)
    }

    private func page(_ message: String, _ request: Request, _ context: WebContext, status: HTTPResponse.Status) -> Response {
        let words = Words(context.language)
        if request.uri.path.hasPrefix("/api/") { return APIResponse.error(message, status: status) }
        return pages.render("error", title: words.webErrorTitle, ["message": message, "back": words.webBack],
                            request: request, context: context, status: status)
    }
}
