import Foundation
import MailHarness
import Testing

/// The offline commands on hostile input: a config whose numbers could not be printed, a message whose details
/// carry terminal escapes.
@Suite struct HostileCommandLineTests {
    private var binary: String { Environment.notifyguardBinary }

    /// check-config accepted a weight of 1e19; the first tagged message then crashed the daemon, and `scan` crashed
    /// printing the score.
    @Test func aWeightTooLargeToPrintIsRefusedByEveryCommand() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        try directory.write("huge.yaml", "rules:\n  userinfo_link: 1e19\n")
        try directory.write("m.eml", "Subject: x\n\nsee https://login.example.com@pay-update.ru/\n")
        let (checkStatus, checkOutput) = try Environment.run(binary, ["check-config", directory.path + "/huge.yaml"])
        #expect(checkStatus == 78)
        #expect(checkOutput == "\(directory.path)/huge.yaml:2: rules.userinfo_link must be at most 100.0\n")
        let (scanStatus, scanOutput) = try Environment.run(
            binary, ["scan", "--config", directory.path + "/huge.yaml", directory.path + "/m.eml"])
        #expect(scanStatus == 78, "\(scanOutput)")

        try directory.write("max.yaml", "rules:\n  userinfo_link: 100\n")
        let (status, output) = try Environment.run(binary, ["scan", "--config", directory.path + "/max.yaml", directory.path + "/m.eml"])
        #expect(status == 0)
        #expect(output.contains("reject (score 100.0, profile none)"), "\(output)")
    }

    /// Text-mode `scan` printed details as they were: CR, LF and ANSI escapes reached the terminal.
    @Test func scanPrintsMessageTextEscaped() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        let file = "m\u{1B}[2J.eml"
        try directory.write(file, "From: Desk <root@bad\u{1B}[31mhost\u{85}\u{202E}>\nSubject: hi\n\nhello\n")
        let (status, output) = try Environment.run(binary, ["scan", directory.path + "/" + file])
        #expect(status == 0)
        #expect(output.contains(#"invalid_sender_domain: bad\u{1B}[31mhost\u{85}\u{202E}"#), "\(output)")
        #expect(output.contains(#"/m\u{1B}[2J.eml: accept"#), "\(output)")
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{202E}" })
        #expect(output.split(separator: "\n").count == 2)
    }

    /// A postcat dump's envelope (sender, recipients, client) is text the sender chose, printed on its own line by
    /// `scan`: escaped like the details.
    @Test func scanPrintsTheEnvelopeEscaped() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        let path = "/var/spool/postfix/hold/ABC123"
        let dump = """
            *** ENVELOPE RECORDS \(path) ***
            sender: a\u{1B}[2J@example.com
            recipient: b\u{202E}@example.org
            named_attribute: client_address=192.0.2.7\u{85}
            *** MESSAGE CONTENTS \(path) ***
            From: a@example.com
            Subject: hi

            hello
            *** HEADER EXTRACTED \(path) ***
            *** MESSAGE FILE END \(path) ***

            """
        try directory.write("dump.txt", dump)
        let (status, output) = try Environment.run(binary, ["scan", directory.path + "/dump.txt"])
        #expect(status == 0, "\(output)")
        #expect(
            output.contains(#"envelope: from=<a\u{1B}[2J@example.com> rcpt=<b\u{202E}@example.org> client=[192.0.2.7\u{85}]"#),
            "\(output)")
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{85}" || $0 == "\u{202E}" })
    }
}
