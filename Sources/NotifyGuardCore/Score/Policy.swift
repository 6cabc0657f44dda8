/// What the scorer's verdict asks the MTA to do, in increasing severity.
public enum Action: String, Sendable, Codable, Comparable, CaseIterable {
    case accept, tag, quarantine, reject

    private var rank: Int {
        switch self {
        case .accept: return 0
        case .tag: return 1
        case .quarantine: return 2
        case .reject: return 3
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.rank < rhs.rank }
}

/// Scores from which each action applies (inclusive).
public struct Thresholds: Sendable, Equatable {
    public var tag: Double
    public var quarantine: Double
    public var reject: Double

    public init(tag: Double, quarantine: Double, reject: Double) {
        self.tag = tag
        self.quarantine = quarantine
        self.reject = reject
    }

    public func action(for score: Double) -> Action {
        if score >= reject { return .reject }
        if score >= quarantine { return .quarantine }
        if score >= tag { return .tag }
        return .accept
    }
}

/// The rules the scorer knows; each has a weight in the config (`rules:` section).
public enum RuleID: String, Sendable, CaseIterable, Codable {
    case spoofedSender = "spoofed_sender"
    case foreignLink = "foreign_link"
    case scamPhrase = "scam_phrase"
    case phoneNumber = "phone_number"
    case callbackPhishing = "callback_phishing"
    case linkTextMismatch = "link_text_mismatch"
    case userinfoLink = "userinfo_link"
    case ipLiteralLink = "ip_literal_link"
    case defangedLink = "defanged_link"
    case punycodeLink = "punycode_link"
    case shortenerLink = "shortener_link"
    case walletAddress = "wallet_address"
    case invisibleCharacters = "invisible_characters"
    case genericNotificationAbuse = "generic_notification_abuse"
    case mixedScript = "mixed_script"
    case brandImpersonation = "brand_impersonation"
    case injectedAddress = "injected_address"
    case partialScan = "partial_scan"
    case subjectMismatch = "subject_mismatch"
    case lookalikeDomain = "lookalike_domain"
    case riskyTLD = "risky_tld"
    case freeHosting = "free_hosting"
    case dmarcFail = "dmarc_fail"
    case lurePhrase = "lure_phrase"
    case invalidSenderDomain = "invalid_sender_domain"
    case templateDeviation = "template_deviation"
    case fieldLength = "field_length"

    /// `allCases`, built once (the synthesized property builds a new array per call).
    static let ordered = RuleID.allCases

    /// Weights used when the config names none.
    public var defaultWeight: Double {
        switch self {
        case .spoofedSender: return 6
        case .foreignLink: return 4
        case .scamPhrase: return 3
        case .phoneNumber: return 1
        case .callbackPhishing: return 4
        case .linkTextMismatch: return 3
        case .userinfoLink: return 4
        case .ipLiteralLink: return 3
        case .defangedLink: return 4
        case .punycodeLink: return 2
        case .shortenerLink: return 2
        case .walletAddress: return 4
        case .invisibleCharacters: return 1
        case .genericNotificationAbuse: return 3
        case .mixedScript: return 3
        case .brandImpersonation: return 4
        case .injectedAddress: return 3
        case .partialScan: return 0
        case .subjectMismatch: return 3
        case .lookalikeDomain: return 4
        case .riskyTLD: return 1
        case .freeHosting: return 2
        case .dmarcFail: return 2
        case .lurePhrase: return 1
        case .invalidSenderDomain: return 3
        case .templateDeviation: return 3
        case .fieldLength: return 2
        }
    }
}

/// One notification template family of one platform.
public struct Profile: Sendable, Equatable {
    public var name: String
    /// Sender addresses (`a@b`) or domains (`b`, matching subdomains too) of From or Sender.
    public var senders: [String] {
        didSet { (senderAddresses, senderDomains) = Self.split(senders) }
    }
    /// `senders` that are whole addresses, and those that are domains.
    private(set) var senderAddresses: Set<String> = []
    private(set) var senderDomains: [String] = []
    /// DKIM `d=` domains that prove the platform sent it.
    public var dkimDomains: [String]
    /// Domains the template's own links use.
    public var linkDomains: [String]
    /// Users of this template may add their own links (calendar invitations, comments): foreign links are not
    /// scored as such; the other link signals still apply.
    public var userLinks: Bool
    /// Whether the platform's users write the whole body (a support agent's reply, a creator's newsletter): lure
    /// wording there is theirs and stays weak evidence, unlike in a fixed-text template.
    public var userText: Bool
    /// The platform sends for its customers under their own From domains (a DKIM `d=` of the platform is
    /// enough to recognise the template).
    public var matchDKIM: Bool
    public var thresholds: Thresholds?
    /// Lowercased phrases the template's own subjects contain (any language it is sent in); empty: not checked.
    public var subjects: [String] {
        didSet { subjectPhrases = SubjectPhrases(subjects) }
    }
    /// `subjects` arranged for the scorer's per-message search.
    private(set) var subjectPhrases = SubjectPhrases([])
    /// Lure phrases the platform's own texts use ("unusual sign-in activity" in a real security alert); any other
    /// lure phrase in a platform-sent message of this template was written in by a user, and counts as scam wording.
    public var ownPhrases: [String]
    /// Learned skeletons of the family's templates (`notifyguard learn`); empty: no template check.
    public var skeletons: [TemplateSkeleton]

