import NotifyGuardCore

/// Where campaign counts live: in this process (kept in a local file), or in a Redis shared by several MX hosts.
public enum CampaignStoreSpec: Sendable, Equatable, CustomStringConvertible {
    case local
    case redis(host: String, port: Int, database: Int)

    public var description: String {
        switch self {
        case .local: "local"
        case .redis(let host, let port, let database): "redis://\(host):\(port)/\(database)"
        }
    }
}

/// The `campaign:` section: counting fingerprints of injected content across messages (and hosts).
public struct CampaignSettings: Sendable, Equatable {
    public init() {}

    /// Off: no fingerprints are counted and the rule never fires.
    public var enabled = true
    public var store = CampaignStoreSpec.local
    /// The sliding window counts cover, in seconds.
    public var windowSeconds = 86_400
    /// How long a report (`notifyguard report`) keeps its effect, in seconds.
    public var reportSeconds = 30 * 86_400
    /// The local store's file (snapshot and report journal beside it); empty: counts kept in memory only.
    public var file = ""
    /// Most fingerprints the local store holds (oldest dropped first): its memory bound.
    public var maxEntries = 200_000
    /// Most distinct recipients remembered per fingerprint by the local store (counts saturate there).
    public var recipientsKept = 100
    /// How long scoring waits for Redis before counting locally, in milliseconds.
    public var budgetMilliseconds = 20
    /// How long connecting to Redis may take (outside the message path), and how long a report waits.
    public var connectTimeoutMilliseconds = 200
    /// The decision: thresholds and weights.
    public var rule = CampaignRule()
}
