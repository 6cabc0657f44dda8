/// An admin's judgement of a fingerprint (`notifyguard report abuse|genuine`); the latest report wins.
public enum CampaignJudgement: String, Sendable, Equatable {
    case abuse, genuine
}

/// What a campaign store knows of one fingerprint over the window, this message included.
public struct CampaignCounts: Sendable, Equatable {
    /// Distinct recipient domains and distinct recipients that received content with the fingerprint.
    public var recipientDomains: Int
    public var recipients: Int
    /// Copies quarantined or rejected (on any host sharing the store) within the window.
    public var verdictMarks: Int
    public var judgement: CampaignJudgement?

    public init(recipientDomains: Int = 0, recipients: Int = 0, verdictMarks: Int = 0, judgement: CampaignJudgement? = nil) {
        self.recipientDomains = recipientDomains
        self.recipients = recipients
        self.verdictMarks = verdictMarks
        self.judgement = judgement
    }
}