    public init(
        name: String, senders: [String], dkimDomains: [String], linkDomains: [String], userLinks: Bool = false,
        userText: Bool = false, matchDKIM: Bool = false, thresholds: Thresholds? = nil, subjects: [String] = [],
        ownPhrases: [String] = [], skeletons: [TemplateSkeleton] = []
    ) {
        self.name = name
        self.senders = senders.map { $0.lowercased() }
        (senderAddresses, senderDomains) = Self.split(self.senders)
        self.dkimDomains = dkimDomains.map { $0.lowercased() }
        self.linkDomains = linkDomains.map { $0.lowercased() }
        self.userLinks = userLinks
        self.userText = userText
        self.matchDKIM = matchDKIM
        self.thresholds = thresholds
        self.subjects = subjects.map { $0.lowercased() }
        subjectPhrases = SubjectPhrases(self.subjects)
        self.ownPhrases = ownPhrases.map { $0.lowercased() }
        self.skeletons = skeletons
    }

    func matchesSender(_ address: String) -> Bool {
        let address = address.lowercased()
        return matchesSender(address: address, domain: address.split(separator: "@").last.map(String.init) ?? "")
    }

    /// `matchesSender` for an address already lowercased and split, as the scorer has it for every profile.
    func matchesSender(address: String, domain: String) -> Bool {
        senderAddresses.contains(address) || senderDomains.contains { Domain.matches(domain, $0) }
    }

    private static func split(_ senders: [String]) -> (addresses: Set<String>, domains: [String]) {
        let isAddress = { (sender: String) in sender.utf8.contains(UInt8(ascii: "@")) }
        return (Set(senders.filter(isAddress)), senders.filter { !isAddress($0) })
    }
}

/// A brand worth protecting: its name as written (compared through ``Confusables/skeleton(_:)``) and its domains.
public struct Brand: Sendable, Equatable {
    public var name: String
    public var domains: [String]
    /// Lowercase letters and digits only, the form matched against display names.
    let compact: String
    /// `compact`'s length in characters and its UTF-8 bytes, for the scorer's per-message search.
    let compactLength: Int
    let compactBytes: [UInt8]
    /// " compact " and " compact": the brand as a whole word and as a word start in the scorer's spaced text.
    let wordBytes: [UInt8]
    let wordStartBytes: [UInt8]
    /// The registrable labels of its domains (`paypal`, `microsoftonline`), compared against lookalikes.
    let labels: [String]
    /// `labels` as UTF-8 bytes.
    let labelBytes: [[UInt8]]

    public init(name: String, domains: [String]) {
        self.name = name
        self.domains = domains.map { $0.lowercased() }
        compact = String(Confusables.skeleton(name).filter { $0.isLetter || $0.isNumber })
        compactLength = compact.count
        compactBytes = Array(compact.utf8)
        wordStartBytes = [0x20] + compactBytes
        wordBytes = wordStartBytes + [0x20]
        var labels: [String] = []
        for domain in self.domains {
            let label = String(Lookalike.registrableLabel(PublicSuffixList.shared.registrableDomain(domain) ?? domain))
            if !labels.contains(label) { labels.append(label) }
        }
        self.labels = labels
        labelBytes = labels.map { Array($0.utf8) }
    }

    /// Whether `domain` is one of the brand's own (or a subdomain of one).
    func owns(_ domain: String) -> Bool { domains.contains { Domain.matches(domain, $0) } }
}

/// Domain suffix matching: `a.b.example.com` is within `example.com`.
enum Domain {
    /// The domain of `user@domain`, or the text itself when it is already a domain.
    static func of(_ addressOrDomain: String) -> String {
        addressOrDomain.split(separator: "@").last.map(String.init) ?? addressOrDomain
    }

