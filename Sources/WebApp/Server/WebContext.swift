import Hummingbird
import Profiles

/// What a request carries through the middleware to its handler: who is signed in (if anyone), how, and
/// the language the pages are shown in.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account's session; nil for a visitor.
    public var session: WebSession?
    /// Whether the account signed in with an admin's bearer token (an integration: no cookies, so no CSRF).
    public var signedInWithBearerToken = false
    /// The hash of the session cookie's token, to end the session on signing out.
    public var sessionTokenHash: String?
    public var language: Language = .ru
    /// The client's IP address, for rate-limiting failed sign-ins.
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Form posts and class files: up to 8 MB.
    public var maxUploadSize: Int { 8 * 1024 * 1024 }
}
