import Foundation
import Logging
import MailHarness
import NotifyGuardCampaign
import NotifyGuardConfig

/// The local campaign store's memory with many distinct fingerprints, measured in this process: VmRSS before and
/// after filling a store bounded at that many entries (one recipient each, as most fingerprints have), and the
/// time and size of its snapshot.
enum CampaignStoreMemory {
    static func measure(fingerprints: Int) {
        let directory = try? ScratchDirectory(prefix: "ng-bench-store")
        defer { directory?.remove() }
        var settings = CampaignSettings()
        settings.maxEntries = fingerprints
        settings.file = directory.map { $0.path + "/campaign.state" } ?? ""
        let before = E2EBench.memoryStatus(pid: getpid())
        let store = LocalCampaignStore(settings: settings, logger: Logger(label: "bench"))
        let recipients = [CampaignRecipient(envelope: "user@example.org")]
        let now = LocalCampaignStore.now()
        let started = Date()
        // Digests made directly (a fingerprint's digest is a SHA-256 of its key: that cost is the scorer's).
        for index in 0..<fingerprints {
            _ = store.record([FingerprintDigest(high: UInt64(index) &* 0x9E37_79B9_7F4A_7C15, low: UInt64(index))],
                recipients: recipients, now: now)
        }
        let filled = Date().timeIntervalSince(started)
        let after = E2EBench.memoryStatus(pid: getpid())
        let snapshotStarted = Date()
        store.writeSnapshot()
        let snapshotSeconds = Date().timeIntervalSince(snapshotStarted)
        let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: settings.file)[.size] as? Int) ?? 0
        let deltaKB = after.rssKB - before.rssKB
        print("")
        print(String(
            format: "local campaign store, %d distinct fingerprints: %d held, VmRSS +%.1f MB (%.0f bytes each), filled in %.2f s; snapshot %.1f MB written in %.2f s",
            fingerprints, store.count, Double(deltaKB) / 1024, Double(deltaKB) * 1024 / Double(max(fingerprints, 1)),
            filled, Double(snapshotBytes) / 1e6, snapshotSeconds))
        print("result store_fingerprints=\(store.count) store_rss_delta_kb=\(deltaKB) snapshot_bytes=\(snapshotBytes)")
    }
}
