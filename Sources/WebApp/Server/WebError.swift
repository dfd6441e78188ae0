import HTTPTypes
import Hummingbird

/// Why a request was refused; the error middleware turns each into a page (or JSON) in the user's language.
public enum WebError: Error, Sendable, Equatable {
    /// No one is signed in: pages redirect to sign-in, the API answers 401.
    case signInNeeded
    /// Signed in, but the page is for another role.
    case forbidden
    /// No such record, or one of another organisation (not told apart, so ids cannot be probed).
    case notFound
    case badRequest(String)
    /// A form or API body that the validator refused; the message is in the user's language already.
    case unprocessable(String)
    /// A state-changing request without the session's CSRF token.
    case csrfRefused
    case tooManyAttempts

    var status: HTTPResponse.Status {
        switch self {
        case .signInNeeded: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .unprocessable: .unprocessableContent
        case .csrfRefused: .forbidden
        case .tooManyAttempts: .tooManyRequests
        }
    }
}
