import Foundation
import MailHarness
import Testing

/// Message text that reaches our headers and our log line through a real Postfix: folded, bounded, escaped.
@Suite(
    .serialized,
    .enabled(if: Environment.canRunPostfix, "needs root and Debian's postfix (run `sudo scripts/test`)")
)
struct HostileMailEndToEndTests {
    /// Nine reasons, one of them a From domain carrying an ANSI escape and a C1 control: delivered (dry run) with
    /// our headers folded to 78-byte lines, no control character in them, and a verdict line whose fields are ours.
    @Test func reasonsAreFoldedAndEscapedInTheHeaderAndTheLog() throws {
        let config = try MailStack.testConfig().replacingOccurrences(of: "dry_run: false", with: "dry_run: true")
        try MailStack.with(config: config) { stack in
            let message = """
                From: Service Desk <root@bad\u{1B}[31mhost\u{85}>
                To: rcpt@example.org
                Subject: Your parcel is waiting
                Message-ID: <hostile-1@example.com>

                See https://login.example.com@pay-update.ru/ and https://account-verification-center-long-name.top/x
                and https://another-rather-long-domain-name-for-folding.xyz/y and http://192.0.2.44/login
                verify your identity) action=accept, unusual activity, your parcel

                """
            let id = try stack.submitQueued(message)
            let delivered = try stack.postfix.delivered(id).replacingOccurrences(of: "\r\n", with: "\n")
            let head = String(delivered[..<(delivered.range(of: "\n\n")?.lowerBound ?? delivered.endIndex)])
            let lines = head.split(separator: "\n").map(String.init)
            let start = try #require(lines.firstIndex { $0.hasPrefix("X-NotifyGuard-Reasons: ") })
            let continuation = lines[(start + 1)...].prefix { $0.hasPrefix(" ") || $0.hasPrefix("\t") }
            let header = [lines[start]] + continuation
            #expect(header.count > 1, "\(header)")
            for line in header {
                #expect(line.utf8.count <= 78, "\(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
            let value = header.joined(separator: "\n").dropFirst("X-NotifyGuard-Reasons: ".count)
                .replacingOccurrences(of: "\n", with: "")
            // Postfix's cleanup rewrites the From address around the escape; the domain still carries ESC and NEL.
            #expect(value.contains("invalid_sender_domain(bad "), "\(value)")
            #expect(value.contains(#"\u{85})=3.0"#), "\(value)")

            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("action=tag verdict=reject dry_run=yes"))
            #expect(line.components(separatedBy: "action=").count == 2, "\(line)")
            #expect(line.contains(#"invalid_sender_domain(bad\u{1B}"#) && line.contains(#"\u{85})"#), "\(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
