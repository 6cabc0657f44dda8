import NotifyGuardCore

/// The embedded store's data: per fingerprint digest, the recipients that received it lately (a sliding window
/// of exact distinct counts, up to `recipientsKept` per fingerprint), its verdict marks and its admin judgement.
/// Bounded: at most `maxEntries` fingerprints, the least recently seen dropped first. Not thread-safe: the
/// store owns it behind a lock.
struct LocalCampaignTable {
    /// One recipient that received the content: 32-bit digests of address and domain, and when (seconds).
    struct Sighting: Equatable {
        var recipient: UInt32
        var domain: UInt32
        var at: UInt32
    }

    struct Entry: Equatable {
        /// The newest sighting; `others` holds the rest (usually none, which costs no allocation).
        var newest: Sighting
        var others: ContiguousArray<Sighting> = []
        var lastSeen: UInt32
        var verdictMarks: UInt32 = 0
        var markedAt: UInt32 = 0
        /// 0 none, else a `CampaignJudgement` (see `judgementCode`).
        var judgement: UInt8 = 0
        var judgedAt: UInt32 = 0
    }

    var entries: [FingerprintDigest: Entry] = [:]
    let windowSeconds: UInt32
    let reportSeconds: UInt32
    let maxEntries: Int
    let recipientsKept: Int

    init(windowSeconds: Int, reportSeconds: Int, maxEntries: Int, recipientsKept: Int) {
        self.windowSeconds = UInt32(clamping: max(1, windowSeconds))
        self.reportSeconds = UInt32(clamping: max(1, reportSeconds))
        self.maxEntries = max(1, maxEntries)
        self.recipientsKept = max(1, recipientsKept)
    }

    static func judgementCode(_ judgement: CampaignJudgement?) -> UInt8 {
        switch judgement {
        case .none: 0
        case .abuse: 1
        case .genuine: 2
        }
    }

    static func judgement(code: UInt8) -> CampaignJudgement? {
        switch code {
        case 1: .abuse
        case 2: .genuine
        default: nil
        }
    }

    mutating func record(_ digests: [FingerprintDigest], recipients: [CampaignRecipient], now: UInt32) -> [CampaignCounts] {
        let sightings = recipients.map {
            Sighting(recipient: FingerprintDigest.small($0.address), domain: FingerprintDigest.small($0.domain), at: now)
        }
        var result: [CampaignCounts] = []
        for digest in digests {
            if var entry = entries.removeValue(forKey: digest) {
                for sighting in sightings { add(sighting, to: &entry) }
                entry.lastSeen = max(entry.lastSeen, now)
                result.append(counts(entry, now: now))
                entries[digest] = entry
            } else if let first = sightings.first {
                var entry = Entry(newest: first, lastSeen: now)
                for sighting in sightings.dropFirst() { add(sighting, to: &entry) }
                result.append(counts(entry, now: now))
                entries[digest] = entry
            } else {
                result.append(counts(of: digest, now: now))
            }
        }
        if entries.count > maxEntries { evict(now: now) }
        return result
    }

    /// What is known of a digest without recording anything.
    func counts(of digest: FingerprintDigest, now: UInt32) -> CampaignCounts {
        entries[digest].map { counts($0, now: now) } ?? CampaignCounts()
    }

    mutating func markVerdict(_ digests: [FingerprintDigest], now: UInt32) {
        for digest in digests {
            guard var entry = entries[digest] else { continue }
            entry.verdictMarks = isLive(entry.markedAt, now: now, span: windowSeconds) ? entry.verdictMarks &+ 1 : 1
            entry.markedAt = now
            entries[digest] = entry
        }
    }

    /// Applies a judgement made at `at` unless a later one is already known (so replaying a journal is harmless).
    mutating func judge(_ digests: [FingerprintDigest], as judgement: CampaignJudgement, at: UInt32, now: UInt32) {
        guard isLive(at, now: now, span: reportSeconds) else { return }
        for digest in digests {
            var entry = entries[digest] ?? Entry(newest: Sighting(recipient: 0, domain: 0, at: 0), lastSeen: at)
            guard at >= entry.judgedAt else { continue }
            entry.judgement = Self.judgementCode(judgement)
            entry.judgedAt = at
            if judgement == .genuine {
                // Genuine content stops counting: what was counted goes too.
                entry.newest = Sighting(recipient: 0, domain: 0, at: 0)
                entry.others = []
                entry.verdictMarks = 0
            }
            entries[digest] = entry
        }
        if entries.count > maxEntries { evict(now: now) }
    }

    private func isLive(_ time: UInt32, now: UInt32, span: UInt32) -> Bool {
        time > 0 && time &+ span >= now
    }

    private func add(_ sighting: Sighting, to entry: inout Entry) {
        if entry.newest.recipient == sighting.recipient, entry.newest.at != 0 {
            entry.newest.at = max(entry.newest.at, sighting.at)
            return
        }
        if let index = entry.others.firstIndex(where: { $0.recipient == sighting.recipient }) {
            entry.others.remove(at: index)
        }
        if entry.newest.at != 0 { entry.others.append(entry.newest) }
        entry.newest = sighting
        // Over the bound, the oldest go (the list is kept oldest first).
        if entry.others.count + 1 > recipientsKept {
            entry.others.removeFirst(entry.others.count + 1 - recipientsKept)
        }
    }

    private func counts(_ entry: Entry, now: UInt32) -> CampaignCounts {
        let judgement = isLive(entry.judgedAt, now: now, span: reportSeconds) ? Self.judgement(code: entry.judgement) : nil
        if judgement == .genuine { return CampaignCounts(judgement: .genuine) }
        var recipients = 0
        var domains: [UInt32] = []
        for sighting in CollectionOfOne(entry.newest) + entry.others where isLive(sighting.at, now: now, span: windowSeconds) {
            recipients += 1
            if !domains.contains(sighting.domain) { domains.append(sighting.domain) }
        }
        let marks = isLive(entry.markedAt, now: now, span: windowSeconds) ? Int(entry.verdictMarks) : 0
        return CampaignCounts(recipientDomains: domains.count, recipients: recipients, verdictMarks: marks, judgement: judgement)
    }

    /// Drops what has aged out (unseen for a window, no live judgement); if that is not enough, the least recently
    /// seen until a tenth of the room is free, so that eviction runs once per many new fingerprints.
    mutating func evict(now: UInt32) {
        let target = maxEntries - maxEntries / 10
        entries = entries.filter { _, entry in
            isLive(entry.lastSeen, now: now, span: windowSeconds) || isLive(entry.judgedAt, now: now, span: reportSeconds)
        }
        guard entries.count > target else { return }
        var seen = entries.values.map(\.lastSeen)
        seen.sort()
        let cutoff = seen[entries.count - target - 1]
        var over = entries.count - target
        entries = entries.filter { _, entry in
            guard over > 0, entry.lastSeen <= cutoff else { return true }
            over -= 1
            return false
        }
    }
}
