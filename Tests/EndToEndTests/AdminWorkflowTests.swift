import Foundation
import MailHarness
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Day two for a mail admin, against a real Postfix the harness starts on 127.0.0.1: a held false positive turned
/// into an override, per-recipient-domain policy, and the metrics endpoint scraped and checked by promtool.
@Suite(
    .serialized,
    .enabled(if: Environment.canRunPostfix, "needs root and Debian's postfix (run `sudo scripts/test`)")
)
struct AdminWorkflowTests {
    private func headers(_ message: String) -> String {
        let text = message.replacingOccurrences(of: "\r\n", with: "\n")
        return String(text[..<(text.range(of: "\n\n")?.lowerBound ?? text.endIndex)])
    }

    /// `postcat -q ID | notifyguard scan --config CONFIG -` for the stack's private Postfix.
    private func postcatScan(_ stack: MailStack, _ id: String) throws -> String {
        let postcat = try #require(Environment.which("postcat"))
        let (status, output) = try Environment.run(
            "/bin/sh",
            [
                "-c", "\"$0\" -c \"$1\" -q \"$2\" | \"$3\" scan --config \"$4\" -", postcat,
                stack.postfix.configDirectory, id,
                Environment.notifyguardBinary, stack.notifyguard.configPath,
            ])
        #expect(status == 0, "\(output)")
        return output
    }

