import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private `redis-server` (Debian's) on 127.0.0.1 at a free high port, its data in a scratch directory. Durable
/// (the tests): the append-only file is synced on every write, so a SIGKILL loses nothing and a restart resumes the
/// counts; otherwise (the benchmark) synced once a second, as a production Redis usually runs.
public final class RedisServer {
    public let directory: ScratchDirectory
    public let port: Int
    public let durable: Bool
    private var process: Process?

    public static var isAvailable: Bool { Environment.which("redis-server") != nil }

    public init(durable: Bool = true) throws {
        directory = try ScratchDirectory(prefix: "ng-redis")
        port = try Environment.freePort()
        self.durable = durable
    }

    /// The process id while it runs.
    public var processIdentifier: Int32? { process.flatMap { $0.isRunning ? $0.processIdentifier : nil } }

    public var url: String { "redis://127.0.0.1:\(port)/0" }
    public var logPath: String { directory.path + "/redis.log" }

    /// Starts the server and waits (bounded) until it answers PING.
    public func start() throws {
        guard let binary = Environment.which("redis-server") else { throw HarnessError("redis-server is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "--bind", "127.0.0.1", "--port", String(port), "--dir", directory.path, "--daemonize", "no",
            "--save", "", "--appendonly", "yes", "--appendfsync", durable ? "always" : "everysec", "--logfile", logPath,
            "--protected-mode", "yes", "--databases", "4",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        try Environment.waitUntil("redis-server to answer on port \(port)") {
            guard process.isRunning else { throw HarnessError("redis-server exited: \(log())") }
            return ping()
        }
    }

    public var isRunning: Bool { process?.isRunning ?? false }

    /// SIGKILL, as a crash: no shutdown, no save.
    public func kill9() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// The SHUTDOWN command, waiting (bounded) for the exit; SIGKILL if it doesn't come. (Not SIGTERM: a child
    /// started from a test's worker thread inherits its blocked signals.)
    public func stop() {
        guard let process, process.isRunning else { return }
        _ = try? command(["SHUTDOWN"])
        try? Environment.waitUntil(timeout: 5, "redis-server to exit") { !process.isRunning }
        kill9()
        self.process = nil
    }

    /// Stops the server and removes its directory.
    public func remove() {
        stop()
        directory.remove()
    }

    public func log() -> String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// One PING over a fresh connection, with a one-second bound on every step.
    public func ping() -> Bool {
        (try? command(["PING"])) == "+PONG"
    }

    /// Sends one command and returns the first line of the reply (enough for the harness's checks).
    public func command(_ arguments: [String]) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket() failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HarnessError("connect to redis failed") }
        var request = "*\(arguments.count)\r\n"
        for argument in arguments { request += "$\(argument.utf8.count)\r\n\(argument)\r\n" }
        _ = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var reply = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &reply, reply.count, 0)
        guard count > 0 else { throw HarnessError("no reply from redis") }
        return String(decoding: reply[0..<count], as: UTF8.self).components(separatedBy: "\r\n").first ?? ""
    }
}
