import Foundation
import MailHarness

/// Sendmail plus notifyguard, wired over a unix socket the way the README's "Attaching to Sendmail" section says,
/// torn down whatever happens in the test body.
struct SendmailStack {
    let notifyguard: NotifyGuardProcess
    let sendmail: SendmailInstance

    /// The socket the README's mc lines name; tests put the test daemon's socket in its place.
    static let readmeSocket = "unix:/run/notifyguard/notifyguard.sock"

    /// The fenced block of README.md's "## Attaching to Sendmail" section, verbatim.
    static func readmeMilterLines() throws -> String {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
        guard let section = readme.range(of: "\n## Attaching to Sendmail\n"),
            let open = readme.range(of: "```\n", range: section.upperBound..<readme.endIndex),
            let close = readme.range(of: "```\n", range: open.upperBound..<readme.endIndex)
        else { throw HarnessError("README.md has no fenced block under \"## Attaching to Sendmail\"") }
        let block = String(readme[open.upperBound..<close.lowerBound])
        guard !block.contains("\n## ") else { throw HarnessError("the Sendmail block runs into the next section") }
        return block
    }

    /// The README's mc lines for a daemon listening on `socket`, with `edit` applied (tests of other `F=` flags).
    static func milterConfiguration(socket: String, edit: (String) -> String = { $0 }) throws -> String {
        let lines = try readmeMilterLines()
        guard lines.components(separatedBy: readmeSocket).count == 2 else {
            throw HarnessError("the README's Sendmail block should name \(readmeSocket) once:\n\(lines)")
        }
        return edit(lines.replacingOccurrences(of: readmeSocket, with: socket))
    }

    /// - Parameters:
    ///   - config: the notifyguard config (default: the Postfix suite's test config).
    ///   - edit: changes to the README's mc lines, applied after the socket is substituted.
    static func with<T>(
        config: String? = nil, edit: (String) -> String = { $0 }, _ body: (SendmailStack) throws -> T
    ) throws -> T {
        // Below the Sendmail scratch parent: Sendmail refuses a milter socket under the world-writable /tmp.
        let directory = try ScratchDirectory(prefix: "ng-e2e", parent: SendmailInstallation.scratchParent)
        defer { directory.remove() }
        let notifyguard = try NotifyGuardProcess(directory: directory, config: config ?? MailStack.testConfig())
        defer { notifyguard.kill9() }
        try notifyguard.start()
        let sendmail = try SendmailInstance(
            milterConfiguration: try milterConfiguration(socket: notifyguard.socketSpec, edit: edit))
        defer { sendmail.remove() }
        try sendmail.start()
        return try body(SendmailStack(notifyguard: notifyguard, sendmail: sendmail))
    }

    func client() throws -> SMTPClient { try SMTPClient(port: sendmail.port) }

    /// One message in its own SMTP session; returns the reply to the final dot.
    func submit(_ message: String, from: String = "sender@example.com", to: String = "rcpt@example.org") throws
        -> SMTPClient.Reply
    {
        let client = try client()
        defer { client.quit() }
        return try client.send(from: from, to: [to], message: message)
    }

    /// Submits a message that Sendmail must queue; returns its queue id.
    func submitQueued(_ message: String, from: String = "sender@example.com", to: String = "rcpt@example.org") throws
        -> String
    {
        let reply = try submit(message, from: from, to: to)
        guard let id = SendmailInstance.queueID(reply) else { throw HarnessError("not queued: \(reply)") }
        return id
    }

    /// Logs in with SMTP AUTH PLAIN as ``SendmailInstance/authUser``.
    static func authenticate(_ client: SMTPClient) throws {
        let token = Data("\0\(SendmailInstance.authUser)\0\(SendmailInstance.authPassword)".utf8).base64EncodedString()
        let reply = try client.command("AUTH PLAIN \(token)")
        guard reply.code == 235 else { throw HarnessError("AUTH PLAIN: \(reply)") }
    }
}
