import Foundation
import MailHarness
import Testing

/// The Sendmail side of the milter protocol, played by Debian's `miltertest` against the real daemon.
@Suite(.enabled(if: Environment.which("miltertest") != nil, "needs Debian's miltertest package"))
struct SendmailProtocolTests {
    @Test func everyActionOverTheSendmailProtocol() throws {
        let directory = try ScratchDirectory(prefix: "ng-mt")
        defer { directory.remove() }
        let daemon = try NotifyGuardProcess(directory: directory, config: try MailStack.testConfig())
        defer { daemon.kill9() }
        try daemon.start()
        let script = Environment.mailDirectory.appendingPathComponent("sendmail-protocol.lua").path
        let (status, output) = try Environment.run(
            try #require(Environment.which("miltertest")), ["-D", "socket=\(daemon.socketSpec)", "-s", script])
        #expect(status == 0, "\(output)")
        #expect(output.contains("sendmail protocol: all checks passed"))
        let log = daemon.log()
        #expect(log.contains("SMQ0001: action=tag"))
        #expect(log.contains("SMQ0003: action=quarantine"))
        #expect(log.contains("SMQ0004: action=reject"))
        #expect(log.contains("SMQ0005: action=accept score=0.0 profile=none from=<alice@example.com>"))
        #expect(!log.contains("SMQ0002"))
        #expect(!log.contains("aborted@example.com"))
    }
}
