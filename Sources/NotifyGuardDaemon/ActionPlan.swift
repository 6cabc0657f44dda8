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
        var edits: [MessageEdit] = [.addHeader(name: resultHeader, value: HeaderText.clean(result, limit: 200))]
        if !verdict.reasons.isEmpty {
            let reasons = verdict.reasons.map { "\($0.rule)(\($0.detail))=\(format($0.score))" }.joined(separator: ", ")
            edits.append(.addHeader(name: reasonsHeader, value: HeaderText.clean(reasons, limit: 900)))
        }
        return edits
    }

    /// Scores print with one decimal, always with a dot.
    public static func format(_ score: Double) -> String {
        let tenths = (score * 10).rounded()
        let sign = tenths < 0 ? "-" : ""
        let magnitude = Int(abs(tenths))
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}

/// Text made safe for a header value or a log field: no control characters, bounded length.
public enum HeaderText {
    /// At most `limit` scalars of `text` (then "..."), control characters as spaces. Linear: the scalars written are
    /// counted as they go (counting the output's scalars anew for each one made a 900-scalar reasons field cost
    /// hundreds of thousands of steps).
    public static func clean(_ text: String, limit: Int) -> String {
        var out = ""
        var written = 0
        for scalar in text.unicodeScalars {
            if written >= limit {
                out += "..."
                break
            }
            out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            written += 1
        }
        return out
    }
}
