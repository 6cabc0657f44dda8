import Foundation
import MailHarness
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Starting the daemon: early signals, a socket another instance holds, the socket file's fate when the start is
/// refused, what the daemon says when it cannot listen, and descriptors under held connections.
@Suite(.serialized) struct DaemonStartTests {
    private var binary: String { Environment.notifyguardBinary }

    /// SIGUSR1 in the first 50 ms killed the daemon (exit 138): it was blocked only after the config was read.
    /// The config here is a FIFO, so the test knows the daemon is inside `main` reading it when the signals go.
    @Test func aReloadSignalWhileStartingIsKeptForTheReloadThread() throws {
        signal(SIGPIPE, SIG_IGN)
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        let fifo = directory.path + "/notifyguard.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let config = try MailStack.testConfig()
        let run = try DaemonRun(
            binary, ["run", "--config", fifo, "--socket", "unix:\(directory.path)/s.sock", "--log", "stderr"],
            logPath: directory.path + "/log")
        defer { run.stop() }

        /// The FIFO's write end, once the daemon has opened the FIFO to read it.
        func openWriter() throws -> Int32 {
            var writer: Int32 = -1
            try Environment.waitUntil(timeout: 20, "notifyguard to open its config") {
                writer = open(fifo, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
                guard writer >= 0 || run.isRunning else { throw HarnessError("exited: \(run.log())") }
                return writer >= 0
            }
            return writer
        }
        func write(_ text: String, to writer: Int32) throws {
            _ = fcntl(writer, F_SETFL, 0)
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(writer, $0.baseAddress! + offset, bytes.count - offset) }
                guard written > 0 else { throw HarnessError("write to the config FIFO failed: \(run.log())") }
                offset += written
            }
        }

