import NotifyGuardConfig
import NotifyGuardCore

/// Which override entries apply to a message, from its features, envelope and scored verdict. Pure.
///
/// Allow entries that name the sender (`from`, `field`) apply only when that sender is authenticated: a forged From
/// or a look-alike template must not be let through by them. `link` allow entries take that domain's links out of
/// the evidence instead of accepting the message. `rcpt` allow entries apply only when every recipient is allowed.
public struct OverrideMatcher: Sendable {
    public let overrides: Overrides
    /// The list that tells a domain's organisation (the policy's, loaded by the config layer).
    public let publicSuffixes: PublicSuffixList

    public init(overrides: Overrides, publicSuffixes: PublicSuffixList) {
        self.publicSuffixes = publicSuffixes
        self.overrides = overrides
    }

    /// What the entries make of one message.
    public struct Match: Sendable, Equatable {
        /// Allow entries that apply (`link` ones excluded: they show in ``droppedReasons``).
        public var allow: [OverrideEntry] = []
        public var block: [OverrideEntry] = []
        /// `link` allow entries that took reasons out.
        public var linkAllow: [OverrideEntry] = []
        /// The verdict's reasons without those about allowed link domains.
        public var reasons: [Reason] = []
        public var droppedReasons = 0

        /// Every entry that applied, block entries first, as logged.
        public var applied: [OverrideEntry] { block + allow + linkAllow }
    }

    /// - Parameter profile: the profile the verdict names, if any.
    public func match(features: MessageFeatures, envelope: Envelope, verdict: Verdict, profile: Profile?) -> Match {
        var result = Match()
        let context = Context(features: features, envelope: envelope, profile: profile, publicSuffixes: publicSuffixes)
        result.block = overrides.block.filter { context.matches($0) }
        result.allow = overrides.allow.filter { $0.key != .link && $0.key != .rcpt && context.matches($0) }
        // Recipients: an allow applies only when every recipient is covered by one, or mail to others slips through.
        let rcptAllows = overrides.allow.filter { $0.key == .rcpt }
        if !rcptAllows.isEmpty, !envelope.recipients.isEmpty {
            let covering = envelope.recipients.map { recipient in
                rcptAllows.first { Self.matchesAddress(recipient, $0.value) }
            }
            if covering.allSatisfy({ $0 != nil }) {
                for entry in covering.compactMap({ $0 }) where !result.allow.contains(entry) {
                    result.allow.append(entry)
                }
            }
        }
        // Links: reasons about an allowed domain's links no longer count.
        result.reasons = verdict.reasons
        for entry in overrides.allow where entry.key == .link {
            let before = result.reasons.count
            result.reasons.removeAll { Self.linkDomain(of: $0).map { Self.isWithin($0, entry.value) } ?? false }
            if result.reasons.count < before {
                result.linkAllow.append(entry)
                result.droppedReasons += before - result.reasons.count
            }
        }
        return result
    }

    /// Allow entries that would let this message through, for `scan` to suggest: its passing DKIM domains, its From
    /// address when authenticated, and its template fields when its platform sent it. For a platform's template, not
    /// what would let the whole platform through: its DKIM domains, its own sender addresses, a display name that
    /// names a protected brand ("Microsoft").
    public static func allowCandidates(
        features: MessageFeatures, profile: Profile?, brands: [String] = [], publicSuffixes: PublicSuffixList
    ) -> [OverrideEntry] {
        let context = Context(
            features: features, envelope: Envelope(), profile: profile, publicSuffixes: publicSuffixes)
        let platformDomains = profile?.dkimDomains.map { $0.lowercased() } ?? []
        var entries: [OverrideEntry] = []
        for domain in features.dkimPassDomains.map({ $0.lowercased() })
        where !platformDomains.contains(where: { isWithin(domain, $0) }) {
            entries.append(OverrideEntry(list: .allow, key: .dkim, value: domain))
        }
        if let from = features.from, context.fromAuthenticated {
            let address = from.address.lowercased()
            let platformSender = profile?.senders.contains {
                $0.lowercased() == address || $0.lowercased() == from.domain.lowercased()
            }
            if platformSender != true { entries.append(OverrideEntry(list: .allow, key: .from, value: address)) }
        }
        if context.platformSent {
            // Whole words: a brand inside a longer word ("ing" in "meeting") doesn't count.
            let brandNames = brands.map { " " + OverrideEntry.normalisedField($0) + " " }
            for field in context.fields where !brandNames.contains(where: { (" " + field + " ").contains($0) }) {
                entries.append(OverrideEntry(list: .allow, key: .field, value: field))
            }
        }
        var unique: [OverrideEntry] = []
        for entry in entries where !unique.contains(where: { $0.key == entry.key && $0.value == entry.value }) {
            unique.append(entry)
        }
        return unique
    }

