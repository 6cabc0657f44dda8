import NotifyGuardCore

/// The one syslog line per message, Postfix style: queue id first, then `key=value` fields.
///
/// `4ZabCdE: action=quarantine score=12.5 profile=microsoft-tenant from=<a@b> rcpt=<c@d> client=[203.0.113.9]
/// reasons=foreign_link(x.com),scam_phrase(private message) ms=0.4`
public struct VerdictLine: Sendable {
    public var queueID: String?
    public var plan: ActionPlan
    public var verdict: Verdict?
    public var envelopeFrom: String
    public var recipients: [String]
    public var client: String?
    /// The SMTP AUTH user (`{auth_authen}`), when the client authenticated.
    public var authenticatedUser: String?
    public var milliseconds: Double
    /// Why the failure action applied, if it did.
    public var failure: String?
    /// The override entries that applied, as `allow(dkim:partner.example)`.
    public var overrides: [String]

    public init(
        queueID: String?, plan: ActionPlan, verdict: Verdict?, envelopeFrom: String, recipients: [String],
        client: String?, authenticatedUser: String? = nil, milliseconds: Double, failure: String? = nil,
        overrides: [String] = []
    ) {
        self.queueID = queueID
        self.plan = plan
        self.verdict = verdict
        self.envelopeFrom = envelopeFrom
        self.recipients = recipients
        self.client = client
        self.authenticatedUser = authenticatedUser
        self.milliseconds = milliseconds
        self.failure = failure
        self.overrides = overrides
    }

    /// The action carried out: the plan's, or `tempfail` when the failure action refused the message.
    public var action: String { failure != nil && plan.tempfail ? "tempfail" : plan.action.rawValue }

    public var text: String {
        let id = field(queueID ?? "NOQUEUE", limit: 32)
        var line = "\(id): action=\(action)"
        if plan.action != plan.verdictAction { line += " verdict=\(plan.verdictAction.rawValue) dry_run=yes" }
        if let verdict {
            line += " score=\(ActionPlan.format(verdict.score)) profile=\(verdict.profile.map { field($0, limit: 64) } ?? "none")"
        }
        line += " from=<\(field(envelopeFrom, limit: 256))>"
        let shown = recipients.prefix(5).map { "<\(field($0, limit: 256))>" }.joined(separator: ",")
        line += " rcpt=\(shown.isEmpty ? "<>" : shown)"
        if recipients.count > 5 { line += "+\(recipients.count - 5)" }
        line += " client=[\(field(client ?? "unknown", limit: 64))]"
        if let user = authenticatedUser, !user.isEmpty { line += " sasl_username=\(field(user, limit: 128))" }
        if let verdict {
            let reasons = verdict.reasons.map { "\($0.rule)(\(field($0.detail, limit: 80)))" }.joined(separator: ",")
            line += " reasons=\(reasons.isEmpty ? "none" : reasons)"
            if verdict.partial { line += " partial=yes" }
        }
        if !overrides.isEmpty { line += " override=\(field(overrides.joined(separator: ","), limit: 300))" }
        if let failure { line += " failure=\(field(failure, limit: 200))" }
        line += " ms=\(formatMilliseconds(milliseconds))"
        return line
    }

    private func field(_ value: String, limit: Int) -> String {
        HeaderText.clean(value, limit: limit)
    }

    private func formatMilliseconds(_ ms: Double) -> String {
        let hundredths = Int((max(0, ms) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
