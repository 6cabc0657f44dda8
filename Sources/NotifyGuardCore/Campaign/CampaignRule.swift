/// The `campaign` rule: content that carries injection signals weighs more once it has reached many recipients
/// (a campaign, not one customer's message to their own people), or once a copy was quarantined, rejected or
/// reported as abuse on any host sharing the store. Content reported genuine is never counted against.
///
/// A pure decision over the fingerprints, the store's counts and the verdict so far, so that the daemon can call
/// it after scoring with whatever store it has.
public struct CampaignRule: Sendable, Equatable {
    public static let ruleName = "campaign"
    /// Rules whose reasons are about injected content (not authentication or limits): a fingerprint carries
    /// injection signals when one of these fired on it.
    public static let defaultSignalRules: Set<String> = [
        "foreign_link", "scam_phrase", "lure_phrase", "phone_number", "callback_phishing", "link_text_mismatch",
        "userinfo_link", "ip_literal_link", "defanged_link", "punycode_link", "shortener_link", "wallet_address",
        "invisible_characters", "mixed_script", "brand_impersonation", "injected_address", "subject_mismatch",
        "lookalike_domain", "risky_tld", "free_hosting", "template_deviation", "field_length",
    ]

    /// Added when a fingerprint's counts reach a threshold.
    public var weight: Double = 4
    /// Added when a copy was quarantined, rejected or reported as abuse.
    public var markWeight: Double = 4
    /// Fires at this many distinct recipient domains (0: not counted by domains)...
    public var minRecipientDomains = 5
    /// ...or at this many distinct recipients (0: not counted by recipients).
    public var minRecipients = 20
    /// The least combined weight of the message's injected-content reasons for the rule to look at it: weak
    /// signals alone (a lure phrase, a phone number in an invoice) are what genuine mass mailings carry too.
    public var minSignalScore: Double = 3
    /// The window as the config wrote it, for the reason's text.
    public var windowText = "24h"
    public var signalRules = CampaignRule.defaultSignalRules

    public init() {}

    /// The `campaign` reason for a message, if any: the fingerprint that weighs most among those carrying
    /// injection signals, with its counts. `counts[i]` belongs to `fingerprints[i]`.
    public func reason(fingerprints: [CampaignFingerprint], counts: [CampaignCounts], verdict: Verdict) -> Reason? {
        let signals = verdict.reasons.filter { signalRules.contains($0.rule) }
        guard !signals.isEmpty, signals.reduce(0, { $0 + $1.score }) >= minSignalScore else { return nil }
        var best: (score: Double, detail: String)? = nil
        for (index, print) in fingerprints.enumerated() where index < counts.count {
            let count = counts[index]
            guard count.judgement != .genuine, carriesSignals(print, signals) else { continue }
            // Counts first: a log line cuts long details short, and the content's label is the least needed part.
            var score = 0.0
            var detail = "\(count.recipients) recipients, \(count.recipientDomains) domains in \(windowText)"
            if reachesThreshold(count) { score += weight }
            if count.judgement == .abuse {
                score += markWeight
                detail += ", reported as abuse"
            } else if count.verdictMarks > 0 {
                score += markWeight
                detail += ", \(count.verdictMarks) quarantined or rejected"
            }
            detail += ": " + print.label
            if score > 0, score > best?.score ?? 0 { best = (score, detail) }
        }
        return best.map { Reason(rule: Self.ruleName, score: $0.score, detail: $0.detail) }
    }

    func reachesThreshold(_ count: CampaignCounts) -> Bool {
        (minRecipientDomains > 0 && count.recipientDomains >= minRecipientDomains)
            || (minRecipients > 0 && count.recipients >= minRecipients)
    }

    /// Whether one of `signals` (reasons of injected-content rules) is about this fingerprint's field: its detail
    /// is in the field's text or names the field's domain or number. A messenger handle in a platform's
    /// notification carries any signal of its message; a skeleton's field text also its deviations.
    func carriesSignals(_ print: CampaignFingerprint, _ signals: [Reason]) -> Bool {
        switch print.kind {
        case .handle: return true
        case .subject where signals.contains { $0.rule == "subject_mismatch" }: return true
        case .fields where signals.contains { $0.rule == "template_deviation" || $0.rule == "field_length" }: return true
        default: break
        }
        return signals.contains { reason in
            let detail = TextCase.lowercased(reason.detail)
            guard detail.utf8.count >= 3 else { return false }
            return print.evidence.contains(detail) || detail.contains(print.evidence)
        }
    }

    /// `verdict` with `reason` added: its score, and the action the profile's (or the policy's) thresholds give it.
    public static func applying(_ reason: Reason, to verdict: Verdict, policy: Policy) -> Verdict {
        var result = verdict
        result.reasons.append(reason)
        result.score += reason.score
        let thresholds = verdict.profile.flatMap { name in policy.profiles.first { $0.name == name }?.thresholds }
            ?? policy.thresholds
        result.action = thresholds.action(for: result.score)
        return result
    }
}
