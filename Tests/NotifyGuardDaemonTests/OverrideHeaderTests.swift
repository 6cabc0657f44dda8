import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon
import Testing

/// Applied overrides show in the result header and the verdict line.
@Suite struct OverrideHeaderTests {
    private let verdict = Verdict(
        action: .accept, score: 13, profile: nil,
        reasons: [Reason(rule: "callback_phishing", score: 4, detail: "+18005550100")], partial: false)

    @Test func anAllowedMessageCarriesTheResultHeaderWithTheOverride() {
        let plan = ActionPlan(
            verdict: verdict, settings: ActionSettings(), incomingHeaderNames: ["X-NotifyGuard-Result"], subject: nil)
        #expect(plan.edits == [.deleteHeader(name: "X-NotifyGuard-Result", index: 1)])
        let shown = plan.showingOverrides(["allow(dkim:partnerpay.example.com)"], verdict: verdict, dryRun: false)
        #expect(
            shown.edits == [
                .deleteHeader(name: "X-NotifyGuard-Result", index: 1),
                .addHeader(
                    name: "X-NotifyGuard-Result", value: "accept score=13.0 override=allow(dkim:partnerpay.example.com)"
                ),
                .addHeader(name: "X-NotifyGuard-Reasons", value: "callback_phishing(+18005550100)=4.0"),
            ])
    }

    @Test func aTaggedMessagesResultHeaderGainsTheOverride() {
        var tagged = verdict
        tagged.action = .tag
        let plan = ActionPlan(verdict: tagged, settings: ActionSettings(), incomingHeaderNames: [], subject: nil)
            .showingOverrides(["allow(link:cdn.example)"], verdict: tagged, dryRun: false)
        #expect(
            plan.edits.first
                == .addHeader(name: "X-NotifyGuard-Result", value: "tag score=13.0 override=allow(link:cdn.example)"))
        #expect(plan.edits.count == 2)
    }

    @Test func rejectedMailIsNotEdited() {
        var rejected = verdict
        rejected.action = .reject
        let plan = ActionPlan(verdict: rejected, settings: ActionSettings(), incomingHeaderNames: [], subject: nil)
        #expect(plan.showingOverrides(["block(client:192.0.2.7)"], verdict: rejected, dryRun: false) == plan)
        #expect(plan.showingOverrides([], verdict: rejected, dryRun: false) == plan)
    }

    @Test func theVerdictLineNamesTheOverrides() {
        let plan = ActionPlan(verdict: verdict, settings: ActionSettings(), incomingHeaderNames: [], subject: nil)
        let line = VerdictLine(
            queueID: "4ZabCdE", plan: plan, verdict: verdict, envelopeFrom: "a@b.c", recipients: ["d@e.f"],
            client: "192.0.2.7", milliseconds: 0.5,
            overrides: ["block(client:192.0.2.0/24)", "allow(dkim:partnerpay.example.com)"])
        #expect(
            line.text
                == "4ZabCdE: action=accept score=13.0 profile=none from=<a@b.c> rcpt=<d@e.f> client=[192.0.2.7] reasons=callback_phishing(+18005550100) override=block(client:192.0.2.0/24),allow(dkim:partnerpay.example.com) ms=0.50"
        )
    }
}
