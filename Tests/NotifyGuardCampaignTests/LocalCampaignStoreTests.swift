import Foundation
import Logging
import MailHarness
@testable import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The embedded store: distinct counts over a sliding window, its bounds, judgements, and what survives a restart.
@Suite struct LocalCampaignStoreTests {
    private let a = FingerprintDigest(text: "a")
    private let b = FingerprintDigest(text: "b")

    private func recipients(_ addresses: String...) -> [CampaignRecipient] {
        addresses.map(CampaignRecipient.init(envelope:))
    }

    private func table(window: Int = 3600, maxEntries: Int = 1000, kept: Int = 100) -> LocalCampaignTable {
        LocalCampaignTable(windowSeconds: window, reportSeconds: 86_400, maxEntries: maxEntries, recipientsKept: kept)
    }

    @Test func digestIsSHA256() {
        #expect(FingerprintDigest(text: "abc").description == "ba7816bf8f01cfea414140de5dae2223")
        #expect(FingerprintDigest(hex: Substring("ba7816bf8f01cfea414140de5dae2223")) == FingerprintDigest(text: "abc"))
        #expect(CampaignRecipient(envelope: "<Jan@Example.ORG>") == CampaignRecipient(envelope: "jan@example.org"))
        #expect(CampaignRecipient(envelope: "<Jan@Example.ORG>").domain == "example.org")
    }

    @Test func countsDistinctRecipientsAndDomains() {
        var table = table()
        _ = table.record([a], recipients: recipients("x@one.example", "y@one.example"), now: 1000)
        _ = table.record([a], recipients: recipients("x@one.example"), now: 1001)
        let counts = table.record([a, b], recipients: recipients("z@two.example"), now: 1002)
        #expect(counts[0] == CampaignCounts(recipientDomains: 2, recipients: 3))
        #expect(counts[1] == CampaignCounts(recipientDomains: 1, recipients: 1))
    }

    @Test func slidingWindow() {
        var table = table(window: 100)
        _ = table.record([a], recipients: recipients("x@one.example"), now: 1000)
        _ = table.record([a], recipients: recipients("y@two.example"), now: 1060)
        #expect(table.counts(of: a, now: 1099).recipients == 2)
        // The first sighting has left the window, the second not yet.
        #expect(table.counts(of: a, now: 1150) == CampaignCounts(recipientDomains: 1, recipients: 1))
        // Seen again, a recipient's sighting moves forward.
        _ = table.record([a], recipients: recipients("x@one.example"), now: 1150)
        #expect(table.counts(of: a, now: 1200).recipients == 1)
    }

    @Test func recipientsPerFingerprintAreBounded() {
        var table = table(kept: 10)
        for index in 0..<50 { _ = table.record([a], recipients: recipients("r\(index)@d\(index).example"), now: 1000) }
        let counts = table.counts(of: a, now: 1000)
        #expect(counts.recipients == 10)
        #expect(counts.recipientDomains == 10)
        #expect((table.entries[a]?.others.count ?? 0) == 9)
    }

    @Test func fingerprintsAreBoundedLeastRecentlySeenFirst() {
        var table = table(maxEntries: 100)
        _ = table.record([a], recipients: recipients("x@one.example"), now: 5000)
        for index in 0..<1000 {
            _ = table.record([FingerprintDigest(text: "f\(index)")], recipients: recipients("x@one.example"), now: UInt32(1000 + index))
        }
        #expect(table.entries.count <= 100)
        #expect(table.entries[a] != nil, "the most recently seen stays")
        #expect(table.entries[FingerprintDigest(text: "f0")] == nil)
    }

    @Test func judgementsAndVerdictMarks() {
        var table = table(window: 100)
        _ = table.record([a, b], recipients: recipients("x@one.example"), now: 1000)
        table.markVerdict([a], now: 1001)
        table.markVerdict([a], now: 1002)
        #expect(table.counts(of: a, now: 1050).verdictMarks == 2)
        #expect(table.counts(of: a, now: 1200).verdictMarks == 0, "marks age out with the window")
        table.judge([b], as: .abuse, at: 1003, now: 1003)
        #expect(table.counts(of: b, now: 1004).judgement == .abuse)
        table.judge([b], as: .genuine, at: 1005, now: 1005)
        #expect(table.counts(of: b, now: 1006) == CampaignCounts(judgement: .genuine))
        // An older report replayed later does not undo a newer one.
        table.judge([b], as: .abuse, at: 1004, now: 1007)
        #expect(table.counts(of: b, now: 1008).judgement == .genuine)
        // Genuine content reports no counts, whatever arrives after.
        let later = table.record([b], recipients: recipients("y@two.example", "z@three.example"), now: 1010)
        #expect(later == [CampaignCounts(judgement: .genuine)])
        // A judgement reaches content not yet seen, too.
        let c = FingerprintDigest(text: "c")
        table.judge([c], as: .abuse, at: 1011, now: 1011)
        #expect(table.record([c], recipients: recipients("x@one.example"), now: 1012)
            == [CampaignCounts(recipientDomains: 1, recipients: 1, judgement: .abuse)])
    }

    @Test func snapshotAndJournalSurviveARestart() throws {
        let directory = try ScratchDirectory(prefix: "ng-campaign")
        defer { directory.remove() }
        var settings = CampaignSettings()
        settings.file = directory.path + "/campaign.state"
        let logger = Logger(label: "test")
        let now = LocalCampaignStore.now()
        let first = LocalCampaignStore(settings: settings, logger: logger)
        _ = first.record([a, b], recipients: recipients("x@one.example", "y@two.example"), now: now)
        first.markVerdict([a], now: now)
        try first.judge([b], as: .genuine, now: now)
        first.stop()

        // Another process reports while this host is down: the journal carries it.
        try ReportJournal(path: settings.file + ".reports").append([a], as: .abuse, at: now + 1)
        let second = LocalCampaignStore(settings: settings, logger: logger)
        #expect(second.counts([a, b], now: now + 2) == [
            CampaignCounts(recipientDomains: 2, recipients: 2, verdictMarks: 1, judgement: .abuse),
            CampaignCounts(judgement: .genuine),
        ])
        // And while it runs: applied at the next look.
        let c = FingerprintDigest(text: "c")
        try ReportJournal(path: settings.file + ".reports").append([c], as: .genuine, at: now + 3)
        second.applyJournal()
        #expect(second.counts([c], now: now + 4) == [CampaignCounts(judgement: .genuine)])
    }

    @Test func damagedSnapshotLoadsWhatPrecedesTheDamage() {
        var table = table()
        for index in 0..<20 {
            _ = table.record([FingerprintDigest(text: "f\(index)")], recipients: recipients("x@one.example"), now: 1000)
        }
        let bytes = table.snapshot()
        var reloaded = self.table()
        #expect(reloaded.load(snapshot: bytes, now: 1000) == 20)
        #expect(reloaded.entries == table.entries)
        var cut = self.table()
        let loaded = cut.load(snapshot: Array(bytes.prefix(bytes.count - 30)), now: 1000)
        #expect(loaded == 19)
        var garbage = self.table()
        #expect(garbage.load(snapshot: Array(repeating: 0xFF, count: 500), now: 1000) == 0)
    }
}
