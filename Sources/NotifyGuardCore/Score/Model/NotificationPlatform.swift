/// A bulk notification platform of the registry (`platforms.yaml`): the addresses and DKIM domains its mail comes
/// from, and the fields where text its users choose lands.
public struct NotificationPlatform: Sendable, Equatable {
    /// What the platform does; rules may weigh a platform's kinds of mail differently.
    public enum Category: String, Sendable, CaseIterable {
        case paymentsInvoicing = "payments-invoicing"
        case eSignature = "e-signature"
        case fileSharing = "file-sharing"
        case calendarScheduling = "calendar-scheduling"
        case formsSurveys = "forms-surveys"
        case groupsCommunities = "groups-communities"
        case chatCollaboration = "chat-collaboration"
        case crmMarketing = "crm-marketing"
        case developer
        case appStores = "app-stores"
        case marketplacesMessaging = "marketplaces-messaging"
    }

    /// How the entry's sender addresses were found: in mail samples, or from memory (to be confirmed on real mail).
    public enum Evidence: String, Sendable, CaseIterable {
        case seen, recalled
    }

    public var name: String
    public var category: Category
    /// From addresses or domains, lowercased; a `*` stands for a per-account part (see ``SenderPattern``).
    public var senders: [String]
    /// The d= domains of the platform's own DKIM signature, lowercased.
    public var dkimDomains: [String]
    /// Descriptions of the fields users fill in, by kind ("invoice memo", "group name").
    public var userFields: [FieldKind: [String]]
    public var evidence: Evidence
    /// Anything a rule must know about the platform's mail; empty for none.
    public var note: String

    /// The kinds of the fields users fill in.
    public var fieldKinds: Set<FieldKind> { Set(userFields.keys) }

    public init(
        name: String, category: Category, senders: [String], dkimDomains: [String], userFields: [FieldKind: [String]],
        evidence: Evidence = .recalled, note: String = ""
    ) {
        self.name = name
        self.category = category
        self.senders = senders.map { $0.lowercased() }
        self.dkimDomains = dkimDomains.map { $0.lowercased() }
        self.userFields = userFields
        self.evidence = evidence
        self.note = note
    }
}