    /// The facts entries are compared with, worked out once per message.
    private struct Context {
        let features: MessageFeatures
        let envelope: Envelope
        /// A trusted DMARC pass, or a passing DKIM signature of the From domain's organisation (relaxed alignment).
        let fromAuthenticated: Bool
        /// The matched profile's platform sent the message: a trusted DKIM pass, or an SPF pass without a DMARC
        /// failure, for one of its `dkim_domains` (as the scorer decides it).
        let platformSent: Bool
        /// Template field texts, normalised: the tenant label a subdomain platform gives its customer (`acme` in
        /// `acme.zendesk.com`, the project in `project.firebaseapp.com`) and the From display name (where templates
        /// put an app, group, seller or sharer name).
        let fields: [String]

        init(features: MessageFeatures, envelope: Envelope, profile: Profile?, publicSuffixes: PublicSuffixList) {
            self.features = features
            self.envelope = envelope
            if let from = features.from, !from.domain.isEmpty {
                let organisation = OverrideMatcher.organisation(of: from.domain.lowercased(), in: publicSuffixes)
                fromAuthenticated =
                    features.dmarcPass
                    || features.dkimPassDomains.contains {
                        OverrideMatcher.organisation(of: $0.lowercased(), in: publicSuffixes) == organisation
                    }
            } else {
                fromAuthenticated = false
            }
            if let profile {
                let isPlatform = { (domain: String) in
                    profile.dkimDomains.contains { OverrideMatcher.isWithin(domain.lowercased(), $0.lowercased()) }
                }
                platformSent =
                    features.dkimPassDomains.contains(where: isPlatform)
                    || features.spfPassDomains.contains(where: isPlatform) && !features.dmarcFailed
            } else {
                platformSent = false
            }
            var texts: [String] = []
            if let profile, let from = features.from,
                let label = OverrideMatcher.tenantLabel(from.domain, profile.senders)
            {
                texts.append(OverrideEntry.normalisedField(label))
            }
            if let name = features.from?.displayName {
                let field = OverrideEntry.normalisedField(name)
                if !field.isEmpty, !texts.contains(field) { texts.append(field) }
            }
            fields = texts
        }

        func matches(_ entry: OverrideEntry) -> Bool {
            let allow = entry.list == .allow
            switch entry.key {
            case .from:
                guard let from = features.from, OverrideMatcher.matchesAddress(from.address, entry.value) else {
                    return false
                }
                return !allow || fromAuthenticated
            case .dkim:
                return features.dkimPassDomains.contains { OverrideMatcher.isWithin($0.lowercased(), entry.value) }
            case .field:
                return fields.contains(entry.value) && (!allow || platformSent)
            case .link:
                return features.links.contains { OverrideMatcher.isWithin($0.host.lowercased(), entry.value) }
            case .rcpt:
                return envelope.recipients.contains { OverrideMatcher.matchesAddress($0, entry.value) }
            case .client:
                guard let client = envelope.client, let network = entry.network else { return false }
                return network.contains(client)
            }
        }
    }

    /// The label just left of a profile's sender domain in `domain` (`acme` for `help.acme.zendesk.com` under
    /// `zendesk.com`), when it has 3 or more characters: the same label the scorer treats as the platform's customer.
    static func tenantLabel(_ domain: String, _ senders: [String]) -> String? {
        let domain = domain.lowercased()
        for sender in senders where !sender.contains("@") {
            let suffix = "." + sender.lowercased()
            guard domain.hasSuffix(suffix) else { continue }
            if let label = domain.dropLast(suffix.count).split(separator: ".").last, label.count >= 3 {
                return String(label)
            }
        }
        return nil
    }

    /// An address entry (`user@domain`) matches that address; a domain entry the address's domain and subdomains.
    static func matchesAddress(_ address: String, _ value: String) -> Bool {
        if value.contains("@") { return address.lowercased() == value }
        return isWithin(Envelope.domain(of: address), value)
    }

    /// Whether `host` is `domain` or a subdomain of it.
    static func isWithin(_ host: String, _ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }

    /// The registrable domain (organisational domain) of `domain`, by the Public Suffix List.
    static func organisation(of domain: String, in publicSuffixes: PublicSuffixList) -> String {
        publicSuffixes.registrableDomain(domain) ?? domain
    }

    /// The link rules, whose detail names the link's host or registrable domain.
    static let linkRules: Set<String> = Set(
        [
            RuleID.foreignLink, .riskyTLD, .freeHosting, .shortenerLink, .userinfoLink, .ipLiteralLink, .defangedLink,
            .punycodeLink, .linkTextMismatch, .lookalikeDomain,
        ].map(\.rawValue))

    /// The domain a link rule's reason is about: its detail, the target of `named->target`, the domain of
    /// `domain~brand`; nil for other rules.
    static func linkDomain(of reason: Reason) -> String? {
        guard linkRules.contains(reason.rule) else { return nil }
        var detail = Substring(reason.detail)
        if let arrow = detail.firstRange(of: "->") { detail = detail[arrow.upperBound...] }
        if let tilde = detail.firstIndex(of: "~") { detail = detail[..<tilde] }
        return detail.lowercased()
    }
}
