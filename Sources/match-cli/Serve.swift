import ArgumentParser
import Foundation
import Guidance
import Localization
import Profiles
import WebApp

extension MatchCLI {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(ui.serveHelp)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(ui.hostOptionHelp))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp(ui.portOptionHelp))
        var port = 8080

        @Flag(help: ArgumentHelp(ui.demoOptionHelp))
        var demo = false

        @Flag(help: ArgumentHelp(ui.secureCookiesOptionHelp))
        var secureCookies = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(ui.portOptionHelp) }
        }

        func run() async throws {
            let engine = try database.engine()
            guard let data = DefaultLocations.dataDirectory else { throw GuidanceError.noDataFolder }
            let server = try await WebServer(engine: engine, configuration: .init(host: host, port: port, secureCookies: secureCookies,
                                                                                  dataDirectory: data))
            let demoResult = demo ? try DemoAccounts.create(in: engine) : nil
            try await server.run { port in
                // The port is known once bound (with --port 0, any free one): the line a script waits for.
                var lines = [ui.webListening("http://\(host):\(port)/")]
                if let demoResult {
                    lines.append(ui.webDemoLogins)
                    lines += demoResult.logins.map { "  \($0.login) / \($0.password)  (\($0.role))" }
                    if let code = demoResult.pupilCode, let pupil = demoResult.pupilID { lines.append("  \(ui.webDemoPupilCode) (\(pupil)): \(code)") }
                }
                print(lines.joined(separator: "\n"))
                _ = StandardStreams.finish()
            }
        }
    }
}
