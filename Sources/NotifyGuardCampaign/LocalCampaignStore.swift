import Foundation
import Logging
import NotifyGuardConfig
import NotifyGuardCore
import Synchronization

/// The embedded campaign store: counts in this process's memory (bounded by `max_entries`), kept across restarts
/// in a snapshot file written every minute and at stop, with the reports of `notifyguard report` read from a
/// journal beside it every second. Needs no server; sees only this host's mail.
public final class LocalCampaignStore: CampaignStore {
    private let table: Mutex<LocalCampaignTable>
    /// The snapshot file; nil keeps counts in memory only.
    public let path: String?
    public let journal: ReportJournal?
    /// How far the journal has been applied.
    private let journalOffset = Mutex<UInt64>(0)
    private let logger: Logger
    private let background = Mutex<BackgroundState>(BackgroundState())

    private struct BackgroundState {
        var running = false
        var stopRequested = false
        var snapshotFailed = false
    }

    /// Seconds between snapshots, and between looks at the report journal.
    static let snapshotInterval = 60
    static let journalInterval: Duration = .seconds(1)

    public init(settings: CampaignSettings, logger: Logger) {
        self.logger = logger
        var table = LocalCampaignTable(
            windowSeconds: settings.windowSeconds, reportSeconds: settings.reportSeconds,
            maxEntries: settings.maxEntries, recipientsKept: settings.recipientsKept)
        path = settings.file.isEmpty ? nil : settings.file
        journal = path.map { ReportJournal(path: $0 + ".reports") }
        if let path, let data = FileManager.default.contents(atPath: path) {
            let loaded = table.load(snapshot: [UInt8](data), now: Self.now())
            logger.notice("campaign: loaded \(loaded) fingerprints from \(path)")
        }
        self.table = Mutex(table)
        applyJournal()
    }

    /// Seconds since 1970, as the stores keep time.
    public static func now() -> UInt32 { UInt32(clamping: Int(Date().timeIntervalSince1970)) }

    public var count: Int { table.withLock { $0.entries.count } }

    public func record(_ digests: [FingerprintDigest], recipients: [CampaignRecipient], now: UInt32) -> [CampaignCounts] {
        table.withLock { $0.record(digests, recipients: recipients, now: now) }
    }

    /// What is known of each digest, recording nothing.
    public func counts(_ digests: [FingerprintDigest], now: UInt32) -> [CampaignCounts] {
        table.withLock { table in digests.map { table.counts(of: $0, now: now) } }
    }

    public func markVerdict(_ digests: [FingerprintDigest], now: UInt32) {
        table.withLock { $0.markVerdict(digests, now: now) }
    }

    /// Applies the judgement here and, when the store has a file, appends it to the journal for restarts.
    public func judge(_ digests: [FingerprintDigest], as judgement: CampaignJudgement, now: UInt32) throws {
        try journal?.append(digests, as: judgement, at: now)
        table.withLock { $0.judge(digests, as: judgement, at: now, now: now) }
    }

    /// Applies the journal's new lines (reports made by `notifyguard report` since the last look).
    public func applyJournal() {
        guard let journal else { return }
        let offset = journalOffset.withLock { $0 }
        let (records, next) = journal.read(from: offset)
        guard next != offset else { return }
        journalOffset.withLock { $0 = next }
        let now = Self.now()
        table.withLock { table in
            for record in records { table.judge([record.digest], as: record.judgement, at: record.at, now: now) }
        }
        if !records.isEmpty, offset > 0 {
            logger.notice("campaign: applied \(records.count) reported fingerprints from \(journal.path)")
        }
    }

    /// Writes the snapshot (to a temporary file renamed over the old one, so a crash leaves one or the other).
    public func writeSnapshot() {
        guard let path else { return }
        let bytes = table.withLock { $0.snapshot() }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            background.withLock { $0.snapshotFailed = false }
        } catch {
            // Logged once per failure streak: a missing directory would otherwise log every minute.
            let first = background.withLock { state in
                defer { state.snapshotFailed = true }
                return !state.snapshotFailed
            }
            if first { logger.error("campaign: cannot write \(path) (\(error)); counts are kept in memory only") }
        }
    }

    /// Starts the thread that applies reports every second and writes the snapshot every minute.
    public func startBackground() {
        let start = background.withLock { state -> Bool in
            defer { state.running = true }
            return !state.running
        }
        guard start, path != nil else { return }
        Thread.detachNewThread { [self] in
            var ticks = 0
            while !background.withLock({ $0.stopRequested }) {
                Thread.sleep(forTimeInterval: 1)
                applyJournal()
                ticks += 1
                if ticks % Self.snapshotInterval == 0 { writeSnapshot() }
            }
            background.withLock { $0.running = false }
        }
    }

    /// Stops the background thread (waiting at most two seconds) and writes a last snapshot.
    public func stop() {
        background.withLock { $0.stopRequested = true }
        let deadline = ContinuousClock.now + .seconds(2)
        while background.withLock({ $0.running }), path != nil, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        writeSnapshot()
    }
}