    /// README "From a held message to a fix", step by step.
    @Test func aHeldFalsePositiveBecomesAnOverride() throws {
        try MailStack.with { stack in
            let alert = try Environment.mail("partner-fraud-alert.eml")
            // The partner's fraud alert is quarantined: Postfix holds it.
            let reply = try stack.submit(
                alert, from: "bounces@alerts.partnerpay.example.com", to: "finance@example.org")
            #expect(reply.code == 250)
            let id = try #require(SMTPClient.queueID(reply))
            try Environment.waitUntil("message \(id) on hold") { stack.postfix.heldMessages().contains(id) }
            #expect(try stack.notifyguard.verdictLine(id).contains("action=quarantine score=13.0 profile=none"))

            // The admin reads it out of the hold queue: the reasons, and the allow entries that would fit.
            let before = try postcatScan(stack, id)
            #expect(before.hasPrefix("-: quarantine (score 13.0, profile none)"), "\(before)")
            #expect(
                before.contains(
                    "\n  envelope: from=<bounces@alerts.partnerpay.example.com> rcpt=<finance@example.org> client=[127.0.0.1]\n"
                ))
            #expect(before.contains("+4.0 callback_phishing: +18005550100"))
            #expect(before.contains("    - dkim: partnerpay.example.com\n"))

            // ... puts one into the config, checks it, reloads the daemon.
            let config = try MailStack.testConfig(
                extra: """

                    overrides:
                      allow:
                        - dkim: partnerpay.example.com
                          note: partner's fraud alerts carry callback wording
                    """)
            try config.write(toFile: stack.notifyguard.configPath, atomically: true, encoding: .utf8)
            let (checked, checkOutput) = try Environment.run(
                Environment.notifyguardBinary, ["check-config", stack.notifyguard.configPath])
            #expect(checked == 0, "\(checkOutput)")
            stack.notifyguard.reload()
            try Environment.waitUntil("reload") { stack.notifyguard.log().contains("config reloaded") }

            // The same pipeline now lets it through, naming the override.
            let after = try postcatScan(stack, id)
            #expect(after.hasPrefix("-: accept (score 13.0, profile none)"), "\(after)")
            #expect(after.contains("override: allow(dkim:partnerpay.example.com)"))

            // Released from hold, it is delivered.
            let postsuper = try #require(Environment.which("postsuper"))
            let postqueue = try #require(Environment.which("postqueue"))
            let (released, releaseOutput) = try Environment.run(
                postsuper, ["-c", stack.postfix.configDirectory, "-H", id])
            #expect(released == 0, "\(releaseOutput)")
            _ = try Environment.run(postqueue, ["-c", stack.postfix.configDirectory, "-f"])
            #expect(try stack.postfix.delivered(id, timeout: 60).contains("Card activity on your merchant account"))

            // The next alert passes at once: the reloaded entry applies, in the log line and the result header.
            let nextID = try stack.submitQueued(
                alert, from: "bounces@alerts.partnerpay.example.com", to: "finance@example.org")
            let line = try stack.notifyguard.verdictLine(nextID)
            #expect(line.contains("action=accept score=13.0 profile=none"), "\(line)")
            #expect(line.contains("override=allow(dkim:partnerpay.example.com)"))
            #expect(
                headers(try stack.postfix.delivered(nextID)).contains(
                    "X-NotifyGuard-Result: accept score=13.0 override=allow(dkim:partnerpay.example.com)"))
            #expect(!stack.postfix.heldMessages().contains(nextID))
        }
    }

    @Test func mailToSeveralDomainsGetsTheStrictestDomainsAction() throws {
        let config = try MailStack.testConfig(
            extra: """

                recipient_domains:
                  strict.example:
                    thresholds: {quarantine: 4}
                  trial.example:
                    dry_run: true
                """)
        try MailStack.with(config: config) { stack in
            let tag = try Environment.mail("tag.eml")  // score 4: tag under the global thresholds
            let client = try stack.client()
            defer { client.quit() }
            let relaxed = try client.send(
                from: "a@example.com", to: ["x@trial.example", "y@other.example"], message: tag)
            let strict = try client.send(
                from: "a@example.com", to: ["x@trial.example", "y@strict.example"], message: tag)
            let relaxedID = try #require(SMTPClient.queueID(relaxed))
            let strictID = try #require(SMTPClient.queueID(strict))
            #expect(try stack.notifyguard.verdictLine(relaxedID).contains("action=tag score=4.0"))
            #expect(try stack.notifyguard.verdictLine(strictID).contains("action=quarantine score=4.0"))
            try Environment.waitUntil("message \(strictID) on hold") { stack.postfix.heldMessages().contains(strictID) }
        }
    }

    /// A structural limit with nothing found applies the failure action, unless an allow entry vouched for the mail.
    @Test func anAllowedMessageIsNotHeldToTheFailureAction() throws {
        let config = try MailStack.testConfig(extra: "\noverrides:\n  allow:\n    - client: 127.0.0.0/8\n")
            .replacingOccurrences(of: "failure_action: accept", with: "failure_action: tempfail")
            .replacingOccurrences(of: "  headers: 1000", with: "  headers: 5")
        try MailStack.with(config: config) { stack in
            let reply = try stack.submit(try Environment.mail("accept.eml"))
            #expect(reply.code == 250, "\(reply)")
            let id = try #require(SMTPClient.queueID(reply))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("action=accept"), "\(line)")
            #expect(line.contains("override=allow(client:127.0.0.0/8)"))
            #expect(!line.contains("failure="))
        }
    }

    @Test func theMetricsEndpointServesPrometheusText() throws {
        let port = try Environment.freePort()
        let config = try MailStack.testConfig().replacingOccurrences(
            of: "  listen: \"\"", with: "  listen: 127.0.0.1:\(port)")
        #expect(config.contains("listen: 127.0.0.1:\(port)"))
        try MailStack.with(config: config) { stack in
            #expect(stack.notifyguard.log().contains("metrics: http://127.0.0.1:\(port)/metrics"))
            for name in ["quarantine.eml", "tag.eml", "accept.eml"] {
                _ = try stack.submitQueued(try Environment.mail(name))
            }
            _ = try stack.submit(try Environment.mail("reject.eml"))
            stack.notifyguard.reload()
            try Environment.waitUntil("reload") { stack.notifyguard.log().contains("config reloaded") }
            try Environment.waitUntil("four verdicts") {
                stack.notifyguard.log().components(separatedBy: ": action=").count == 5
            }

            let text = try MetricsScrape.get("http://127.0.0.1:\(port)/metrics")
            #expect(
                text.contains(#"notifyguard_messages_total{action="quarantine",profile="microsoft-tenant"} 1"#),
                "\(text)")
            #expect(text.contains(#"notifyguard_messages_total{action="reject",profile="microsoft-tenant"} 1"#))
            #expect(text.contains(#"notifyguard_messages_total{action="tag",profile="none"} 1"#))
            #expect(text.contains(#"notifyguard_messages_total{action="accept",profile="none"} 1"#))
            #expect(text.contains(#"notifyguard_rule_hits_total{rule="foreign_link"} 2"#))
            #expect(text.contains(#"notifyguard_config_reloads_total{result="applied"} 1"#))
            #expect(text.contains("notifyguard_scoring_duration_seconds_count 4"))
            try Promtool.check(text)
            #expect(try MetricsScrape.status("http://127.0.0.1:\(port)/other") == 404)
        }
    }
}