    /// Whether `host` is one of `domains` or a subdomain of one: one set lookup per label boundary.
    static func isWithin(_ host: String, anyOf domains: Set<String>) -> Bool {
        guard !domains.isEmpty else { return false }
        var rest = Substring(host)
        while !rest.isEmpty {
            if domains.contains(String(rest)) { return true }
            guard let dot = rest.firstIndex(of: ".") else { return false }
            rest = rest[rest.index(after: dot)...]
        }
        return false
    }

    /// `isWithin(_:anyOf:)` with the domains as an ``ASCIIStringSet``: an ASCII host's tails are looked up in
    /// place, one per label.
    static func isWithin(_ host: String, anyOf domains: ASCIIStringSet) -> Bool {
        guard !domains.members.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard CharsetDecoder.isASCII(bytes) else { return nil }
            // ASCII: a "." byte is a "." Character, and each tail after one is looked up as bytes.
            var start = 0
            while start < bytes.count {
                if domains.contains(ascii: UnsafeBufferPointer(rebasing: bytes[start...])) { return true }
                guard let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: start, to: bytes.count) else {
                    return false
                }
                start = dot + 1
            }
            return false
        }
        return (found ?? nil) ?? isWithin(host, anyOf: domains.members)
    }

    /// What one pass over a host name's bytes says about its labels: how many there are, and the last one's length
    /// and whether it is all digits.
    struct HostShape {
        var labels: Int
        var lastLabelLength: Int
        var lastLabelIsNumeric: Bool
    }

    /// The shape of `host` when it could be a host name (nil otherwise): at most 253 bytes, every label 1 to 63
    /// letters, digits, hyphens or non-ASCII bytes (IDN letters), none starting or ending with a hyphen.
    static func hostShape(_ host: some Collection<UInt8>) -> HostShape? {
        guard host.count <= 253 else { return nil }
        var labels = 1
        var length = 0
        var first: UInt8 = 0
        var previous: UInt8 = 0
        var numeric = true
        for byte in host {
            if byte == UInt8(ascii: ".") {
                guard length > 0, previous != UInt8(ascii: "-") else { return nil }
                labels += 1
                length = 0
                numeric = true
                previous = byte
                continue
            }
            guard ASCII.isAlnum(byte) || byte == UInt8(ascii: "-") || byte >= 0x80 else { return nil }
            if length == 0 { first = byte }
            guard first != UInt8(ascii: "-") else { return nil }
            length += 1
            guard length <= 63 else { return nil }
            if !ASCII.isDigit(byte) { numeric = false }
            previous = byte
        }
        guard length > 0, previous != UInt8(ascii: "-") else { return nil }
        return HostShape(labels: labels, lastLabelLength: length, lastLabelIsNumeric: numeric)
    }

    /// Compared as UTF-8 bytes, as hosts are: the suffix must follow a dot.
    static func matches(_ host: String, _ domain: String) -> Bool {
        let hostBytes = host.utf8
        let domainBytes = domain.utf8
        guard hostBytes.count > domainBytes.count else { return host == domain }
        let suffixStart = hostBytes.index(hostBytes.endIndex, offsetBy: -domainBytes.count)
        return hostBytes[hostBytes.index(before: suffixStart)] == UInt8(ascii: ".")
            && hostBytes[suffixStart...].elementsEqual(domainBytes)
    }
}

