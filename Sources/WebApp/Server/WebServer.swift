import Foundation
import Guidance
import Hummingbird
import Logging
import Profiles

/// The web product: one Hummingbird application over one `MatchEngine`, its routes added by one
/// controller per role, behind the session, error-page and CSRF middleware.
public struct WebServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// Set when a TLS-terminating proxy serves the app: cookies are then marked Secure.
        public var secureCookies: Bool
        /// The `Data/` folder (for the questionnaire's item bank).
        public var dataDirectory: URL

        public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, dataDirectory: URL) {
            self.host = host
            self.port = port
            self.secureCookies = secureCookies
            self.dataDirectory = dataDirectory
        }
    }

    public let engine: MatchEngine
    public let configuration: Configuration
    let pages: Pages
    let bank: ItemBank
    let throttle = LoginThrottle()

    public init(engine: MatchEngine, configuration: Configuration) async throws {
        self.engine = engine
        self.configuration = configuration
        pages = try await Pages.load()
        bank = try ItemBank.load(from: configuration.dataDirectory)
    }

    /// Every route, for the application and for the tests that check each against the API document.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SessionMiddleware(store: engine.store))
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        router.add(middleware: CSRFMiddleware())
        AuthController(server: self).addRoutes(to: router.group())
        PupilController(server: self).addRoutes(to: router.group("pupil"))
        CounsellorController(server: self).addRoutes(to: router.group("counsellor"))
        EmployerController(server: self).addRoutes(to: router.group("employer"))
        DepartmentController(server: self).addRoutes(to: router.group("department"))
        AdminController(server: self).addRoutes(to: router.group("admin"))
        APIController(server: self).addRoutes(to: router.group("api/v1"))
        return router
    }

    public func application(logger: Logger? = nil) -> some ApplicationProtocol {
        return Application(router: router(), configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
                           logger: logger ?? Self.requestLogger)
    }

    /// Info level: one structured line per request (method, path, request id).
    static var requestLogger: Logger {
        var logger = Logger(label: "match-cli.serve")
        logger.logLevel = .info
        return logger
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
    public func run(logger: Logger? = nil, onStarted: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = Application(router: router(), configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
                              onServerRunning: { channel in await onStarted(channel.localAddress?.port ?? 0) },
                              logger: logger ?? Self.requestLogger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    /// The cookie of a new session, or one that ends it (`maxAge: 0`).
    func cookie(_ name: String, _ value: String, maxAge: Int, httpOnly: Bool = true) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: httpOnly, sameSite: .lax)
    }

    /// How long a session lasts.
    static let sessionLength: TimeInterval = 12 * 3600
}
