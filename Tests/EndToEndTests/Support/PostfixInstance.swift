import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private Postfix started for one test: its own config, queue and data directories under a scratch directory,
/// smtpd on 127.0.0.1 at a high port, and every message delivered by a pipe transport to `out/QUEUEID.eml`.
final class PostfixInstance {
    let root: ScratchDirectory
    let port: Int
    var configDirectory: String { root.path + "/etc" }
    var queueDirectory: String { root.path + "/queue" }
    var outDirectory: String { root.path + "/out" }
    var logFile: String { root.path + "/maillog" }
    private var started = false

    /// - Parameters:
    ///   - milterSocket: the notifyguard socket Postfix connects to (`unix:/path`).
    ///   - defaultAction: Postfix `milter_default_action` when the milter is unreachable.
    init(milterSocket: String, defaultAction: String = "accept") throws {
        root = try ScratchDirectory(prefix: "ng-postfix")
        port = try Environment.freePort()
        for dir in ["etc", "queue", "data", "out"] {
            try FileManager.default.createDirectory(atPath: root.path + "/" + dir, withIntermediateDirectories: true)
        }
        chmod(outDirectory, 0o1777)
        guard let postfixUser = getpwnam("postfix") else { throw HarnessError("no postfix user") }
        chown(root.path + "/data", postfixUser.pointee.pw_uid, postfixUser.pointee.pw_gid)
        try root.write("deliver.sh", "#!/bin/sh\nexec cat > \"\(outDirectory)/$1.eml\"\n", mode: 0o755)
        try root.write("etc/main.cf", mainCF(milterSocket: milterSocket, defaultAction: defaultAction))
        try root.write("etc/master.cf", masterCF())
    }

    private func mainCF(milterSocket: String, defaultAction: String) -> String {
        """
        compatibility_level = 3.6
        queue_directory = \(queueDirectory)
        data_directory = \(root.path)/data
        mail_owner = postfix
        setgid_group = postdrop
        myhostname = mx.notifyguard.test
        mydomain = notifyguard.test
        mydestination =
        inet_interfaces = 127.0.0.1
        inet_protocols = ipv4
        mynetworks = 127.0.0.0/8
        smtpd_relay_restrictions = permit_mynetworks, reject
        default_transport = filesink
        local_transport = filesink
        relay_transport = filesink
        alias_maps =
        alias_database =
        maillog_file = \(logFile)
        maillog_file_prefixes = \(root.path)
        smtputf8_enable = no
        biff = no
        smtpd_milters = \(milterSocket)
        non_smtpd_milters = \(milterSocket)
        milter_default_action = \(defaultAction)
        milter_protocol = 6
        milter_connect_timeout = 5s
        milter_mail_macros = i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}

        """
    }

    private func masterCF() -> String {
        let services = [
            "127.0.0.1:\(port) inet n - n - - smtpd",
            "pickup unix n - n 60 1 pickup",
            "cleanup unix n - n - 0 cleanup",
            "qmgr unix n - n 300 1 qmgr",
            "rewrite unix - - n - - trivial-rewrite",
            "bounce unix - - n - 0 bounce",
            "defer unix - - n - 0 bounce",
            "trace unix - - n - 0 bounce",
            "verify unix - - n - 1 verify",
            "flush unix n - n 1000? 0 flush",
            "proxymap unix - - n - - proxymap",
            "showq unix n - n - - showq",
            "error unix - - n - - error",
            "retry unix - - n - - error",
            "discard unix - - n - - discard",
            "anvil unix - - n - 1 anvil",
            "scache unix - - n - 1 scache",
            "postlog unix-dgram n - n - 1 postlogd",
            "filesink unix - n n - - pipe user=nobody argv=\(root.path)/deliver.sh ${queue_id}",
        ]
        return services.joined(separator: "\n") + "\n"
    }

    func start() throws {
        let (status, output) = try Environment.run("/usr/sbin/postfix", ["-c", configDirectory, "start"])
        guard status == 0 else { throw HarnessError("postfix start failed (\(status)): \(output) \(log())") }
        started = true
        try Environment.waitUntil("postfix smtpd on port \(port)") { (try? SMTPClient(port: port))?.quit() != nil }
    }

    func stop() {
        guard started else { return }
        started = false
        _ = try? Environment.run("/usr/sbin/postfix", ["-c", configDirectory, "stop"])
        // Bounded wait for master to go; then make sure nothing of this instance survives.
        let pidFile = queueDirectory + "/pid/master.pid"
        let pid = (try? String(contentsOfFile: pidFile, encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if let pid {
            try? Environment.waitUntil(timeout: 10, "postfix master to exit") { kill(pid, 0) != 0 }
            if kill(pid, 0) == 0 {
                _ = try? Environment.run("/usr/sbin/postfix", ["-c", configDirectory, "abort"])
                kill(pid, SIGKILL)
            }
        }
    }

    func remove() {
        stop()
        root.remove()
    }

    func log() -> String {
        (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
    }

    /// Queue ids of messages on hold (quarantined).
    func heldMessages() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: queueDirectory + "/hold")) ?? []
    }

    /// The delivered copy of `queueID`, waiting until the pipe transport has written it completely.
    func delivered(_ queueID: String, timeout: TimeInterval = 20) throws -> String {
        let path = "\(outDirectory)/\(queueID).eml"
        // The pipe transport logs status=sent only after deliver.sh has exited, so the file is complete then.
        try Environment.waitUntil(timeout: timeout, "delivery of \(queueID)") {
            log().split(separator: "\n").contains { $0.contains("\(queueID): to=") && $0.contains("status=sent") }
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
