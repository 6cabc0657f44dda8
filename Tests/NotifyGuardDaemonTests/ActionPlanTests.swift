import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon
import Testing

@Suite struct ActionPlanTests {
    private func verdict(_ action: Action, score: Double = 9) -> Verdict {
        Verdict(
            action: action, score: score, profile: "microsoft-tenant",
            reasons: [Reason(rule: "foreign_link", score: 5, detail: "evil.com"), Reason(rule: "scam_phrase", score: 4, detail: "private message")],
            partial: false)
    }

    private let forged = ["Received", "X-NotifyGuard-Result", "Subject", "x-notifyguard-result", "X-NotifyGuard-Reasons"]

    @Test func rejectRepliesAndEditsNothing() {
        let plan = ActionPlan(verdict: verdict(.reject), settings: ActionSettings(), incomingHeaderNames: forged, subject: "s")
        #expect(plan.action == .reject)
        #expect(plan.reply == RejectReply())
        #expect(plan.edits.isEmpty)
    }

    @Test func quarantineTagsAndHolds() {
        let plan = ActionPlan(verdict: verdict(.quarantine), settings: ActionSettings(), incomingHeaderNames: [], subject: "s")
        #expect(plan.edits.contains(.addHeader(name: "X-NotifyGuard-Result", value: "quarantine score=9.0 profile=microsoft-tenant")))
        #expect(plan.edits.contains {
            if case .quarantine(let reason) = $0 { return reason.contains("score 9.0") }
            return false
        })
    }

    @Test func forgedHeadersAreDeletedHighestIndexFirst() {
        let plan = ActionPlan(verdict: verdict(.accept, score: 0), settings: ActionSettings(), incomingHeaderNames: forged, subject: "s")
        #expect(plan.edits == [
            .deleteHeader(name: "X-NotifyGuard-Reasons", index: 1),
            .deleteHeader(name: "x-notifyguard-result", index: 2),
            .deleteHeader(name: "X-NotifyGuard-Result", index: 1),
        ])
    }

    @Test func tagAddsHeadersAndSubjectPrefixOnce() {
        var settings = ActionSettings()
        settings.subjectPrefix = "[SUSPICIOUS] "
        let plan = ActionPlan(verdict: verdict(.tag, score: 5), settings: settings, incomingHeaderNames: [], subject: "Hello")
        #expect(plan.edits.contains(.changeHeader(name: "Subject", index: 1, value: "[SUSPICIOUS] Hello")))
        // 84 bytes on one line with its name: folded before the second reason.
        #expect(plan.edits.contains(.addHeader(
            name: "X-NotifyGuard-Reasons", value: "foreign_link(evil.com)=5.0,\n scam_phrase(private message)=4.0")))
        let again = ActionPlan(verdict: verdict(.tag, score: 5), settings: settings, incomingHeaderNames: [], subject: "[SUSPICIOUS] Hello")
        #expect(!again.edits.contains { if case .changeHeader = $0 { return true } else { return false } })
    }

    @Test func dryRunAtMostTags() {
        var settings = ActionSettings()
        settings.dryRun = true
        let plan = ActionPlan(verdict: verdict(.reject), settings: settings, incomingHeaderNames: [], subject: nil)
        #expect(plan.action == .tag)
        #expect(plan.verdictAction == .reject)
        #expect(plan.reply == nil)
        #expect(plan.edits.contains(.addHeader(name: "X-NotifyGuard-Result", value: "reject score=9.0 profile=microsoft-tenant dry-run")))
    }

    @Test func failurePlanFollowsTheConfiguredAction() {
        var settings = ActionSettings()
        #expect(ActionPlan(failure: settings).tempfail == false)
        settings.failureAction = .tempfail
        #expect(ActionPlan(failure: settings).tempfail == true)
    }

    @Test func verdictLineIsPostfixStyle() {
        let plan = ActionPlan(verdict: verdict(.quarantine), settings: ActionSettings(), incomingHeaderNames: [], subject: nil)
        let line = VerdictLine(
            queueID: "4ZabCdE", plan: plan, verdict: verdict(.quarantine), envelopeFrom: "a@b.c", recipients: ["d@e.f"],
            client: "203.0.113.9", milliseconds: 0.4)
        #expect(line.text == "4ZabCdE: action=quarantine score=9.0 profile=microsoft-tenant from=<a@b.c> rcpt=<d@e.f> client=[203.0.113.9] reasons=\"foreign_link(evil.com),scam_phrase(private message)\" ms=0.40")
        let hostile = VerdictLine(
            queueID: nil, plan: plan, verdict: nil, envelopeFrom: "x%n%s\r\ny", recipients: [], client: nil, milliseconds: 1)
        let authenticated = VerdictLine(
            queueID: "4ZabCdE", plan: plan, verdict: nil, envelopeFrom: "a@b.c", recipients: ["d@e.f"], client: "::1",
            authenticatedUser: "alice", milliseconds: 2)
        #expect(authenticated.text == "4ZabCdE: action=quarantine from=<a@b.c> rcpt=<d@e.f> client=[::1] sasl_username=alice ms=2.00")
        #expect(hostile.text == "NOQUEUE: action=quarantine from=\"<x%n%s\\u{0D}\\u{0A}y>\" rcpt=<> client=[unknown] ms=1.00")
    }

    /// Header text: control characters become spaces, at most `maxBytes` UTF-8 bytes are kept (then "..."), cut
    /// between scalars whatever the scripts; a long value costs one pass.
    @Test func headerTextKeepsAtMostMaxBytes() {
        #expect(HeaderText.clean("a\tb\r\nc\u{7F}d", maxBytes: 20) == "a b  c d")
        #expect(HeaderText.clean("abcdef", maxBytes: 3) == "abc...")
        #expect(HeaderText.clean("abc", maxBytes: 3) == "abc")
        // é + combining accent (3 bytes), 中 (3), 文 (3): 9 bytes; 😀 (4) would pass 10.
        #expect(HeaderText.clean("é\u{301}中文😀x", maxBytes: 10) == "é\u{301}中文...")
        let long = String(repeating: "reason(détail),", count: 20_000)
        let cleaned = HeaderText.clean(long, maxBytes: 900)
        #expect(cleaned.utf8.count <= 903)
        #expect(cleaned.hasSuffix("...") && long.hasPrefix(String(cleaned.dropLast(3))))
    }
}
