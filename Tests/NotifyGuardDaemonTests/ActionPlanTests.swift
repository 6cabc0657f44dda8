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

    /// A message with these top-level header fields, fed through the streaming API as the daemon feeds it.
    private func message(_ fields: [(String, String)], truncations: Set<Truncation> = []) -> ParsedMessage {
        let parser = MessageParser()
        for (name, value) in fields { parser.header(name: name, value: value) }
        var parsed = parser.finish()
        parsed.truncations.formUnion(truncations)
        return parsed
    }

    /// A message with headers called `names` (Subject's value `subject`, the others `x`) or only a Subject.
    private func message(names: [String] = [], subject: String?) -> ParsedMessage {
        var fields = names.map { ($0, $0 == "Subject" ? subject ?? "" : "x") }
        if let subject, !names.contains("Subject") { fields.append(("Subject", subject)) }
        return message(fields)
    }

    /// The plan for `message` and `verdict`, then the failure decision, as the milter session makes them.
    private func decidedPlan(
        _ verdict: Verdict, _ message: ParsedMessage, _ settings: ActionSettings, allowed: Bool = false
    ) -> ActionPlan {
        ActionPlan(verdict: verdict, message: message, settings: settings)
            .checkingLimits(message.truncations, settings: settings, allowed: allowed)
    }

    @Test func rejectRepliesAndEditsNothing() {
        let plan = ActionPlan(verdict: verdict(.reject), message: message(names: forged, subject: "s"), settings: ActionSettings())
        #expect(plan.action == .reject)
        #expect(plan.reply == RejectReply())
        #expect(plan.edits.isEmpty)
    }

    @Test func quarantineTagsAndHolds() {
        let plan = ActionPlan(verdict: verdict(.quarantine), message: message(subject: "s"), settings: ActionSettings())
        #expect(plan.edits.contains(.addHeader(name: "X-NotifyGuard-Result", value: "quarantine score=9.0 profile=microsoft-tenant")))
        #expect(plan.edits.contains {
            if case .quarantine(let reason) = $0 { return reason.contains("score 9.0") }
            return false
        })
    }

    @Test func forgedHeadersAreDeletedHighestIndexFirst() {
        let plan = ActionPlan(verdict: verdict(.accept, score: 0), message: message(names: forged, subject: "s"), settings: ActionSettings())
        #expect(plan.edits == [
            .deleteHeader(name: "X-NotifyGuard-Reasons", index: 1),
            .deleteHeader(name: "x-notifyguard-result", index: 2),
            .deleteHeader(name: "X-NotifyGuard-Result", index: 1),
        ])
    }

    @Test func tagAddsHeadersAndSubjectPrefixOnce() {
        var settings = ActionSettings()
        settings.subjectPrefix = "[SUSPICIOUS] "
        let plan = ActionPlan(verdict: verdict(.tag, score: 5), message: message(subject: "Hello"), settings: settings)
        #expect(plan.edits.contains(.changeHeader(name: "Subject", index: 1, value: "[SUSPICIOUS] Hello")))
        // 84 bytes on one line with its name: folded before the second reason.
        #expect(plan.edits.contains(.addHeader(
            name: "X-NotifyGuard-Reasons", value: "foreign_link(evil.com)=5.0,\n scam_phrase(private message)=4.0")))
        let again = ActionPlan(verdict: verdict(.tag, score: 5), message: message(subject: "[SUSPICIOUS] Hello"), settings: settings)
        #expect(!again.edits.contains { if case .changeHeader = $0 { return true } else { return false } })
    }

    @Test func dryRunAtMostTags() {
        var settings = ActionSettings()
        settings.dryRun = true
        let plan = ActionPlan(verdict: verdict(.reject), message: message(subject: nil), settings: settings)
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
        let plan = ActionPlan(verdict: verdict(.quarantine), message: message(subject: nil), settings: ActionSettings())
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

    /// The deletes of the `forged` names' X-NotifyGuard headers, highest index first.
    private let forgedDeletions: [MessageEdit] = [
        .deleteHeader(name: "X-NotifyGuard-Reasons", index: 1),
        .deleteHeader(name: "x-notifyguard-result", index: 2),
        .deleteHeader(name: "X-NotifyGuard-Result", index: 1),
    ]

    private var forgedFields: [(String, String)] { forged.map { ($0, "x") } }

    private var tempfailSettings: ActionSettings {
        var settings = ActionSettings()
        settings.failureAction = .tempfail
        return settings
    }

    /// Byte limits and the header count (identity headers are read past it) only mark the scan partial: with
    /// `failure_action: tempfail` an accepted message is still delivered, cleaned.
    @Test(arguments: [Truncation.scanBytes, .headerBytes, .partBytes, .decodedBytes, .headers])
    func nonStructuralLimitsOnlyMarkTheScanPartial(limit: Truncation) {
        let plan = decidedPlan(verdict(.accept, score: 0), message(forgedFields, truncations: [limit]), tempfailSettings)
        #expect(!plan.tempfail)
        #expect(plan.failure == nil)
        #expect(plan.edits == forgedDeletions)
    }

    /// A single 20 kB Cc header (cut at `header_bytes`) is no reason to defer a message.
    @Test func aLongCcHeaderIsDelivered() {
        let parsed = message([("From", "a@example.com"), ("Cc", String(repeating: "x@example.org, ", count: 1_400))])
        #expect(parsed.truncations == [.headerBytes])
        let plan = decidedPlan(verdict(.accept, score: 0), parsed, tempfailSettings)
        #expect(!plan.tempfail && plan.reply == nil && plan.failure == nil)
    }

    /// Part of an accepted message went unread: the failure action applies, and on the accept path the forged headers
    /// still go.
    @Test(arguments: [Truncation.mimeDepth, .parts, .links])
    func structuralLimitsApplyTheFailureAction(limit: Truncation) {
        let parsed = message(forgedFields, truncations: [limit, .headerBytes])
        let deferred = decidedPlan(verdict(.accept, score: 0), parsed, tempfailSettings)
        #expect(deferred.tempfail)
        #expect(deferred.failure == "limit \(limit.rawValue)")
        let accepted = decidedPlan(verdict(.accept, score: 0), parsed, ActionSettings())
        #expect(!accepted.tempfail)
        #expect(accepted.action == .accept && accepted.verdictAction == .accept)
        #expect(accepted.failure == "limit \(limit.rawValue)")
        #expect(accepted.edits == forgedDeletions)
        // A message flagged on what was read is handled as flagged.
        let flagged = decidedPlan(verdict(.quarantine), parsed, tempfailSettings)
        #expect(flagged.failure == nil && !flagged.tempfail && flagged.action == .quarantine)
    }

    /// An allow override vouched for the mail: a structural limit leaves its plan (and the override's tag) as it is.
    @Test func anAllowedMessageSkipsTheStructuralLimitFailure() {
        let parsed = message(forgedFields, truncations: [.parts])
        let shown = ActionPlan(verdict: verdict(.accept, score: 0), message: parsed, settings: tempfailSettings)
            .showingOverrides(["allow(client:127.0.0.0/8)"], verdict: verdict(.accept, score: 0), dryRun: false)
        let plan = shown.checkingLimits(parsed.truncations, settings: tempfailSettings, allowed: true)
        #expect(plan == shown)
        #expect(!plan.tempfail && plan.failure == nil)
        let notAllowed = shown.checkingLimits(parsed.truncations, settings: tempfailSettings, allowed: false)
        #expect(notAllowed.tempfail && notAllowed.failure == "limit parts")
    }

    @Test func failureReasonNamesEveryStructuralLimitHit() {
        let parsed = message([], truncations: [.parts, .mimeDepth, .scanBytes])
        let plan = decidedPlan(verdict(.accept, score: 0), parsed, ActionSettings())
        #expect(plan.failure == "limit mime_depth+parts")
    }

    /// Identity headers past their reserve may hide forged X-NotifyGuard headers that can't be removed: the message
    /// is not delivered, whatever the failure action; a reject still rejects.
    @Test(arguments: [Action.accept, .tag, .quarantine])
    func identityHeadersPastTheReserveAreNeverDelivered(action: Action) {
        let parsed = message(forgedFields, truncations: [.identityHeaders])
        let plan = decidedPlan(verdict(action), parsed, ActionSettings())
        #expect(plan.tempfail)
        #expect(plan.edits.isEmpty)
        #expect(plan.failure == "limit identity_headers")
        let rejected = decidedPlan(verdict(.reject), parsed, ActionSettings())
        #expect(rejected.reply == RejectReply() && !rejected.tempfail)
    }

    /// A forged header after 10,000 others is found in the parsed message and deleted, on the verdict's path and on
    /// the failure path.
    @Test func forgedHeaderAfterTenThousandOthersIsDeleted() {
        let fields = (0..<10_000).map { ("X-Filler-\($0)", "x") } + [("X-NotifyGuard-Result", "accept score=0.0")]
        let parsed = message(fields)
        let deletion = MessageEdit.deleteHeader(name: "X-NotifyGuard-Result", index: 1)
        #expect(decidedPlan(verdict(.tag), parsed, ActionSettings()).edits.first == deletion)
        var failing = parsed
        failing.truncations.insert(.parts)
        #expect(decidedPlan(verdict(.accept, score: 0), failing, ActionSettings()).edits == [deletion])
    }

    /// libmilter refusing a delete leaves a forged header in place: never delivered. Any other refusal applies the
    /// failure action.
    @Test func refusedEditsFollowTheFailurePolicy() {
        let delete = MessageEdit.deleteHeader(name: "X-NotifyGuard-Result", index: 1)
        let afterDelete = ActionPlan.afterRefusal(of: delete, settings: ActionSettings())
        #expect(afterDelete.tempfail && afterDelete.edits.isEmpty)
        #expect(afterDelete.failure == "libmilter refused \(delete)")
        let add = MessageEdit.addHeader(name: "X-NotifyGuard-Result", value: "tag")
        #expect(!ActionPlan.afterRefusal(of: add, settings: ActionSettings()).tempfail)
        #expect(ActionPlan.afterRefusal(of: add, settings: tempfailSettings).tempfail)
    }

    /// The Subject rewritten is the one the parsed message holds, folding kept.
    @Test func subjectPrefixKeepsTheFolding() {
        var settings = ActionSettings()
        settings.subjectPrefix = "[SUSPICIOUS] "
        let parsed = message([("Subject", "Your invoice\n\tis ready")])
        let plan = ActionPlan(verdict: verdict(.tag, score: 5), message: parsed, settings: settings)
        #expect(plan.edits.contains(.changeHeader(name: "Subject", index: 1, value: "[SUSPICIOUS] Your invoice\n\tis ready")))
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
