import Foundation
import Logging
import NotifyGuardConfig
import NotifyGuardCore
import Synchronization

/// The daemon's campaign memory: the configured store, asked within the budget, with the local store counting
/// every message too, so that when Redis is down, slow or restarting, messages are counted locally and nothing
/// waits past the budget. A state change (Redis stops answering, answers again) is logged once.
public final class CampaignMemory: Sendable {
    public let settings: CampaignSettings
    public let local: LocalCampaignStore
    public let redis: RedisCampaignStore?
    private let logger: Logger
    private let state = Mutex(RedisState())

    private struct RedisState {
        var down = false
        /// When Redis was last tried while down: tried again at most once per `retryInterval`.
        var lastTry = ContinuousClock.now
    }

    static let retryInterval: Duration = .seconds(1)

    /// - Parameter local: the local store to use (a report reads none); by default one from the settings.
    public init(settings: CampaignSettings, logger: Logger, local: LocalCampaignStore? = nil) {
        self.settings = settings
        self.logger = logger
        self.local = local ?? LocalCampaignStore(settings: settings, logger: logger)
        switch settings.store {
        case .local:
            redis = nil
        case .redis(let host, let port, let database):
            redis = RedisCampaignStore(
                host: host, port: port, database: database, windowSeconds: settings.windowSeconds,
                reportSeconds: settings.reportSeconds, timeout: .milliseconds(settings.budgetMilliseconds),
                connectTimeout: .milliseconds(settings.connectTimeoutMilliseconds))
        }
    }

    static func now() -> UInt32 { LocalCampaignStore.now() }

    /// Whether the shared store is answering (always true for the local store).
    public var isUp: Bool { redis == nil || !state.withLock { $0.down } }

    /// Records the message's fingerprints for its recipients; returns each one's counts (from Redis when it
    /// answers within the budget, else from the local store).
    public func observe(_ fingerprints: [CampaignFingerprint], recipients: [String]) -> [CampaignCounts] {
        guard !fingerprints.isEmpty else { return [] }
        let digests = fingerprints.map(FingerprintDigest.init)
        let recipients = recipients.map(CampaignRecipient.init(envelope:))
        let now = Self.now()
        let localCounts = local.record(digests, recipients: recipients, now: now)
        guard let redis, shouldTry() else { return localCounts }
        do {
            let counts = try redis.record(digests, recipients: recipients, now: now)
            wentUp()
            return counts
        } catch {
            wentDown(error)
            return localCounts
        }
    }

    /// A copy with these fingerprints was quarantined or rejected: marked here and (without waiting) in Redis.
    public func markVerdict(_ fingerprints: [CampaignFingerprint]) {
        guard !fingerprints.isEmpty else { return }
        let digests = fingerprints.map(FingerprintDigest.init)
        let now = Self.now()
        local.markVerdict(digests, now: now)
        guard let redis, isUp else { return }
        do {
            try redis.markVerdict(digests, now: now)
        } catch {
            wentDown(error)
        }
    }

    /// An admin's judgement, recorded in the configured store: Redis (which must answer) or the local journal.
    public func judge(_ fingerprints: [CampaignFingerprint], as judgement: CampaignJudgement) throws {
        let digests = fingerprints.map(FingerprintDigest.init)
        if let redis {
            try redis.judge(digests, as: judgement, now: Self.now())
        } else {
            try local.judge(digests, as: judgement, now: Self.now())
        }
    }

    public func start() { local.startBackground() }

    public func stop() { local.stop() }

    private func shouldTry() -> Bool {
        state.withLock { state in
            guard state.down else { return true }
            guard ContinuousClock.now - state.lastTry >= Self.retryInterval else { return false }
            state.lastTry = .now
            return true
        }
    }

    private func wentDown(_ error: any Error) {
        let changed = state.withLock { state -> Bool in
            defer {
                state.down = true
                state.lastTry = .now
            }
            return !state.down
        }
        if changed {
            logger.error("campaign: store \(settings.store) is down (\(error)); counting locally until it answers")
        }
    }

    private func wentUp() {
        let changed = state.withLock { state -> Bool in
            defer { state.down = false }
            return state.down
        }
        if changed { logger.notice("campaign: store \(settings.store) answers again; counting there") }
    }
}

extension CampaignMemory {
    /// Records an admin's judgement from outside the daemon (`notifyguard report`): in Redis, waiting up to the
    /// connect timeout (at least two seconds), or appended to the local store's journal, which the daemon reads
    /// every second. Loads no snapshot.
    public static func report(
        _ fingerprints: [CampaignFingerprint], as judgement: CampaignJudgement, settings: CampaignSettings
    ) throws {
        let digests = fingerprints.map(FingerprintDigest.init)
        let now = Self.now()
        switch settings.store {
        case .local:
            guard !settings.file.isEmpty else {
                throw CampaignStoreError("campaign.file is empty: the daemon keeps its counts in memory only, so it has no journal to read a report from")
            }
            try ReportJournal(path: settings.file + ".reports").append(digests, as: judgement, at: now)
        case .redis(let host, let port, let database):
            let wait = Duration.milliseconds(max(2000, settings.connectTimeoutMilliseconds))
            let store = RedisCampaignStore(
                host: host, port: port, database: database, windowSeconds: settings.windowSeconds,
                reportSeconds: settings.reportSeconds, timeout: wait, connectTimeout: wait)
            try store.judge(digests, as: judgement, now: now)
        }
    }
}
