import Foundation
import MailHarness

#if canImport(Glibc)
import Glibc
#endif

/// Raw connections to a milter's unix socket: held open doing nothing, or asking for option negotiation (the first
/// packet an MTA sends) and reading the answer's command byte. Every read has a timeout.
enum MilterProbe {
    /// A connected unix socket, or nil.
    static func connect(_ path: String, timeoutSeconds: Int = 5) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
        guard connected else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Sends SMFIC_OPTNEG (protocol version 6) on `fd` and returns the command byte of the reply ("O" when the
    /// milter negotiated), or nil when nothing came within the socket's timeout.
    static func negotiate(_ fd: Int32) -> UInt8? {
        var packet: [UInt8] = [0, 0, 0, 13, UInt8(ascii: "O")]
        for value: UInt32 in [6, 0x1FF, 0x1F_FFFF] { packet += withUnsafeBytes(of: value.bigEndian, Array.init) }
        guard packet.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == packet.count else {
            return nil
        }
        var header = [UInt8](repeating: 0, count: 5)
        var have = 0
        while have < 5 {
            let count = header.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + have, 5 - have, 0) }
            guard count > 0 else { return nil }
            have += count
        }
        return header[4]
    }

    /// Whether the milter at `path` answers a negotiation on a fresh connection within `timeoutSeconds`.
    static func answers(_ path: String, timeoutSeconds: Int = 5) -> Bool {
        guard let fd = connect(path, timeoutSeconds: timeoutSeconds) else { return false }
        defer { close(fd) }
        return negotiate(fd) == UInt8(ascii: "O")
    }
}

/// A `notifyguard run` (or a wrapper such as prlimit or setpriv that execs it) started by a test in a clean signal
/// state (``ChildProcess``), its output in a file; stopped with SIGTERM, then SIGKILL, each wait bounded.
final class DaemonRun {
    let child: ChildProcess
    let logPath: String

    init(_ executable: String, _ arguments: [String], logPath: String) throws {
        self.logPath = logPath
        child = try ChildProcess(executable: executable, arguments: arguments, outputPath: logPath)
    }

    var pid: Int32 { child.pid }
    var isRunning: Bool { child.isRunning }

    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    func waitForStart() throws {
        try Environment.waitUntil(timeout: 30, "notifyguard to start") {
            guard child.isRunning else { throw HarnessError("exited (status \(child.exitStatus ?? -1)): \(log())") }
            return log().contains("notice: started")
        }
    }

    func stop() {
        child.stop()
    }

    /// CPU seconds (user + system) the process has used, from /proc/PID/stat.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        // After the command: state is field 3, utime 14 and stime 15 (1-based, counting pid and comm).
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
