import Foundation
import MailHarness
import Testing

/// The fault suite (docs/faults.md) at a size that costs well under two minutes: every scenario sends mail through
/// the private Postfix, and nothing Postfix accepted is lost, nothing refused is delivered.
@Suite(.enabled(if: Environment.canRunPostfix, "needs root and Debian's postfix (run `sudo scripts/test`)"))
struct FaultSuiteTests {
    @Test func quickRunLosesNoMail() throws {
        let suite = Environment.productsDirectory.appendingPathComponent("notifyguard-faults").path
        let started = Date()
        let (status, output) = try Environment.run(suite, ["--quick"], timeout: 240)
        #expect(status == 0, "\(output)")
        let lines = output.split(separator: "\n")
        let scenarios = lines.filter { $0.hasPrefix("scenario=") }
        #expect(
            scenarios.map { $0.split(separator: " ")[0] }
                == ["scenario=concurrent", "scenario=kill9-restart", "scenario=reload-storm", "scenario=padding",
                    "scenario=forged", "scenario=oversized-names"], "\(output)")
        for line in scenarios {
            let fields = Dictionary(
                line.split(separator: " ").compactMap { field -> (String, Int)? in
                    let parts = field.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2, let value = Int(parts[1]) else { return nil }
                    return (String(parts[0]), value)
                }, uniquingKeysWith: { first, _ in first })
            #expect((fields["sent"] ?? 0) > 0, "\(line)")
            if line.hasPrefix("scenario=padding ") {
                // Messages rejected without padding stay rejected with it (issue 14, item 1).
                #expect(fields["rejected"] == fields["sent"], "\(line)")
            } else {
                #expect((fields["accepted"] ?? 0) > 0, "\(line)")
            }
            #expect(fields["lost"] == 0, "\(line)")
            #expect(fields["refused_delivered"] == 0, "\(line)")
            // Every message sent got an answer that the ledger counted.
            let answered = ["accepted", "tempfailed", "rejected", "unanswered"].reduce(0) { $0 + (fields[$1] ?? 0) }
            #expect(answered == fields["sent"], "\(line)")
            #expect((fields["delivered"] ?? 0) + (fields["held"] ?? 0) == fields["accepted"], "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("result lost=0 refused_delivered=0 ") }, "\(output)")
        #expect(Date().timeIntervalSince(started) < 120)
    }
}
