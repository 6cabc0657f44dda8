import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The Sendmail 8.17 that `scripts/install-deps` unpacks (never installs: Debian's `sendmail-bin` conflicts with
/// `postfix`) from Debian's `sendmail-bin`, `sendmail-base`, `sendmail-cf` and `sasl2-bin` into a cache directory.
public enum SendmailInstallation {
    /// The unpacked tree: `NOTIFYGUARD_SENDMAIL_ROOT`, or where `scripts/install-deps` puts it.
    public static var root: String {
        ProcessInfo.processInfo.environment["NOTIFYGUARD_SENDMAIL_ROOT"] ?? "/var/cache/notifyguard-test/sendmail/root"
    }

    public static var sendmail: String { root + "/usr/libexec/sendmail/sendmail" }
    /// The same binary under the name that makes it list the queue (`mailq` = `sendmail -bp`).
    public static var mailq: String { root + "/usr/libexec/sendmail/mailq" }
    public static var saslpasswd2: String { root + "/usr/sbin/saslpasswd2" }
    /// The m4 sources of `sendmail-cf` (`cf.m4`, `ostype/`, `feature/`, ...).
    public static var cfDirectory: String { root + "/usr/share/sendmail/cf" }

    /// Where test Sendmails keep their scratch directories. Not `/tmp`: Sendmail refuses a milter socket, a SASL
    /// database or an alias file below a world-writable directory, so every component of this path is root's, 0755.
    public static let scratchParent = "/run/notifyguard-test"

    /// A real Sendmail can be started here: root, the unpacked tree, m4 to build its config and unshare for the
    /// private namespaces it runs in.
    public static var isAvailable: Bool {
        let files = [sendmail, mailq, saslpasswd2, cfDirectory + "/m4/cf.m4"]
        return Environment.isRoot && files.allSatisfy { FileManager.default.fileExists(atPath: $0) }
            && ["m4", "unshare", "timeout", "mount", "hostname"].allSatisfy { Environment.which($0) != nil }
    }

    /// Makes ``scratchParent`` if needed and refuses one that anyone but root could have planted or can write to.
    static func prepareScratchParent() throws {
        if mkdir(scratchParent, 0o755) != 0, errno != EEXIST { throw HarnessError("cannot create \(scratchParent)") }
        var info = stat()
        guard lstat(scratchParent, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == 0,
            info.st_mode & 0o022 == 0
        else { throw HarnessError("\(scratchParent) must be a directory of root's that only root can write to") }
    }

    /// Runs `arguments` to completion under coreutils' `timeout`, so that neither the run nor the read of its output
    /// can outlast `seconds`; returns the exit status and the combined output.
    @discardableResult
    static func run(_ arguments: [String], input: String = "", seconds: Int = 30) throws -> (Int32, String) {
        guard let timeout = Environment.which("timeout") else { throw HarnessError("no timeout(1)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timeout)
        process.arguments = ["-k", "5", String(seconds)] + arguments
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw HarnessError("\(arguments.joined(separator: " ")) timed out after \(seconds) s")
        }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
