import Foundation
import MailHarness
import Testing

/// The shipped systemd files: the unit verifies clean, sysusers and tmpfiles create what they promise.
@Suite(.enabled(if: Environment.which("systemd-analyze") != nil, "needs systemd's tools"))
struct SystemdUnitTests {
    private var systemdDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("systemd")
    }

    @Test func unitVerifiesClean() throws {
        let directory = try ScratchDirectory(prefix: "ng-unit")
        defer { directory.remove() }
        // verify checks that ExecStart binaries exist: point them at the binary this build produced.
        let unit = try String(contentsOf: systemdDirectory.appendingPathComponent("notifyguard.service"), encoding: .utf8)
        #expect(unit.contains("ExecReload=/bin/kill -USR1 $MAINPID"))
        for setting in ["NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes", "ProtectHome=yes",
            "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "SystemCallFilter=@system-service", "RuntimeDirectory=notifyguard",
            "User=notifyguard"]
        {
            #expect(unit.contains(setting), "missing \(setting)")
        }
        try directory.write(
            "notifyguard.service", unit.replacingOccurrences(of: "/usr/local/bin/notifyguard", with: Environment.notifyguardBinary))
        let (status, output) = try Environment.run(
            try #require(Environment.which("systemd-analyze")), ["verify", directory.path + "/notifyguard.service"])
        #expect(status == 0, "\(output)")
        #expect(!output.contains("notifyguard.service:"), "\(output)")
    }

    @Test func sysusersAndTmpfilesCreateUserAndDirectories() throws {
        let root = try ScratchDirectory(prefix: "ng-root")
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/etc", withIntermediateDirectories: true)
        let sysusers = try #require(Environment.which("systemd-sysusers"))
        let tmpfiles = try #require(Environment.which("systemd-tmpfiles"))
        let (usersStatus, usersOutput) = try Environment.run(
            sysusers, ["--root=\(root.path)", systemdDirectory.appendingPathComponent("notifyguard.sysusers").path])
        #expect(usersStatus == 0, "\(usersOutput)")
        let passwd = try String(contentsOfFile: root.path + "/etc/passwd", encoding: .utf8)
        #expect(passwd.contains("notifyguard:x:"))
        #expect(passwd.contains("/usr/sbin/nologin"))
        let (dirsStatus, dirsOutput) = try Environment.run(
            tmpfiles, ["--create", "--root=\(root.path)", systemdDirectory.appendingPathComponent("notifyguard.tmpfiles").path])
        #expect(dirsStatus == 0, "\(dirsOutput)")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root.path + "/run/notifyguard", isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(FileManager.default.fileExists(atPath: root.path + "/etc/notifyguard"))
    }
}
