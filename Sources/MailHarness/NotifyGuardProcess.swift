import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The real `notifyguard run` binary, started in the foreground with its log on stderr captured to a file.
/// The benchmark also starts its no-op milter through this class: any program that takes a socket spec, prints
/// `notice: started` when it listens and `notice: stopped` when SIGTERM ends it.
public final class NotifyGuardProcess {
    public let configPath: String
    public let socketPath: String
    public let logPath: String
    private let binary: String
    private let arguments: [String]
    private var process: ChildProcess?

    /// - Parameter binary: the `notifyguard` executable; by default the one beside the running binary.
    public init(directory: ScratchDirectory, config: String, binary: String = Environment.notifyguardBinary) throws {
        self.binary = binary
        configPath = directory.path + "/notifyguard.yaml"
        socketPath = directory.path + "/notifyguard.sock"
        logPath = directory.path + "/notifyguard.log"
        arguments = ["run", "--config", configPath, "--socket", "unix:" + socketPath, "--log", "stderr"]
        try directory.write("notifyguard.yaml", config)
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else { throw HarnessError("cannot create \(logPath)") }
    }

    /// Another milter program, run as `program unix:SOCKET extraArguments...` (no config file).
    public init(directory: ScratchDirectory, milterProgram program: String, extraArguments: [String] = []) throws {
        binary = program
        configPath = ""
        socketPath = directory.path + "/milter.sock"
        logPath = directory.path + "/milter.log"
        arguments = ["unix:" + socketPath] + extraArguments
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else { throw HarnessError("cannot create \(logPath)") }
    }

    public var socketSpec: String { "unix:" + socketPath }

    /// The process id while it runs (for /proc/PID/status).
    public var processIdentifier: Int32? { process.flatMap { $0.isRunning ? $0.pid : nil } }

    /// Starts the program in a clean signal state (``ChildProcess``), its output appended to the log.
    public func start() throws {
        let startsBefore = log().components(separatedBy: "notice: started").count
        let process = try ChildProcess(executable: binary, arguments: arguments, outputPath: logPath)
        self.process = process
        try Environment.waitUntil("\(binary) to listen on \(socketPath)") {
            guard process.isRunning else { throw HarnessError("\(binary) exited: \(log())") }
            return log().components(separatedBy: "notice: started").count > startsBefore
        }
    }

    /// SIGTERM, as systemd stops it; waits (bounded) for a clean exit: status 0 and the "stopped" line.
    public func stop() throws {
        guard let process, process.isRunning else { return }
        process.signal(SIGTERM)
        try Environment.waitUntil(timeout: 20, "notifyguard to exit") { !process.isRunning }
        self.process = nil
        guard process.exitStatus == 0, log().contains("notice: stopped") else {
            throw HarnessError("unclean stop: exit status \(process.exitStatus ?? -1)")
        }
    }

    public func kill9() {
        guard let process, process.isRunning else { return }
        process.signal(SIGKILL)
        process.wait(timeout: 20)
        self.process = nil
    }

    /// SIGUSR1: reload the config file.
    public func reload() {
        process?.signal(SIGUSR1)
    }

    public var isRunning: Bool { process?.isRunning ?? false }

    public func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// The verdict line for `queueID`, waiting for it to be written.
    public func verdictLine(_ queueID: String) throws -> String {
        var found = ""
        try Environment.waitUntil("verdict line for \(queueID)") {
            found = log().split(separator: "\n").first { $0.contains(": \(queueID): action=") }.map(String.init) ?? ""
            return !found.isEmpty
        }
        return found
    }
}
