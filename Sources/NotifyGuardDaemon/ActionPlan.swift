import NotifyGuardConfig
import NotifyGuardCore

/// One change to ask of the MTA at end of message.
public enum MessageEdit: Equatable, Sendable {
    case deleteHeader(name: String, index: Int)
    case addHeader(name: String, value: String)
    case changeHeader(name: String, index: Int, value: String)
    case quarantine(reason: String)
}

/// What to do with a message, decided from its verdict and the settings, before anything touches libmilter.
///
/// Keeping this pure lets the tests check every action without an MTA, and keeps the milter session thin.
public struct ActionPlan: Equatable, Sendable {
    /// The action carried out (after dry-run and failure handling).
    public var action: Action
    /// What the verdict alone asked for (differs from `action` in dry-run mode).
    public var verdictAction: Action
    public var edits: [MessageEdit]
    /// Set when the MTA must refuse the message: a reject reply, or a temporary failure.
    public var reply: RejectReply?
    public var tempfail: Bool

    /// Why the configured failure action applied instead of the verdict (for the log line); nil when it did not.
    public var failure: String?

    public static let resultHeader = "X-NotifyGuard-Result"
    public static let reasonsHeader = "X-NotifyGuard-Reasons"

    /// The plan for a parsed message and its verdict. Incoming `X-NotifyGuard-*` headers are found in the parsed
    /// message (wherever they stand) and deleted whenever the message is delivered; the Subject prefixed is its own.
    /// Whether a structural limit replaces this plan is ``checkingLimits(_:settings:allowed:)``'s decision.
    public init(verdict: Verdict, message: ParsedMessage, settings: ActionSettings) {
        let forged = Self.forgedHeaderDeletions(message.headers.all(namePrefix: IdentityHeaders.ownPrefix).map(\.name))
        let subject = message.headers.first(named: "Subject")?.foldedValue
        self.init(verdict: verdict, settings: settings, forged: forged, subject: subject)
    }

    /// The verdict carried out. `subject` is the raw Subject value, nil when the message has none.
    private init(verdict: Verdict, settings: ActionSettings, forged: [MessageEdit], subject: String?) {
        verdictAction = verdict.action
        action = settings.dryRun ? min(verdict.action, .tag) : verdict.action
        reply = nil
        tempfail = false
        failure = nil
        edits = []
        if action == .reject {
            reply = settings.reject
            return
        }
        edits = forged
        if action >= .tag || settings.tagAcceptedMail || settings.dryRun && verdictAction > .accept {
            edits += Self.tagHeaders(verdict: verdict, dryRun: settings.dryRun)
        }
        if action >= .tag, !settings.subjectPrefix.isEmpty {
            let current = subject ?? ""
            if !current.hasPrefix(settings.subjectPrefix) {
                let value = settings.subjectPrefix + current
                edits.append(subject == nil
                    ? .addHeader(name: "Subject", value: value) : .changeHeader(name: "Subject", index: 1, value: value))
            }
        }
        if action == .quarantine {
            edits.append(.quarantine(reason: "\(settings.quarantineReason) (score \(Self.format(verdict.score)))"))
        }
    }

    /// Deletes of every incoming `X-NotifyGuard-*` header (`names`, in arrival order), highest index first so
    /// earlier indexes stay valid.
    static func forgedHeaderDeletions(_ names: [String]) -> [MessageEdit] {
        var seen: [String: Int] = [:]
        var deletions: [MessageEdit] = []
        for name in names {
            let key = name.lowercased()
            seen[key, default: 0] += 1
            deletions.append(.deleteHeader(name: name, index: seen[key] ?? 1))
        }
        return deletions.reversed()
    }

    static func tagHeaders(verdict: Verdict, dryRun: Bool) -> [MessageEdit] {
        var result = "\(verdict.action.rawValue) score=\(format(verdict.score))"
        if let profile = verdict.profile { result += " profile=\(profile)" }
        if dryRun { result += " dry-run" }
        let resultValue = HeaderText.folded(HeaderText.clean(result, maxBytes: 200), name: resultHeader)
        var edits: [MessageEdit] = [.addHeader(name: resultHeader, value: resultValue)]
        if !verdict.reasons.isEmpty {
            let reasons = verdict.reasons.map { "\($0.rule)(\($0.detail))=\(format($0.score))" }.joined(separator: ", ")
            let value = HeaderText.folded(HeaderText.clean(reasons, maxBytes: reasonsBytes), name: reasonsHeader)
            edits.append(.addHeader(name: reasonsHeader, value: value))
        }
        return edits
    }

    /// Bytes of `X-NotifyGuard-Reasons` before it is cut with "...": with its name, under RFC 5322's 998 per line.
    static let reasonsBytes = 900

    /// Scores print with one decimal, always with a dot. The config bounds weights, so scores are small; anything
    /// beyond ±10^15 (or not finite) still prints rather than trapping in the conversion to Int.
    public static func format(_ score: Double) -> String {
        let tenths = (score * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e16 else { return "\(score)" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = Int(abs(tenths))
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
