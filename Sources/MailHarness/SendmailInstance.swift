import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private Sendmail 8.17 started for one test: `sendmail -bD` on 127.0.0.1 at a free high port, its own `sendmail.cf`
/// (built with m4 from `sendmail-cf`), queue and quarantine, SMTP AUTH against its own SASL database, and every
/// message delivered to `out/QUEUEID.eml`.
///
/// It runs in private mount, UTS and PID namespaces (see `SendmailInstance+Namespace.swift`): the system's mail setup
/// is never read or changed, and stopping the daemon ends every process it started.
public final class SendmailInstance {
    /// The host name Sendmail announces, `$j`; the test config trusts Authentication-Results from it.
    public static let hostName = "mx.notifyguard.test"
    /// The one SMTP AUTH account (mechanism PLAIN), in the instance's own SASL database.
    public static let authUser = "alice"
    public static let authPassword = "notifyguard-test-secret"

    public let root: ScratchDirectory
    public let port: Int
    public var configFile: String { root.path + "/sendmail.cf" }
    public var queueDirectory: String { root.path + "/queue" }
    public var outDirectory: String { root.path + "/out" }
    /// Sendmail's own stdout and stderr (it logs to syslog, which the namespace points at /dev/null).
    public var outputFile: String { root.path + "/sendmail.out" }
    private var process: Process?

    /// - Parameter milterConfiguration: mc lines declaring the milter, as an admin writes them in `sendmail.mc`
    ///   (`INPUT_MAIL_FILTER(...)` and macro `define`s); inserted verbatim.
    public init(milterConfiguration: String) throws {
        try SendmailInstallation.prepareScratchParent()
        root = try ScratchDirectory(prefix: "ng-sendmail", parent: SendmailInstallation.scratchParent)
        port = try Environment.freePort()
        do {
            try writeFiles(milterConfiguration: milterConfiguration)
        } catch {
            root.remove()
            throw error
        }
    }

    /// Starts `sendmail -bD` (daemon in the foreground) and waits, bounded, until it answers SMTP.
    public func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Environment.which("unshare") ?? "/usr/bin/unshare")
        // --pid --fork: Sendmail is the namespace's first process, so when it exits the kernel ends all it started.
        process.arguments =
            ["--mount", "--uts", "--pid", "--fork", "--kill-child=SIGTERM", "--propagation", "private"]
            + namespaceCommand([SendmailInstallation.sendmail, "-C", configFile, "-bD"])
        guard FileManager.default.createFile(atPath: outputFile, contents: nil) else {
            throw HarnessError("cannot create \(outputFile)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        try Environment.waitUntil("sendmail on port \(port)") {
            guard process.isRunning else { throw HarnessError("sendmail exited: \(output())") }
            return (try? SMTPClient(port: port))?.quit() != nil
        }
    }

    /// SIGTERM to the daemon, then SIGKILL if it has not gone within 10 s; either way its namespace, and every
    /// SMTP session and delivery in it, ends with it.
    public func stop() {
        guard let process else { return }
        self.process = nil
        let daemon = namespaceInit(of: process.processIdentifier)
        if let daemon { kill(daemon, SIGTERM) }
        try? Environment.waitUntil(timeout: 10, "sendmail to exit") { !process.isRunning }
        if process.isRunning {
            if let daemon { kill(daemon, SIGKILL) }
            kill(process.processIdentifier, SIGKILL)
            try? Environment.waitUntil(timeout: 10, "unshare to exit") { !process.isRunning }
        }
    }

    public func remove() {
        stop()
        root.remove()
    }

    public var isRunning: Bool { process?.isRunning ?? false }

    public func output() -> String {
        (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
    }

    /// The process unshare forked into the new PID namespace (Sendmail itself), from /proc.
    private func namespaceInit(of unshare: Int32) -> Int32? {
        let children = try? String(contentsOfFile: "/proc/\(unshare)/task/\(unshare)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// `mailq` with this instance's config and `arguments` (`-qQ`: the quarantine); its output.
    public func mailq(_ arguments: [String] = []) throws -> String {
        try runCommand(SendmailInstallation.mailq, arguments)
    }

    /// `sendmail` with this instance's config and `arguments`, as an admin runs it on the queue (`-qQ -Q -qI ID`
    /// releases a quarantined message, `-q -qI ID` delivers it); its output.
    public func sendmailCommand(_ arguments: [String]) throws -> String {
        try runCommand(SendmailInstallation.sendmail, arguments)
    }

    private func runCommand(_ program: String, _ arguments: [String]) throws -> String {
        let command = namespaceCommand([program, "-C", configFile] + arguments)
        let (status, text) = try SendmailInstallation.run(
            [Environment.which("unshare") ?? "/usr/bin/unshare", "--mount", "--uts", "--propagation", "private"]
                + command)
        let name = URL(fileURLWithPath: program).lastPathComponent
        guard status == 0 else { throw HarnessError("\(name) \(arguments) failed (\(status)): \(text)") }
        return text
    }

    /// The queue id in Sendmail's `250 2.0.0 6B7AbCdE012345 Message accepted for delivery`.
    public static func queueID(_ reply: SMTPClient.Reply) -> String? {
        let words = reply.text.split(separator: " ")
        guard reply.code == 250, words.count >= 3, words[1] == "2.0.0",
            words[2].allSatisfy({ $0.isLetter || $0.isNumber })
        else { return nil }
        return String(words[2])
    }

    /// Waits (bounded) until no message is left in the queue proper (quarantined ones are not counted): a delivery
    /// program has finished before Sendmail removes the queue files it delivered from.
    public func waitUntilQueueIsEmpty(timeout: TimeInterval = 20) throws {
        try Environment.waitUntil(timeout: timeout, "the queue of \(queueDirectory) to empty") {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: queueDirectory)) ?? []
            return !names.contains { $0.hasPrefix("qf") }
        }
    }

    /// Queue ids of the messages delivered so far.
    public func deliveredIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: outDirectory)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The delivered copy of `queueID` as bytes (LF line ends, as Sendmail hands it to a local program), waiting
    /// until the delivery program has renamed it into place complete.
    public func delivered(_ queueID: String, timeout: TimeInterval = 20) throws -> [UInt8] {
        let path = "\(outDirectory)/\(queueID).eml"
        try Environment.waitUntil(timeout: timeout, "delivery of \(queueID)") {
            FileManager.default.fileExists(atPath: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw HarnessError("cannot read \(path)") }
        return Array(data)
    }
}
