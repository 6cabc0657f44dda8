import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private Postfix started for one test or benchmark: its own config, queue and data directories under a scratch
/// directory and smtpd on 127.0.0.1 at a high port. Tests deliver every message by a pipe transport to
/// `out/QUEUEID.eml`; the benchmark delivers to Postfix's discard transport so that it measures smtpd and the milter.
public final class PostfixInstance {
    /// Where queued mail goes.
    public enum Delivery: Sendable {
        /// A pipe transport writing each message to `out/QUEUEID.eml` (for tests that read what was delivered).
        case files
        /// Postfix's `discard` transport: the cheapest sink, for measurements.
        case discard
    }

    public let root: ScratchDirectory
    public let port: Int
    public var configDirectory: String { root.path + "/etc" }
    public var queueDirectory: String { root.path + "/queue" }
    public var outDirectory: String { root.path + "/out" }
    public var logFile: String { root.path + "/maillog" }
    private var started = false

    /// - Parameters:
    ///   - milterSocket: the milter socket Postfix connects to (`unix:/path`); nil runs Postfix without a milter.
    ///   - defaultAction: Postfix `milter_default_action` when the milter is unreachable.
    ///   - delivery: where queued mail goes.
    ///   - processLimit: Postfix `default_process_limit`, the most concurrent smtpd (and cleanup) processes.
    public init(
        milterSocket: String?, defaultAction: String = "accept", delivery: Delivery = .files, processLimit: Int = 100
    ) throws {
        root = try ScratchDirectory(prefix: "ng-postfix")
        port = try Environment.freePort()
        for dir in ["etc", "queue", "data", "out"] {
            try FileManager.default.createDirectory(atPath: root.path + "/" + dir, withIntermediateDirectories: true)
        }
        chmod(outDirectory, 0o1777)
        guard let postfixUser = getpwnam("postfix") else { throw HarnessError("no postfix user") }
        chown(root.path + "/data", postfixUser.pointee.pw_uid, postfixUser.pointee.pw_gid)
        try root.write("deliver.sh", "#!/bin/sh\nexec cat > \"\(outDirectory)/$1.eml\"\n", mode: 0o755)
        try root.write(
            "etc/main.cf",
            mainCF(milterSocket: milterSocket, defaultAction: defaultAction, delivery: delivery, processLimit: processLimit))
        try root.write("etc/master.cf", masterCF())
    }

    private func mainCF(milterSocket: String?, defaultAction: String, delivery: Delivery, processLimit: Int) -> String {
        let transport = delivery == .files ? "filesink" : "discard"
        var lines = """
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
            default_transport = \(transport)
            local_transport = \(transport)
            relay_transport = \(transport)
            alias_maps =
            alias_database =
            maillog_file = \(logFile)
            maillog_file_prefixes = \(root.path)
            smtputf8_enable = no
            biff = no
            default_process_limit = \(processLimit)

            """
        if delivery == .discard {
            // Measurements: no pause when arrivals outrun deliveries, and room for the corpus' largest messages.
            lines += "in_flow_delay = 0s\nmessage_size_limit = 52428800\n"
        }
        if let milterSocket {
            lines += """
                smtpd_milters = \(milterSocket)
                non_smtpd_milters = \(milterSocket)
                milter_default_action = \(defaultAction)
                milter_protocol = 6
                milter_connect_timeout = 5s
                milter_mail_macros = i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}

                """
        }
        return lines
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

    public func start() throws {
        let (status, output) = try Environment.run("/usr/sbin/postfix", ["-c", configDirectory, "start"])
        guard status == 0 else { throw HarnessError("postfix start failed (\(status)): \(output) \(log())") }
        started = true
        try Environment.waitUntil("postfix smtpd on port \(port)") { (try? SMTPClient(port: port))?.quit() != nil }
    }

    public func stop() {
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

    public func remove() {
        stop()
        root.remove()
    }

    public func log() -> String {
        (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
    }

    /// Messages still waiting for delivery (incoming, active and deferred queues); a benchmark waits for zero
    /// between rounds so that one round's deliveries are not billed to the next.
    public func queuedMessageCount() -> Int {
        var count = 0
        for queue in ["maildrop", "incoming", "active", "deferred"] {
            let enumerator = FileManager.default.enumerator(atPath: queueDirectory + "/" + queue)
            while let name = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = queueDirectory + "/" + queue + "/" + name
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    count += 1
                }
            }
        }
        return count
    }

    /// Queue ids of messages on hold (quarantined).
    public func heldMessages() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: queueDirectory + "/hold")) ?? []
    }

    /// The delivered copy of `queueID`, waiting until the pipe transport has written it completely.
    public func delivered(_ queueID: String, timeout: TimeInterval = 20) throws -> String {
        let path = "\(outDirectory)/\(queueID).eml"
        // The pipe transport logs status=sent only after deliver.sh has exited, so the file is complete then.
        try Environment.waitUntil(timeout: timeout, "delivery of \(queueID)") {
            log().split(separator: "\n").contains { $0.contains("\(queueID): to=") && $0.contains("status=sent") }
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
