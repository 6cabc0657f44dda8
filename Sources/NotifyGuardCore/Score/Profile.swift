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
    public var ownPhrases: [String] {
        didSet { foldedOwnPhrases = ownPhrases.map { FoldedText($0) } }
    }
    /// `ownPhrases` folded as topics are matched.
    private(set) var foldedOwnPhrases: [FoldedText] = []
    /// Lure topics (`lure-topics.yaml`) the platform's own mail is about: a crypto exchange's notifications name
    /// coins. Rules that count a topic in its users' fields leave these be.
    public var ownTopics: [String]
    /// Learned skeletons of the family's templates (`notifyguard learn`); empty: no template check.
    public var skeletons: [TemplateSkeleton] {
        didSet {
            skeletonWords = WordSet(TemplateSkeleton.constantWords(of: skeletons))
            skeletonBound = SkeletonCoverageBound(skeletons)
        }
    }
    /// Every constant word of `skeletons`: the only words of a message whose places matching asks for.
    private(set) var skeletonWords = WordSet([])
    /// How much of `skeletons` a message may cover at most, from its bytes.
    private(set) var skeletonBound = SkeletonCoverageBound([])

    public init(
        name: String, senders: [String], dkimDomains: [String], linkDomains: [String], userLinks: Bool = false,
        userText: Bool = false, matchDKIM: Bool = false, thresholds: Thresholds? = nil, subjects: [String] = [],
        ownPhrases: [String] = [], ownTopics: [String] = [], skeletons: [TemplateSkeleton] = []
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
        foldedOwnPhrases = self.ownPhrases.map { FoldedText($0) }
        self.ownTopics = ownTopics.map { $0.lowercased() }
        self.skeletons = skeletons
        skeletonWords = WordSet(TemplateSkeleton.constantWords(of: skeletons))
        skeletonBound = SkeletonCoverageBound(skeletons)
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
