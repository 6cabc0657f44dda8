/// Takes the fingerprints of what a platform's user put into a platform-sent notification: the fields of its
/// template (display name, subject, tenant label, a learned skeleton's field text), the foreign domains it links
/// to, its phone numbers and its messenger handles. Pure: the same message gives the same fingerprints on any host.
public struct CampaignFingerprinter: Sendable {
    public var policy: Policy
    /// Most fingerprints of one message (the store's work per message is bounded by it).
    public static let maxFingerprints = 16

    public init(policy: Policy) {
        self.policy = policy
    }

    /// The fingerprints of a message, empty unless its profile's platform sent it (other mail is judged alone).
    public func fingerprints(_ features: MessageFeatures) -> [CampaignFingerprint] {
        guard let matched = ProfileMatch(features, policy: policy), matched.platformSent else { return [] }
        let profile = policy.profiles[matched.index]
        var found: [CampaignFingerprint] = []
        func add(_ kind: CampaignFingerprint.Kind, value: String, evidence: String) {
            guard found.count < Self.maxFingerprints, !value.isEmpty else { return }
            let print = CampaignFingerprint(scope: profile.name, kind: kind, value: value, evidence: evidence)
            if !found.contains(print) { found.append(print) }
        }
        func addText(_ kind: CampaignFingerprint.Kind, _ text: String) {
            let value = FingerprintText.normalise(text)
            guard FingerprintText.isDistinctive(value) else { return }
            add(kind, value: value, evidence: TextCase.lowercased(text))
        }

        if let name = features.from?.displayName { addText(.fromName, name) }
        addText(.subject, features.subject)
        if let domain = features.from?.domain, let tenant = MessageContext.tenantLabel(of: domain, senders: profile.senders) {
            addText(.tenant, tenant)
        }
        if let fields = TemplateFields(features, profile: profile), !fields.match.slotText.isEmpty {
            addText(.fields, fields.match.slotText.joined(separator: " "))
        }
        for line in wordedLines(features.leadingText) { addText(.line, line) }
        // Links outside the template's own domains (and outside the platform's), images aside.
        let own = profile.linkDomains + profile.dkimDomains
        for index in features.links.indices where features.links[index].source != .image {
            let domain = features.links[index].registrableDomain
            guard !domain.isEmpty, !own.contains(where: { Domain.matches(features.links[index].host, $0) }) else {
                continue
            }
            add(.link, value: domain, evidence: domain)
        }
        for phone in features.phones {
            guard let number = PhoneNumber.normalised(phone.value) else { continue }
            add(.phone, value: number, evidence: phone.value)
        }
        for handle in MessengerHandles.handles(links: features.links, text: features.leadingText) {
            add(.handle, value: handle, evidence: handle)
        }
        return found
    }

    /// Most lines with wording taken from one message, and the longest line looked at (bytes).
    static let maxLines = 3
    static let maxLineBytes = 1_000

    /// The lines of `text` (its first few kilobytes) that hold a scam or lure phrase of the lexicon, at most
    /// `maxLines`.
    func wordedLines(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(whereSeparator: \.isNewline) where line.utf8.count <= Self.maxLineBytes {
            let lowered = Array(TextCase.lowercased(String(line)).utf8)
            let (scam, lure) = policy.lexicon.phrases(in: lowered, maxHits: 1)
            guard !scam.isEmpty || !lure.isEmpty else { continue }
            lines.append(String(line))
            if lines.count >= Self.maxLines { break }
        }
        return lines
    }
}
