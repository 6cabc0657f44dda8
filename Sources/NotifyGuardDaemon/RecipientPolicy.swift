import NotifyGuardConfig
import NotifyGuardCore

/// The settings that apply to one message given its recipients' domains (`recipient_domains`). Pure.
///
/// A message to several domains gets the strictest settings among its recipients': each threshold the lowest,
/// dry-run only when every recipient's domain is in dry-run, tempfail on failure when any wants it. Texts (subject
/// prefix, reject text) come from the first recipient, in RCPT order, whose domain sets them; else the global ones.
/// Recipients of domains without an entry count with the global settings (and the profile's thresholds).
public struct RecipientPolicy: Sendable, Equatable {
    public var actions: ActionSettings
    /// The thresholds to decide the action with; nil: the verdict's own (the profile's, else the global ones).
    public var thresholds: Thresholds?

    /// - Parameter verdictThresholds: the thresholds the scorer used (the profile's, else the global ones).
    public init(settings: Settings, recipients: [String], verdictThresholds: Thresholds) {
        actions = settings.actions
        thresholds = nil
        guard !settings.recipientDomains.isEmpty else { return }
        var policies: [RecipientDomainPolicy?] = []
        var seen: Set<String> = []
        for recipient in recipients {
            let domain = Envelope.domain(of: recipient)
            guard seen.insert(domain).inserted else { continue }
            policies.append(Self.policy(for: domain, in: settings.recipientDomains))
        }
        guard policies.contains(where: { $0 != nil }) else { return }

        let global = settings.actions
        actions.dryRun = policies.allSatisfy { $0?.dryRun ?? global.dryRun }
        actions.failureAction =
            policies.contains { ($0?.failureAction ?? global.failureAction) == .tempfail }
            ? .tempfail : .accept
        if let prefix = policies.lazy.compactMap({ $0?.subjectPrefix }).first { actions.subjectPrefix = prefix }
        if let text = policies.lazy.compactMap({ $0?.rejectText }).first { actions.reject.text = text }
        if policies.contains(where: { $0?.thresholds != nil }) {
            let each = policies.map { $0?.thresholds ?? verdictThresholds }
            thresholds = Thresholds(
                tag: each.map(\.tag).min() ?? verdictThresholds.tag,
                quarantine: each.map(\.quarantine).min() ?? verdictThresholds.quarantine,
                reject: each.map(\.reject).min() ?? verdictThresholds.reject)
        }
    }

    /// The entry for `domain`: its own, else the closest parent domain's; nil when none covers it.
    static func policy(for domain: String, in policies: [RecipientDomainPolicy]) -> RecipientDomainPolicy? {
        var rest = Substring(domain)
        while !rest.isEmpty {
            if let found = policies.first(where: { $0.domain == rest }) { return found }
            guard let dot = rest.firstIndex(of: ".") else { return nil }
            rest = rest[rest.index(after: dot)...]
        }
        return nil
    }
}
