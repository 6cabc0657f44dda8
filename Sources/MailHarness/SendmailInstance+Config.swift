import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension SendmailInstance {
    /// Writes the instance's files: `sendmail.mc` and the `sendmail.cf` m4 builds from it, the delivery program, the
    /// SASL config and database, and what the private namespace mounts.
    func writeFiles(milterConfiguration: String) throws {
        for dir in ["queue", "out", "sasl", "etc"] {
            try FileManager.default.createDirectory(atPath: root.path + "/" + dir, withIntermediateDirectories: true)
        }
        chmod(queueDirectory, 0o700)
        // Sendmail runs delivery programs as its DefaultUser (daemon), not root.
        chmod(outDirectory, 0o1777)
        try root.write(
            "deliver.sh",
            """
            #!/bin/sh
            # The filesink mailer: $1 is the queue id, the message is on stdin; renamed into place when complete.
            cat > "\(outDirectory)/$1.tmp" && exec mv "\(outDirectory)/$1.tmp" "\(outDirectory)/$1.eml"

            """, mode: 0o755)
        try root.write("sendmail.mc", mc(milterConfiguration: milterConfiguration))
        let m4 = Environment.which("m4") ?? "/usr/bin/m4"
        let cfDirectory = SendmailInstallation.cfDirectory
        let (status, cf) = try SendmailInstallation.run(
            [m4, "-D_CF_DIR_=\(cfDirectory)/", "\(cfDirectory)/m4/cf.m4", root.path + "/sendmail.mc"])
        guard status == 0, cf.contains("O QueueDirectory=\(queueDirectory)") else {
            throw HarnessError("m4 could not build sendmail.cf (\(status)): \(cf.suffix(2000))")
        }
        try root.write("sendmail.cf", cf)
        try writeSASL()
        try writeNamespaceFiles()
    }

    /// The `sendmail.mc`: everything in the scratch directory, no DNS (the namespace's resolver is 127.0.0.1 and
    /// hosts come from files), SMTP AUTH PLAIN, and every recipient routed to the filesink mailer.
    private func mc(milterConfiguration: String) -> String {
        let dir = root.path
        return """
            divert(-1)
            # A private Sendmail for notifyguard's end-to-end tests, written by MailHarness.SendmailInstance.
            divert(0)dnl
            OSTYPE(`linux')dnl
            define(`confDOMAIN_NAME', `\(Self.hostName)')dnl
            define(`QUEUE_DIR', `\(queueDirectory)')dnl
            define(`confPID_FILE', `\(dir)/sendmail.pid')dnl
            define(`STATUS_FILE', `\(dir)/statistics')dnl
            define(`ALIAS_FILE', `')dnl
            define(`HELP_FILE', `\(dir)/helpfile')dnl
            define(`confCW_FILE', `-o \(dir)/local-host-names')dnl
            define(`confCT_FILE', `-o \(dir)/trusted-users')dnl
            define(`confSERVICE_SWITCH_FILE', `\(dir)/etc/service.switch')dnl
            define(`confDONT_PROBE_INTERFACES', `True')dnl
            define(`confTO_IDENT', `0s')dnl
            dnl A busy shared build machine must not make Sendmail queue instead of delivering, or refuse connections.
            define(`confQUEUE_LA', `1000')dnl
            define(`confREFUSE_LA', `1000')dnl
            define(`confAUTH_MECHANISMS', `PLAIN')dnl
            TRUST_AUTH_MECH(`PLAIN')dnl
            define(`SMART_HOST', `filesink:notifyguard.test')dnl
            FEATURE(`nocanonify')dnl
            FEATURE(`accept_unresolvable_domains')dnl
            FEATURE(`no_default_msa')dnl
            DAEMON_OPTIONS(`Port=\(port), Addr=127.0.0.1, Name=MTA')dnl
            dnl The milter, as the admin's sendmail.mc declares it:
            \(milterConfiguration)
            MAILER(`local')dnl
            MAILER(`smtp')dnl
            MAILER_DEFINITIONS
            Mfilesink, P=\(dir)/deliver.sh, F=lsDFMmnu, S=EnvFromSMTP/HdrFromSMTP, R=EnvToSMTP,
            \tT=DNS/RFC822/SMTP, A=deliver.sh $i $u

            """
    }

    /// SMTP AUTH: Cyrus SASL reads `Sendmail.conf` from a fixed path (the namespace mounts `sasl/` there), which points
    /// it at a database of our own holding ``authUser``.
    private func writeSASL() throws {
        try root.write(
            "sasl/Sendmail.conf",
            """
            pwcheck_method: auxprop
            auxprop_plugin: sasldb
            sasldb_path: \(root.path)/sasldb2
            mech_list: PLAIN

            """)
        let (status, output) = try SendmailInstallation.run(
            [
                SendmailInstallation.saslpasswd2, "-f", root.path + "/sasldb2", "-p", "-c", "-u", Self.hostName,
                Self.authUser,
            ],
            input: Self.authPassword)
        guard status == 0 else { throw HarnessError("saslpasswd2 failed (\(status)): \(output)") }
    }
}
