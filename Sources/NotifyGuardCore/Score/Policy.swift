/// Everything the scoring core needs from the config; a plain value, swapped whole on reload.
public struct Policy: Sendable {
    public var thresholds = Thresholds(tag: 4, quarantine: 8, reject: 15)
    /// Rule weights the config sets; the others weigh their ``RuleID/defaultWeight``.
    public var weights: [RuleID: Double] = [:] {
        didSet { ruleWeights = Self.ruleWeights(weights) }
    }
    /// `weight(_:)` of every registered rule, in ``Rules/ids`` order: looked up by position, not hashed, per reason.
    private(set) var ruleWeights = Policy.ruleWeights([:])
    /// authserv-ids whose Authentication-Results we believe (our own MX).
    public var trustedAuthservIDs: [String] = []
    /// Also believe Authentication-Results without an authserv-id (as Microsoft's MX writes them). Only safe where
    /// the receiving MX strips such headers from incoming mail; off by default.
    public var trustMissingAuthservID = false
    /// Believe the topmost Authentication-Results field, whatever its authserv-id, and no other: a saved message
    /// judged as the host that received it judged it (`notifyguard evaluate` on a corpus received by several
    /// hosts). Fields further down were written before that host, possibly by the sender. Replaces the two above.
    public var trustTopmostAuthenticationResults = false
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
        didSet {
            brandIndex = BrandIndex(protectedBrands, publicSuffixes: publicSuffixList)
            protectedBrandDomains = DomainSet(protectedBrands.flatMap(\.domains))
        }
    }
    /// Every protected brand's domains: `protectedBrandDomains.matches(host)` is
    /// `protectedBrands.contains { $0.owns(host) }`.
    private(set) var protectedBrandDomains = DomainSet([])
    /// `protectedBrands` arranged for the scorer's searches.
    private(set) var brandIndex = BrandIndex([], publicSuffixes: PublicSuffixList(text: ""))
    /// The Public Suffix List the config layer loaded (empty until it does): registrable domains of links,
    /// senders and brands.
    public var publicSuffixList = PublicSuffixList(text: "") {
        didSet { brandIndex = BrandIndex(protectedBrands, publicSuffixes: publicSuffixList) }
    }
    /// Local parts typical of automated senders (`no-reply`, `notifications`...).
    public var notificationSenders: [String] = Policy.defaultNotificationSenders {
        didSet { notificationSenderSearch = NotificationSenderSearch(notificationSenders) }
    }
    private(set) var notificationSenderSearch = NotificationSenderSearch(Policy.defaultNotificationSenders)
    static let defaultNotificationSenders = ["noreply", "no-reply", "donotreply", "do-not-reply", "notification",
        "notifications", "alert", "alerts", "mailer", "info", "support", "security"]
    public var limits = ParserLimits()

    public init() {}

    /// The rule's weight in the config, else its default.
    public func weight(_ rule: RuleID) -> Double { weights[rule] ?? rule.defaultWeight }

    private static func ruleWeights(_ weights: [RuleID: Double]) -> [Double] {
        Rules.ids.map { weights[$0] ?? $0.defaultWeight }
    }

    private static func asciiWords(_ words: [String]) -> [[UInt8]] {
        words.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
    }
}
