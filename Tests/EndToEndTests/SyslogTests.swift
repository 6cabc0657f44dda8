import Foundation
import MailHarness
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// With `--log syslog`, verdict lines reach syslog's socket with facility mail, one datagram per line.
///
/// The test plays syslogd: it binds `/dev/log` itself, so it runs only where no syslog daemon owns that path.
@Suite(
    .serialized,
    .enabled(
        if: Environment.isRoot && !FileManager.default.fileExists(atPath: "/dev/log")
            && Environment.which("miltertest") != nil,
        "needs root, a free /dev/log and miltertest"))
struct SyslogTests {
    @Test func verdictLinesGoToSyslogWithFacilityMail() throws {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        try #require(fd >= 0)
        defer {
            close(fd)
            unlink("/dev/log")
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in "/dev/log".utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
        try #require(bound)
        chmod("/dev/log", 0o666)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        let directory = try ScratchDirectory(prefix: "ng-syslog")
        defer { directory.remove() }
        let config = try MailStack.testConfig()
        let configPath = directory.path + "/notifyguard.yaml"
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        let socketSpec = "unix:\(directory.path)/s.sock"
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: Environment.notifyguardBinary)
        daemon.arguments = ["run", "--config", configPath, "--socket", socketSpec, "--log", "syslog"]
        daemon.standardInput = FileHandle.nullDevice
        try daemon.run()
        defer {
            if daemon.isRunning {
                kill(daemon.processIdentifier, SIGTERM)
                daemon.waitUntilExit()
            }
        }
        var datagrams: [String] = []
        func drain() {
            var buffer = [UInt8](repeating: 0, count: 8192)
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count <= 0 { return }
                datagrams.append(String(decoding: buffer[0..<count], as: UTF8.self))
            }
        }
        try Environment.waitUntil("started line in syslog") {
            drain()
            return datagrams.contains { $0.contains("started: socket=") }
        }
        let script = Environment.mailDirectory.appendingPathComponent("sendmail-protocol.lua").path
        let (status, output) = try Environment.run(
            try #require(Environment.which("miltertest")), ["-D", "socket=\(socketSpec)", "-s", script])
        #expect(status == 0, "\(output)")
        try Environment.waitUntil("verdict lines in syslog") {
            drain()
            return datagrams.contains { $0.contains("SMQ0005: action=accept") }
        }
        // <PRI> = facility mail (2) * 8 + severity: info (6) for verdicts, notice (5) for start.
        let tag = try #require(datagrams.first { $0.contains("SMQ0001: action=tag score=4.0") })
        #expect(tag.hasPrefix("<22>"))
        #expect(tag.contains("notifyguard["))
        #expect(try #require(datagrams.first { $0.contains("started: socket=") }).hasPrefix("<21>"))
        #expect(datagrams.filter { $0.contains(": action=") }.count == 4)
    }
}
