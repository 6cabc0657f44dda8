import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The real `notifyguard run` binary, started in the foreground with its log on stderr captured to a file.
final class NotifyGuardProcess {
    let configPath: String
    let socketPath: String
    let logPath: String
    private var process: Process?

    init(directory: ScratchDirectory, config: String) throws {
        configPath = directory.path + "/notifyguard.yaml"
        socketPath = directory.path + "/notifyguard.sock"
        logPath = directory.path + "/notifyguard.log"
        try directory.write("notifyguard.yaml", config)
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else { throw HarnessError("cannot create \(logPath)") }
    }

    var socketSpec: String { "unix:" + socketPath }

    func start() throws {
        let startsBefore = log().components(separatedBy: "notice: started").count
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Environment.notifyguardBinary)
        process.arguments = ["run", "--config", configPath, "--socket", socketSpec, "--log", "stderr"]
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        handle.seekToEndOfFile()
        process.standardError = handle
        process.standardOutput = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        try Environment.waitUntil("notifyguard to listen on \(socketPath)") {
            guard process.isRunning else { throw HarnessError("notifyguard exited: \(log())") }
            return log().components(separatedBy: "notice: started").count > startsBefore
        }
    }

    /// SIGTERM, as systemd stops it; waits (bounded) for a clean exit: status 0 and the "stopped" line.
    func stop() throws {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        try Environment.waitUntil(timeout: 20, "notifyguard to exit") { !process.isRunning }
        self.process = nil
        guard process.terminationReason == .exit, process.terminationStatus == 0, log().contains("notice: stopped") else {
            throw HarnessError("unclean stop: \(process.terminationReason) \(process.terminationStatus)")
        }
    }

    func kill9() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// SIGUSR1: reload the config file.
    func reload() {
        guard let process else { return }
        kill(process.processIdentifier, SIGUSR1)
    }

    var isRunning: Bool { process?.isRunning ?? false }

    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// The verdict line for `queueID`, waiting for it to be written.
    func verdictLine(_ queueID: String) throws -> String {
        var found = ""
        try Environment.waitUntil("verdict line for \(queueID)") {
            found = log().split(separator: "\n").first { $0.contains(": \(queueID): action=") }.map(String.init) ?? ""
            return !found.isEmpty
        }
        return found
    }
}

/// Postfix plus notifyguard, wired over a unix socket, torn down whatever happens in the test body.
struct MailStack {
    let directory: ScratchDirectory
    let notifyguard: NotifyGuardProcess
    let postfix: PostfixInstance

    /// The test config: the shipped defaults with the test MX trusted and a unix socket Postfix can reach.
    static func testConfig(extra: String = "") throws -> String {
        let shipped = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config/notifyguard.yaml"),
            encoding: .utf8)
        return shipped
            .replacingOccurrences(of: "authserv_ids: []", with: "authserv_ids: [mx.notifyguard.test]")
            .replacingOccurrences(of: "socket_mode: \"0660\"", with: "socket_mode: \"0666\"") + extra
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
