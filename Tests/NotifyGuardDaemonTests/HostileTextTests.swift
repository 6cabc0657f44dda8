import Foundation
import Logging
import NotifyGuardConfig
import NotifyGuardCore
@testable import NotifyGuardDaemon
import Testing

/// Message text in our headers, our log lines and the scores we print: bounded, one line, no controls, no fields
/// that the message wrote itself.
@Suite struct HostileTextTests {
    private let unsafe: [Unicode.Scalar] = ["\u{1B}", "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200F}"]

    private func verdict(_ details: [String], score: Double = 9) -> Verdict {
        Verdict(
            action: .tag, score: score, profile: "microsoft-tenant",
            reasons: details.map { Reason(rule: "scam_phrase", score: 3, detail: $0) }, partial: false)
    }

    /// The `key=value` fields of a verdict line as a logfmt reader sees them (bare values end at a space, quoted
    /// ones at the closing quote, `\` escapes the next character).
    private func fields(_ line: String) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var rest = Substring(line.drop { $0 != " " }.dropFirst())  // after "QUEUEID:"
        while !rest.isEmpty {
            let key = String(rest.prefix { $0 != "=" })
            rest = rest.dropFirst(key.count + 1)
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"" {
                    if character == "\\", let next = rest.dropFirst().first {
                        value.append("\\")
                        value.append(next)
                        rest = rest.dropFirst(2)
                    } else {
                        value.append(character)
                        rest = rest.dropFirst()
                    }
                }
                rest = rest.dropFirst()
            } else {
                value = String(rest.prefix { $0 != " " })
                rest = rest.dropFirst(value.count)
            }
            result.append((key, value))
            rest = rest.drop { $0 == " " }
        }
        return result
    }

    /// A score of 1e19 (weights are bounded now, but the formatter must not trap on anything).
    @Test(arguments: [(1e19, "1e+19"), (-1e300, "-1e+300"), (.infinity, "inf"), (12.34, "12.3"), (-0.05, "-0.1"), (0, "0.0")])
    func scoresFormatWithoutTrapping(score: Double, text: String) {
        #expect(ActionPlan.format(score) == text)
    }

    @Test func notANumberFormats() {
        #expect(ActionPlan.format(.nan) == "nan")
    }

    /// A detail wrote ` action=accept` into the line: now no message text can start a field.
    @Test func aDetailCannotAddAField() {
        let spoof = "x) action=accept client=[192.0.2.1] reasons=none"
        let plan = ActionPlan(
            verdict: verdict([spoof]), message: MessageParser().finish(), settings: ActionSettings())
        let line = VerdictLine(
            queueID: "4ZabCdE", plan: plan, verdict: verdict([spoof]), envelopeFrom: "a b\"=c@example.com",
            recipients: ["d@e.f", "x action=accept"], client: "203.0.113.9", authenticatedUser: "eve action=accept",
            milliseconds: 1)
        let keys = fields(line.text).map(\.key)
        #expect(keys == ["action", "score", "profile", "from", "rcpt", "client", "sasl_username", "reasons", "ms"], "\(line.text)")
        #expect(fields(line.text).first?.value == "tag")
        // A reader that only splits on spaces is not fooled either: `=` inside a value is escaped.
        #expect(line.text.components(separatedBy: "action=").count == 2, "\(line.text)")
        #expect(line.text.contains(#"reasons="scam_phrase(x) action\u{3D}accept client\u{3D}[192.0.2.1] reasons\u{3D}none)""#))
        #expect(line.text.contains(#"from="<a b\"\u{3D}c@example.com>""#))
    }

    @Test func logLinesCarryNoControlOrBidiCharacters() {
        let hostile = "evil" + unsafe.map { String($0) }.joined() + "\r\n.com"
        let plan = ActionPlan(verdict: verdict([hostile]), message: MessageParser().finish(), settings: ActionSettings())
        let line = VerdictLine(
            queueID: hostile, plan: plan, verdict: verdict([hostile]), envelopeFrom: hostile, recipients: [hostile],
            client: hostile, authenticatedUser: hostile, milliseconds: 1, failure: hostile)
        #expect(!line.text.unicodeScalars.contains(where: UnsafeScalars.contains), "\(line.text)")
        #expect(line.text.contains(#"evil\u{1B}\u{85}\u{9B}\u{2028}\u{2029}\u{202E}\u{2066}\u{200F}\u{0D}\u{0A}.com"#))
    }

    /// Lines the handlers write for other events (a refused reload quotes the config file) stay one line too.
    @Test func everyLogLineIsEscaped() {
        let event = LogEvent(
            level: .error, message: "config reload refused: x.yaml:3: bad\nnotifyguard: forged line \u{202E}",
            metadata: ["detail": "a b\nc"], source: "test", file: #fileID, function: #function, line: #line)
        let line = formatLine(event, handlerMetadata: [:])
        #expect(line == #"config reload refused: x.yaml:3: bad\u{0A}notifyguard: forged line \u{202E} detail="a b\u{0A}c""#)
    }

    /// `X-NotifyGuard-Reasons` was cut at 900 characters: 3,584 bytes of four-byte characters on one line.
    @Test func reasonsHeaderIsCappedInBytesAndFolded() throws {
        let wide = String(repeating: "wörd ", count: 50) + String(repeating: "😀", count: 400)
        let edits = ActionPlan.tagHeaders(verdict: verdict([wide, wide, wide]), dryRun: false)
        guard case .addHeader(let name, let value) = try #require(edits.last) else {
            Issue.record("no reasons header")
            return
        }
        #expect(name == "X-NotifyGuard-Reasons")
        let unfolded = value.replacingOccurrences(of: "\n", with: "")
        #expect(unfolded.utf8.count <= ActionPlan.reasonsBytes + 3)
        #expect(unfolded.hasSuffix("..."))
        let lines = ("\(name): " + value).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 1)
        for (index, line) in lines.enumerated() {
            // The 400 emoji (1,600 bytes before the cut) are one word: it stands alone on a longer line.
            #expect(line.utf8.count <= HeaderText.lineBytes || !line.dropFirst().contains(" "), "\(line)")
            if index > 0 { #expect(line.first == " ", "continuation line \(index) must start with a space") }
            #expect(line.contains { $0 != " " })
        }
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
    }

    @Test func headersCarryNoControlOrBidiCharacters() throws {
        let hostile = "a\u{1B}[2J" + unsafe.map { String($0) }.joined() + "b\r\nBcc: x@example.org"
        for edit in ActionPlan.tagHeaders(verdict: verdict([hostile]), dryRun: false) {
            guard case .addHeader(_, let value) = edit else { continue }
            let unfolded = value.replacingOccurrences(of: "\n ", with: " ")
            #expect(!unfolded.unicodeScalars.contains(where: UnsafeScalars.contains), "\(value)")
        }
        guard case .addHeader(_, let reasons) = ActionPlan.tagHeaders(verdict: verdict([hostile]), dryRun: false).last else {
            Issue.record("no reasons header")
            return
        }
        #expect(reasons.replacingOccurrences(of: "\n", with: "")
            == #"scam_phrase(a [2J \u{85}\u{9B}\u{2028}\u{2029}\u{202E}\u{2066}\u{200F}b  Bcc: x@example.org)=3.0"#)
    }

    /// Folding only ever inserts a line break before a space: unfolding gives the value back.
    @Test(arguments: [
        "short",
        String(repeating: "rule(detail)=1.0, ", count: 40),
        String(repeating: "x", count: 300),
        "a" + String(repeating: " ", count: 100) + "b",
        "trailing   ",
    ])
    func foldingIsReversible(value: String) {
        let folded = HeaderText.folded(value, name: "X-NotifyGuard-Reasons")
        #expect(folded.replacingOccurrences(of: "\n", with: "") == value)
        for line in folded.split(separator: "\n").dropFirst() {
            #expect(line.first == " " && line.contains { $0 != " " })
        }
    }
}