        let writer = try openWriter()
        for _ in 0..<3 { kill(run.pid, SIGUSR1) }
        usleep(300_000)
        let alive = run.isRunning
        #expect(alive, "SIGUSR1 while reading the config killed notifyguard (status \(run.child.exitStatus ?? -1))")
        guard alive else {
            close(writer)
            return
        }
        try write(config, to: writer)
        close(writer)
        try run.waitForStart()
        // The signal was kept pending, not lost: the reload thread takes it and reads the config again.
        try Environment.waitUntil(timeout: 10, "the held SIGUSR1 to start a reload") { run.log().contains("SIGUSR1: reloading config") }
        let again = try openWriter()
        try write(config, to: again)
        close(again)
        try Environment.waitUntil(timeout: 10, "the reload") { run.log().contains("config reloaded from \(fifo)") }
        #expect(run.isRunning)
    }

    /// A second instance unlinked the running one's socket and bound its own, leaving the first unreachable.
    @Test func aSecondInstanceLeavesALiveSocketAlone() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        let first = try NotifyGuardProcess(directory: directory, config: try MailStack.testConfig())
        defer { first.kill9() }
        try first.start()
        var before = stat()
        #expect(stat(first.socketPath, &before) == 0)
        let (status, output) = try Environment.run(
            binary, ["run", "--config", first.configPath, "--socket", first.socketSpec, "--log", "stderr"], timeout: 20)
        #expect(status == 75, "\(output)")
        #expect(output.contains("cannot start: \(first.socketPath) answers: another milter is running on it"), "\(output)")
        var after = stat()
        #expect(stat(first.socketPath, &after) == 0 && after.st_ino == before.st_ino)
        #expect(first.isRunning)
        #expect(MilterProbe.answers(first.socketPath))
    }

    /// A socket left by a crash (nobody accepts on it) is replaced.
    @Test func aStaleSocketIsReplaced() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        let daemon = try NotifyGuardProcess(directory: directory, config: try MailStack.testConfig())
        defer { daemon.kill9() }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in daemon.socketPath.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
        close(fd)
        try #require(bound)
        try daemon.start()
        #expect(MilterProbe.answers(daemon.socketPath))
    }

    /// A failed bind said only "smfi_opensocket failed".
    @Test func aFailedListenSaysWhy() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        try directory.write("notifyguard.yaml", try MailStack.testConfig())
        let spec = "unix:\(directory.path)/missing/s.sock"
        let (status, output) = try Environment.run(
            binary, ["run", "--config", directory.path + "/notifyguard.yaml", "--socket", spec, "--log", "stderr"],
            timeout: 20)
        #expect(status == 75)
        #expect(output.contains("cannot start: cannot listen on \(spec): bind: No such file or directory"), "\(output)")
    }

    /// A start refused over `socket_group` left its socket file behind (and said only "chown failed"). Run as
    /// nobody, the daemon may not give its socket to group root.
    @Test(.enabled(if: Environment.isRoot && Environment.which("setpriv") != nil, "needs root and setpriv"))
    func aStartRefusedOverTheSocketGroupRemovesTheSocket() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        let config = try MailStack.testConfig().replacingOccurrences(of: "  # socket_group: postfix", with: "  socket_group: root")
        #expect(config.contains("socket_group: root"))
        try directory.write("notifyguard.yaml", config)
        let sockets = directory.path + "/run"
        try FileManager.default.createDirectory(atPath: sockets, withIntermediateDirectories: false)
        chmod(sockets, 0o777)
        let (status, output) = try Environment.run(
            try #require(Environment.which("setpriv")),
            [
                "--reuid=65534", "--regid=65534", "--clear-groups", "--", binary, "run", "--config",
                directory.path + "/notifyguard.yaml", "--socket", "unix:\(sockets)/s.sock", "--log", "stderr",
            ], timeout: 20)
        #expect(status == 75, "\(output)")
        #expect(output.contains("socket \(sockets)/s.sock: cannot give it group 0: Operation not permitted"), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: sockets + "/s.sock"))
    }

    /// With a low soft limit on descriptors and connections held open, accept() failed with EMFILE and libmilter
    /// retried at once: 100% CPU, and no new connection was served. The daemon now raises its soft limit to the
    /// hard one at start.
    @Test(.enabled(if: Environment.which("prlimit") != nil, "needs prlimit (util-linux)"))
    func heldConnectionsDoNotStarveTheDaemon() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        try directory.write("notifyguard.yaml", try MailStack.testConfig())
        let socketPath = directory.path + "/s.sock"
        let run = try DaemonRun(
            try #require(Environment.which("prlimit")),
            [
                "--nofile=64:4096", "--", binary, "run", "--config", directory.path + "/notifyguard.yaml", "--socket",
                "unix:" + socketPath, "--log", "stderr",
            ], logPath: directory.path + "/log")
        defer { run.stop() }
        try run.waitForStart()
        let limits = (try? String(contentsOfFile: "/proc/\(run.pid)/limits", encoding: .utf8)) ?? ""
        let openFiles = limits.split(separator: "\n").first { $0.hasPrefix("Max open files") }
        #expect(openFiles?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first == "4096", "\(limits)")

        var held: [Int32] = []
        defer { held.forEach { close($0) } }
        for _ in 0..<150 {
            guard let fd = MilterProbe.connect(socketPath) else { break }
            held.append(fd)
        }
        #expect(held.count == 150)
        usleep(500_000)
        let cpuBefore = try #require(run.cpuSeconds())
        usleep(2_000_000)
        let cpuAfter = try #require(run.cpuSeconds())
        #expect(cpuAfter - cpuBefore < 0.5, "notifyguard used \(cpuAfter - cpuBefore) s of CPU in 2 s with held connections")
        #expect(MilterProbe.answers(socketPath), "a new connection was not served: \(run.log())")
        #expect(run.isRunning)
    }

    /// What libmilter allows: `milter.timeout` (smfi_settimeout) bounds each read of a packet, so a connection that
    /// sends half a packet and stops is dropped after it, and other connections are served meanwhile. (A connection
    /// that sends nothing at all waits in libmilter's poll set until its sweep, every 600 s: not settable.)
    @Test func aHalfSentPacketIsDroppedAfterTheTimeout() throws {
        let directory = try ScratchDirectory(prefix: "ng-start")
        defer { directory.remove() }
        let config = try MailStack.testConfig().replacingOccurrences(of: "  timeout: 60 ", with: "  timeout: 2 ")
        #expect(config.contains("  timeout: 2 "))
        let daemon = try NotifyGuardProcess(directory: directory, config: config)
        defer { daemon.kill9() }
        try daemon.start()
        let fd = try #require(MilterProbe.connect(daemon.socketPath, timeoutSeconds: 15))
        defer { close(fd) }
        let half: [UInt8] = [0, 0, 0, 13, UInt8(ascii: "O"), 0, 0]
        #expect(half.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == half.count)
        let started = Date()
        #expect(MilterProbe.answers(daemon.socketPath, timeoutSeconds: 5), "a new connection waited on the stalled one")
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, 0)
        let waited = Date().timeIntervalSince(started)
        #expect(count == 0, "the daemon should close the stalled connection")
        #expect(waited > 1 && waited < 10, "closed after \(waited) s")
    }
}
