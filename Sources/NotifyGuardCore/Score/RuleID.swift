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