/// Everything the scoring core needs from the config; a plain value, swapped whole on reload.
public struct Policy: Sendable {
    public var thresholds = Thresholds(tag: 4, quarantine: 8, reject: 15)
    public var weights: [RuleID: Double] = [:] {
        didSet { ruleWeights = Self.ruleWeights(weights) }
    }
    /// `weight(_:)` of every rule, in `RuleID.allCases` order: the scorer asks per rule fired, and a dictionary
    /// lookup hashes the rule's name each time.
    private(set) var ruleWeights = Policy.ruleWeights([:])
    /// authserv-ids whose Authentication-Results we believe (our own MX).
    public var trustedAuthservIDs: [String] = []
    /// Also believe Authentication-Results without an authserv-id (as Microsoft's MX writes them). Only safe where
    /// the receiving MX strips such headers from incoming mail; off by default.
    public var trustMissingAuthservID = false
    public var platforms = PlatformRegistry()
    public var lureTopics = LureTopics()
    public var profiles: [Profile] = [] {
        didSet { profileIndex = ProfileIndex(profiles) }
    }
    /// `profiles` by their sender addresses and domains.
    private(set) var profileIndex = ProfileIndex([])
    /// Lowercased phrases of the scam lexicon: wording legitimate notifications hardly ever use ("private message
    /// waiting", "triple your crypto").
    public var scamPhrases: [String] = [] {
        didSet { lexicon = LexiconIndex(strong: scamPhrases, weak: lurePhrases) }
    }
    /// Lowercased lure phrases: wording phishers copy from real mail ("your parcel", "verify your identity"), weak
    /// evidence on its own.
    public var lurePhrases: [String] = [] {
        didSet { lexicon = LexiconIndex(strong: scamPhrases, weak: lurePhrases) }
    }
    /// Both lexicons arranged for the scorer's one-pass search.
    private(set) var lexicon = LexiconIndex(strong: [], weak: [])
    public var shorteners: Set<String> = [] {
        didSet { shortenerSet = ASCIIStringSet(shorteners) }
    }
    /// Top-level domains mostly registered for abuse (cheap, unpoliced), lowercased without the dot.
    public var riskyTLDs: Set<String> = [] {
        didSet { riskyTLDSet = ASCIIStringSet(riskyTLDs) }
    }
    /// Free web hosting, site builders and file-sharing hosts: where phishing pages live for free.
    public var freeHosts: Set<String> = [] {
        didSet { freeHostSet = ASCIIStringSet(freeHosts) }
    }
    /// The three sets above, asked per link with slices of its host.
    private(set) var shortenerSet = ASCIIStringSet([])
    private(set) var riskyTLDSet = ASCIIStringSet([])
    private(set) var freeHostSet = ASCIIStringSet([])
    /// Words that make a display name read as a company's service rather than a person (`account team`,
    /// `support`), so that a brand named next to them is impersonated whoever the sender is.
    public var serviceWords: [String] = Policy.defaultServiceWords {
        didSet {
            serviceWordSet = Set(serviceWords)
            asciiServiceWords = Self.asciiWords(serviceWords)
        }
    }
    private(set) var serviceWordSet = Set(Policy.defaultServiceWords)
    /// The ASCII service words as bytes. A word of lowercase ASCII letters and digits equals (as `String`s compare,
    /// by canonical equivalence) only these: another string equivalent to it would need a character that
    /// decomposes to a letter or digit, and the one such (U+212A KELVIN SIGN) decomposes to a capital K.
    private(set) var asciiServiceWords = Policy.asciiWords(Policy.defaultServiceWords)
    static let defaultServiceWords = ["account", "team", "support", "service", "services", "security", "customer",
        "billing", "notification", "notifications", "alert", "alerts", "help", "center", "centre", "bank", "banco",
        "wallet", "rewards", "premium", "prime", "verification", "delivery", "shipping", "official", "online"]
    /// Brands phishers impersonate, with the domains that really belong to them.
    public var protectedBrands: [Brand] = [] {
        didSet { brandIndex = BrandIndex(protectedBrands) }
    }
    /// `protectedBrands` arranged for the scorer's searches.
    private(set) var brandIndex = BrandIndex([])
    /// Local parts typical of automated senders (`no-reply`, `notifications`...).
    public var notificationSenders: [String] = Policy.defaultNotificationSenders {
        didSet { notificationSenderSearch = NotificationSenderSearch(notificationSenders) }
    }
    private(set) var notificationSenderSearch = NotificationSenderSearch(Policy.defaultNotificationSenders)
    static let defaultNotificationSenders = ["noreply", "no-reply", "donotreply", "do-not-reply", "notification",
        "notifications", "alert", "alerts", "mailer", "info", "support", "security"]
    public var limits = ParserLimits()

    public init() {}

    /// The rule's weight in the config, else its default; read from the table of all rules' weights, which
    /// `weights` keeps up to date.
    public func weight(_ rule: RuleID) -> Double {
        guard let index = RuleID.ordered.firstIndex(of: rule) else { return weights[rule] ?? rule.defaultWeight }
        return ruleWeights[index]
    }

    private static func ruleWeights(_ weights: [RuleID: Double]) -> [Double] {
        RuleID.ordered.map { weights[$0] ?? $0.defaultWeight }
    }

    private static func asciiWords(_ words: [String]) -> [[UInt8]] {
        words.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
    }
}
