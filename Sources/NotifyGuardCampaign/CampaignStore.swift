import NotifyGuardCore

/// Where fingerprints are counted. Every call is bounded in time: a store that can't answer in time throws.
public protocol CampaignStore: Sendable {
    /// Records that content with `digests` reached `recipients` at `now` (seconds since 1970) and returns what is
    /// known of each digest over the window, this message included, in order.
    func record(_ digests: [FingerprintDigest], recipients: [CampaignRecipient], now: UInt32) throws
        -> [CampaignCounts]
    /// A copy with `digests` was quarantined or rejected.
    func markVerdict(_ digests: [FingerprintDigest], now: UInt32) throws
    /// An admin's judgement of content with `digests` (the latest judgement wins).
    func judge(_ digests: [FingerprintDigest], as judgement: CampaignJudgement, now: UInt32) throws
}

/// A store that did not answer: down, slow or refusing.
public struct CampaignStoreError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
