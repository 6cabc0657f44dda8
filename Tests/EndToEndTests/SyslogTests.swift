import Foundation
import MailHarness
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// With `--log syslog`, verdict lines reach syslog's socket with facility mail, one datagram per line.
///
/// The daemon runs in a private mount namespace (`unshare -m`) in which `/dev/log` is the test's own datagram
/// socket, bind-mounted over the real one (or, on a machine without one, over a private `/dev`): the machine's
/// syslog is never touched. A thread drains the socket the whole time, so the daemon never blocks in syslog(3),
/// and every wait is bounded.
@Suite(
    .serialized,
    .enabled(
        if: Environment.isRoot && Environment.which("unshare") != nil && Environment.which("mount") != nil
            && Environment.which("miltertest") != nil,
        "needs root, unshare, mount and miltertest"))
struct SyslogTests {
    /// Binds `/dev/log` in the daemon's namespace to `socket`, then execs the daemon ("$@").
    private static let namespaceScript = """
        set -e
        if [ -e /dev/log ] || [ -L /dev/log ]; then
            mount --bind "$NG_LOG_SOCKET" /dev/log
        else
            # No /dev/log to cover: a private /dev holding the real device nodes and the test's socket.
            mkdir "$NG_SCRATCH/dev"
            mount --bind /dev "$NG_SCRATCH/dev"
            mount -t tmpfs -o mode=0755,size=64k notifyguard-test-dev /dev
            for node in null zero full random urandom; do
                if [ -e "$NG_SCRATCH/dev/$node" ]; then touch "/dev/$node"; mount --bind "$NG_SCRATCH/dev/$node" "/dev/$node"; fi
            done
            touch /dev/log
            mount --bind "$NG_LOG_SOCKET" /dev/log
        fi
        exec "$@"
        """

    @Test func verdictLinesGoToSyslogWithFacilityMail() throws {
        let directory = try ScratchDirectory(prefix: "ng-syslog")
        defer { directory.remove() }
        let receiver = try DatagramReceiver(path: directory.path + "/log.sock")
        defer { receiver.stop() }

        let configPath = directory.path + "/notifyguard.yaml"
        try MailStack.testConfig().write(toFile: configPath, atomically: true, encoding: .utf8)
        let socketSpec = "unix:\(directory.path)/s.sock"
        let daemon = try ChildProcess(
            executable: try #require(Environment.which("unshare")),
            arguments: [
                "--mount", "--propagation", "private", "--", "/bin/sh", "-c", Self.namespaceScript,
                "notifyguard-syslog-test", Environment.notifyguardBinary, "run", "--config", configPath, "--socket",
                socketSpec, "--log", "syslog",
            ],
            outputPath: directory.path + "/output",
            environment: [
                "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "NG_LOG_SOCKET": receiver.path, "NG_SCRATCH": directory.path,
            ])
        defer { daemon.stop() }
        try Environment.waitUntil(timeout: 30, "started line in syslog") {
            guard daemon.isRunning else {
                let text = (try? String(contentsOfFile: directory.path + "/output", encoding: .utf8)) ?? ""
                throw HarnessError("notifyguard exited (status \(daemon.exitStatus ?? -1)): \(text)")
            }
            return receiver.datagrams.contains { $0.contains("started: socket=") }
        }
        let script = Environment.mailDirectory.appendingPathComponent("sendmail-protocol.lua").path
        let (status, miltertestOutput) = try Environment.run(
            try #require(Environment.which("miltertest")), ["-D", "socket=\(socketSpec)", "-s", script], timeout: 60)
        #expect(status == 0, "\(miltertestOutput)")
        try Environment.waitUntil(timeout: 15, "verdict lines in syslog") {
            receiver.datagrams.contains { $0.contains("SMQ0005: action=accept") }
        }
        let datagrams = receiver.datagrams
        // <PRI> = facility mail (2) * 8 + severity: info (6) for verdicts, notice (5) for start.
        let tag = try #require(datagrams.first { $0.contains("SMQ0001: action=tag score=4.0") })
        #expect(tag.hasPrefix("<22>"))
        #expect(tag.contains("notifyguard["))
        #expect(try #require(datagrams.first { $0.contains("started: socket=") }).hasPrefix("<21>"))
        #expect(datagrams.filter { $0.contains(": action=") }.count == 4)
        #expect(datagrams.allSatisfy { !$0.dropLast().contains("\n") }, "one line per datagram")
    }
}

/// A unix datagram socket that a thread drains into memory until ``stop()``: syslogd's side of `/dev/log`.
final class DatagramReceiver: Sendable {
    let path: String
    private let fd: Int32
    private let received = Mutex<[String]>([])
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket() failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
        guard bound else {
            close(fd)
            throw HarnessError("bind(\(path)) failed")
        }
        chmod(path, 0o666)
        // Each receive waits at most 200 ms, so the thread sees stop() soon.
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Thread.detachNewThread { [self] in drain() }
    }

    var datagrams: [String] { received.withLock { $0 } }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 8192)
        while !stopping.load(ordering: .relaxed) {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                let text = String(decoding: buffer[0..<count], as: UTF8.self)
                received.withLock { $0.append(text) }
            }
        }
        finished.signal()
    }

    /// Ends the drain (bounded wait) and closes the socket.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        _ = finished.wait(timeout: .now() + 5)
        close(fd)
        unlink(path)
    }
}
