import Foundation
import InMemoryLogging
import Logging
import MailHarness
@testable import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The RESP parser's bounds, and the Redis store against a real `redis-server`: counts shared by two hosts,
/// verdict marks and judgements, and the budget when Redis is down or silent.
@Suite(.serialized) struct RedisCampaignStoreTests {
    @Test func parsesRepliesAndWaitsForMore() throws {
        let whole = Array("*3\r\n:5\r\n$3\r\nabc\r\n$-1\r\n+OK\r\n".utf8)
        let (value, next) = try #require(try RESPValue.parse(whole, at: 0))
        #expect(value == .array([.integer(5), .bulk(Array("abc".utf8)), .bulk(nil)]))
        #expect(try RESPValue.parse(whole, at: next)?.0 == .simple("OK"))
        for cut in 1..<(next - 1) {
            #expect(try RESPValue.parse(Array(whole.prefix(cut)), at: 0) == nil, "a reply cut at \(cut) waits")
        }
        #expect(try RESPValue.parse(Array("-ERR wrong\r\n".utf8), at: 0)?.0 == .error("ERR wrong"))
    }

    @Test(arguments: ["$99999999999\r\n", "*100000\r\n", "?x\r\n", ":12a\r\n", "*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n:1\r\n"])
    func refusesRepliesPastItsBounds(reply: String) {
        #expect(throws: RESPValue.ProtocolError.self) { try RESPValue.parse(Array(reply.utf8), at: 0) }
    }

    private func store(_ server: RedisServer, database: Int = 0, timeout: Duration = .seconds(2)) -> RedisCampaignStore {
        RedisCampaignStore(
            host: "127.0.0.1", port: server.port, database: database, windowSeconds: 3600, reportSeconds: 86_400,
            timeout: timeout, connectTimeout: .seconds(1))
    }

    private func recipients(_ addresses: String...) -> [CampaignRecipient] {
        addresses.map(CampaignRecipient.init(envelope:))
    }

    @Test(.enabled(if: RedisServer.isAvailable)) func twoHostsShareCountsMarksAndJudgements() throws {
        let server = try RedisServer()
        defer { server.remove() }
        try server.start()
        let hostA = store(server)
        let hostB = store(server)
        let campaign = FingerprintDigest(text: "campaign")
        let other = FingerprintDigest(text: "other")
        let now = LocalCampaignStore.now()
        _ = try hostA.record([campaign], recipients: recipients("a@one.example", "b@one.example"), now: now)
        let counts = try hostB.record([campaign, other], recipients: recipients("c@two.example"), now: now)
        #expect(counts == [
            CampaignCounts(recipientDomains: 2, recipients: 3), CampaignCounts(recipientDomains: 1, recipients: 1),
        ])
        try hostA.markVerdict([campaign], now: now)
        try Environment.waitUntil(timeout: 5, "the verdict mark to reach host B") {
            try hostB.record([campaign], recipients: recipients("c@two.example"), now: now)[0].verdictMarks == 1
        }
        try hostA.judge([campaign], as: .genuine, now: now)
        #expect(try hostB.record([campaign], recipients: recipients("d@three.example"), now: now) == [CampaignCounts(judgement: .genuine)])
        try hostB.judge([other], as: .abuse, now: now)
        #expect(try hostA.record([other], recipients: recipients("d@three.example"), now: now)[0].judgement == .abuse)
        // Another database is another memory.
        #expect(try store(server, database: 2).record([campaign], recipients: recipients("x@one.example"), now: now)
            == [CampaignCounts(recipientDomains: 1, recipients: 1)])
    }

    @Test(.enabled(if: RedisServer.isAvailable)) func windowIsCountedOverBuckets() throws {
        let server = try RedisServer()
        defer { server.remove() }
        try server.start()
        let store = store(server)
        let digest = FingerprintDigest(text: "window")
        // Bucket length: a quarter of the hour. Three buckets back is inside the window, four is not.
        _ = try store.record([digest], recipients: recipients("a@one.example"), now: 100_000 - 3 * 900)
        _ = try store.record([digest], recipients: recipients("b@two.example"), now: 100_000 - 5 * 900)
        #expect(try store.record([digest], recipients: recipients("c@three.example"), now: 100_000)[0].recipients == 2)
        #expect(try server.command(["TTL", "ng:c:\(digest):r:\(100_000 / 900)"]).hasPrefix(":"))
    }

    private func memory(port: Int, budget: Int, logs: InMemoryLogHandler) -> CampaignMemory {
        var settings = CampaignSettings()
        settings.store = .redis(host: "127.0.0.1", port: port, database: 0)
        settings.budgetMilliseconds = budget
        return CampaignMemory(settings: settings, logger: Logger(label: "test") { _ in logs })
    }

    private func print(_ value: String) -> CampaignFingerprint {
        CampaignFingerprint(scope: "p", kind: .link, value: value, evidence: value)
    }

    @Test(.enabled(if: RedisServer.isAvailable)) func downCountsLocallyLogsOnceAndRecovers() throws {
        let server = try RedisServer()
        defer { server.remove() }
        let logs = InMemoryLogHandler()
        let memory = memory(port: server.port, budget: 20, logs: logs)
        for index in 0..<5 {
            let started = ContinuousClock.now
            let counts = memory.observe([print("down.example")], recipients: ["r\(index)@d\(index).example"])
            #expect(ContinuousClock.now - started < .milliseconds(200))
            #expect(counts[0].recipients == index + 1, "counted locally")
        }
        #expect(!memory.isUp)
        #expect(logs.entries.filter { "\($0.message)".contains("is down") }.count == 1)
        try server.start()
        try Environment.waitUntil(timeout: 5, "the store to be used again") {
            _ = memory.observe([print("up.example")], recipients: ["x@one.example"])
            return memory.isUp
        }
        #expect(logs.entries.filter { "\($0.message)".contains("answers again") }.count == 1)
        #expect(memory.observe([print("up.example")], recipients: ["y@two.example"])[0].recipients == 2)
    }

    /// A server that accepts and never answers: each message waits at most the budget.
    @Test func silentServerCostsAtMostTheBudget() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(listening)
        let logs = InMemoryLogHandler()
        let memory = memory(port: Int(UInt16(bigEndian: address.sin_port)), budget: 20, logs: logs)
        let started = ContinuousClock.now
        let counts = memory.observe([print("silent.example")], recipients: ["a@one.example"])
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(15) && waited < .milliseconds(150), "\(waited)")
        #expect(counts == [CampaignCounts(recipientDomains: 1, recipients: 1)])
        #expect(logs.entries.contains { "\($0.message)".contains("is down (timed out)") })
    }
}
