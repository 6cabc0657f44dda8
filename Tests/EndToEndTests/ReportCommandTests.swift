import Foundation
import MailHarness
import Testing

/// `notifyguard report` with the local store, and `check-config` on the campaign section, through the binary.
@Suite struct ReportCommandTests {
    private var binary: String { Environment.notifyguardBinary }

    private func config(in directory: ScratchDirectory, store: String = "local") throws -> String {
        let text = try MailStack.testConfig()
            .replacingOccurrences(of: "file: \"\"", with: "file: \(directory.path)/campaign.state")
            .replacingOccurrences(of: "  store: local ", with: "  store: \(store) ")
        try directory.write("test.yaml", text)
        return directory.path + "/test.yaml"
    }

    @Test func reportGoesToTheJournalAndIsLogged() throws {
        let directory = try ScratchDirectory(prefix: "ng-report")
        defer { directory.remove() }
        let config = try config(in: directory)
        let mail = Environment.mailDirectory.appendingPathComponent("campaign.eml").path
        let (status, output) = try Environment.run(binary, ["report", "genuine", "--config", config, "--log", "stderr", mail])
        #expect(status == 0, "\(output)")
        #expect(output.contains("report genuine: file=\(mail) profile=microsoft-tenant store=local fingerprints="), "\(output)")
        #expect(output.contains("\(mail): reported genuine: "), "\(output)")
        let journal = try String(contentsOfFile: directory.path + "/campaign.state.reports", encoding: .utf8)
        let lines = journal.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.split(separator: " ").count == 3 && $0.contains(" genuine ") }, "\(journal)")
    }

    @Test func mailWithoutFingerprintsIsNotReported() throws {
        let directory = try ScratchDirectory(prefix: "ng-report")
        defer { directory.remove() }
        let config = try config(in: directory)
        let mail = Environment.mailDirectory.appendingPathComponent("accept.eml").path
        let (status, output) = try Environment.run(binary, ["report", "abuse", "--config", config, "--log", "stderr", mail])
        #expect(status == 1)
        #expect(output.contains("no fingerprints (not platform-sent mail of a configured profile); nothing reported"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/campaign.state.reports"))
        let (usage, _) = try Environment.run(binary, ["report", "spam", mail])
        #expect(usage != 0)
    }

    /// An unreachable Redis: the report fails, says so, and is logged as failed.
    @Test func unreachableRedisFailsTheReport() throws {
        let directory = try ScratchDirectory(prefix: "ng-report")
        defer { directory.remove() }
        let port = try Environment.freePort()
        let config = try config(in: directory, store: "redis://127.0.0.1:\(port)/0")
        let mail = Environment.mailDirectory.appendingPathComponent("campaign.eml").path
        let (status, output) = try Environment.run(binary, ["report", "abuse", "--config", config, "--log", "stderr", mail])
        #expect(status == 1)
        #expect(output.contains("report abuse failed: file=\(mail) store=redis://127.0.0.1:\(port)/0: connect 127.0.0.1:\(port):"), "\(output)")
    }

    @Test func checkConfigValidatesTheStore() throws {
        let directory = try ScratchDirectory(prefix: "ng-report")
        defer { directory.remove() }
        try directory.write("bad.yaml", "campaign:\n  enabled: true\n  store: redis://mx:70000/0\n")
        let (status, output) = try Environment.run(binary, ["check-config", directory.path + "/bad.yaml"])
        #expect(status == 78)
        #expect(output == "\(directory.path)/bad.yaml:3: campaign.store: the port must be 1-65535\n")
        try directory.write("good.yaml", "campaign:\n  store: redis://10.0.0.5:6379/1\n")
        let (okStatus, okOutput) = try Environment.run(binary, ["check-config", directory.path + "/good.yaml"])
        #expect(okStatus == 0)
        #expect(okOutput.contains("campaign store redis://10.0.0.5:6379/1)"), "\(okOutput)")
    }
}
