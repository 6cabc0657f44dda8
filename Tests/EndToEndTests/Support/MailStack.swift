import Foundation
import MailHarness

extension Environment {
    /// The `.eml` files and miltertest scripts this test target ships as resources.
    static var mailDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Mail")
    }

    static func mail(_ name: String) throws -> String {
        try String(contentsOf: mailDirectory.appendingPathComponent(name), encoding: .utf8)
    }
}

/// Postfix plus notifyguard, wired over a unix socket, torn down whatever happens in the test body.
struct MailStack {
    let directory: ScratchDirectory
    let notifyguard: NotifyGuardProcess
    let postfix: PostfixInstance

    /// The test config: the shipped defaults with the test MX trusted and a unix socket Postfix can reach.
    static func testConfig(extra: String = "") throws -> String {
        let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config")
        let shipped = try String(contentsOf: configDirectory.appendingPathComponent("notifyguard.yaml"), encoding: .utf8)
        return shipped
            // The data and skeleton files stay in the repository; the config is written elsewhere.
            .replacingOccurrences(of: "platforms: platforms.yaml", with: "platforms: \(configDirectory.path)/platforms.yaml")
            .replacingOccurrences(
                of: "lure_topics: lure-topics.yaml", with: "lure_topics: \(configDirectory.path)/lure-topics.yaml")
            .replacingOccurrences(of: "skeletons: [skeletons/", with: "skeletons: [\(configDirectory.path)/skeletons/")
            .replacingOccurrences(of: "authserv_ids: []", with: "authserv_ids: [mx.notifyguard.test]")
            .replacingOccurrences(of: "socket_mode: \"0660\"", with: "socket_mode: \"0666\"")
            // Campaign counts in memory: the tests write nothing under /var/lib.
            .replacingOccurrences(of: "file: /var/lib/notifyguard/campaign.state", with: "file: \"\"") + extra
    }

    static func with<T>(
        config: String? = nil, defaultAction: String = "accept", _ body: (MailStack) throws -> T
    ) throws -> T {
        let directory = try ScratchDirectory(prefix: "ng-e2e")
        defer { directory.remove() }
        let notifyguard = try NotifyGuardProcess(directory: directory, config: config ?? testConfig())
        defer { notifyguard.kill9() }
        try notifyguard.start()
        let postfix = try PostfixInstance(milterSocket: notifyguard.socketSpec, defaultAction: defaultAction)
        defer { postfix.remove() }
        try postfix.start()
        return try body(MailStack(directory: directory, notifyguard: notifyguard, postfix: postfix))
    }

    func client() throws -> SMTPClient { try SMTPClient(port: postfix.port) }

    /// One message in its own SMTP session; returns the reply to the final dot.
    func submit(_ message: String, from: String = "sender@example.com", to: String = "rcpt@example.org") throws
        -> SMTPClient.Reply
    {
        let client = try client()
        defer { client.quit() }
        return try client.send(from: from, to: [to], message: message)
    }

    /// Submits a message that Postfix must queue; returns its queue id.
    func submitQueued(_ message: String, from: String = "sender@example.com", to: String = "rcpt@example.org") throws
        -> String
    {
        let reply = try submit(message, from: from, to: to)
        guard let id = SMTPClient.queueID(reply) else { throw HarnessError("not queued: \(reply)") }
        return id
    }
}
