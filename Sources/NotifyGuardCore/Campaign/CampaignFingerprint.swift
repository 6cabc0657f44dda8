/// One piece of content a platform's user put into a notification template, reduced to what stays the same from
/// copy to copy of a campaign: the profile it was sent through, what kind of field it is, and its normalised value.
///
/// Depends on the content only (never on the recipient, the date or the message id), so every MX host that sees a
/// copy of a campaign computes the same fingerprint.
public struct CampaignFingerprint: Sendable, Hashable {
    /// Where in the template the content sat.
    public enum Kind: String, Sendable, CaseIterable {
        /// The From display name.
        case fromName = "name"
        case subject
        /// The account label of a platform that gives each customer a subdomain (`acme` of `acme.zendesk.com`).
        case tenant
        /// The text in a learned skeleton's fields.
        case fields
        /// A line of the message's text holding scam or lure wording: where a template without a learned skeleton
        /// shows its injected field (a tenant's name written into "Your organization, NAME, now has...").
        case line
        /// The registrable domain of a link outside the template's own domains.
        case link
        /// A phone number, in E.164 where its country is known.
        case phone
        /// A messenger handle (Telegram, WhatsApp, Signal...).
        case handle
    }

    /// The profile (template family) the message matched.
    public var scope: String
    public var kind: Kind
    /// The normalised content: what the counters are keyed on.
    public var value: String
    /// The field's text lowercased but not folded, for telling which reasons of the verdict it carries; never stored.
    public var evidence: String

    public init(scope: String, kind: Kind, value: String, evidence: String) {
        self.scope = scope
        self.kind = kind
        self.value = value
        self.evidence = evidence
    }

    /// The stable text a store hashes: profile, kind and value, separated by a byte no value holds.
    public var key: String { scope + "\u{1F}" + kind.rawValue + "\u{1F}" + value }

    /// How the fingerprint reads in a log line or a reason: `link:secure-refund-center.com`.
    public var label: String { kind.rawValue + ":" + String(value.prefix(60)) }
}
