import Foundation
import MailHarness
import Testing

/// The end-to-end benchmark's machinery, at a size that costs seconds: four Postfix configurations (notifyguard
/// with its campaign memory local and in Redis) each carry their messages and report a rate, overall and per
/// round, the concurrent-sessions phase reads notifyguard's peak RSS, and the local store's memory is measured.
@Suite(.enabled(if: Environment.canRunPostfix && RedisServer.isAvailable,
    "needs root, Debian's postfix and redis-server (run `sudo scripts/test`)"))
struct E2EBenchTests {
    @Test func reportsFourConfigurationsWithNonzeroRates() throws {
        let bench = Environment.productsDirectory.appendingPathComponent("notifyguard-e2e-bench").path
        let (status, output) = try Environment.run(
            bench,
            [
                "--messages", "20", "--rounds", "4", "--concurrency", "4", "--sessions", "5", "--seconds", "60",
                "--fingerprints", "20000",
                Environment.mailDirectory.path,
            ],
            timeout: 300)
        #expect(status == 0, "\(output)")
        let results = output.split(separator: "\n").filter { $0.hasPrefix("result configuration=") }
        #expect(results.map { $0.split(separator: " ")[1] } == [
            "configuration=no-milter", "configuration=no-op-milter", "configuration=notifyguard",
            "configuration=notifyguard-redis",
        ])
        for line in results {
            #expect(line.contains(" messages=20 errors=0 "), "\(line)")
            let rate = line.split(separator: "=").last.flatMap { Double($0) } ?? 0
            #expect(rate > 0, "\(line)")
        }
        #expect(output.contains("| notifyguard | 20 |"))
        // Four rounds of five messages each, every one completed by every configuration: four paired ratios.
        let paired = output.split(separator: "\n").first { $0.hasPrefix("result round_ratio_median=") }
        let fields = (paired?.split(separator: " ").dropFirst() ?? []).compactMap { $0.split(separator: "=").last }
        #expect(fields.count == 2 && (Double(fields[0]) ?? 0) > 0 && fields[1] == "4", "\(output)")
        let perRound = output.split(separator: "\n").filter { $0.hasPrefix("  messages/s per round, ") }
        #expect(perRound.count == 4, "\(output)")
        #expect(output.contains("result redis_round_ratio_median="), "\(output)")
        #expect(!output.contains("the store was down"), "\(output)")
        let store = output.split(separator: "\n").first { $0.hasPrefix("result store_fingerprints=") } ?? ""
        #expect(store.hasPrefix("result store_fingerprints=20000 store_rss_delta_kb="), "\(output)")
        let snapshot = store.split(separator: "=").last.flatMap { Int($0) } ?? 0
        #expect(snapshot > 20000 * 40, "\(store)")
        for line in perRound {
            let rates = line.split(separator: ":").last?.split(separator: " ").compactMap { Double($0) } ?? []
            #expect(rates.count == 4 && rates.allSatisfy { $0 > 0 }, "\(line)")
        }
        let peak = output.split(separator: "\n").first { $0.hasPrefix("result sessions=5 notifyguard_vmhwm_kb=") }
        let kilobytes = peak.flatMap { $0.split(separator: "=").last }.flatMap { Int($0) } ?? 0
        #expect(kilobytes > 1000, "\(output)")
    }
}

/// The core benchmark's allocation counter: the interposed malloc sees the scorer's allocations.
/// Not a dependency of this test target on purpose: linking it would put its malloc interposer into the test binary.
/// `swift build --build-tests` (scripts/test) builds it with every other product.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Environment.coreBench), "notifyguard-bench not built"))
struct CoreBenchTests {
    @Test func countsAllocationsPerMessage() throws {
        let bench = Environment.coreBench
        let (status, output) = try Environment.run(
            bench, ["--rounds", "1", "--seconds", "5", Environment.mailDirectory.path], timeout: 120)
        #expect(status == 0, "\(output)")
        let row = output.split(separator: "\n").first { $0.hasPrefix("| full scoring |") }
        // | name | MB/s | messages/s | p50 | p99 | allocations/message | ratio |
        let columns = row.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        let allocations = columns.count > 5 ? Double(columns[5]) ?? 0 : 0
        #expect(allocations > 10, "\(output)")
    }
}

extension Environment {
    static var coreBench: String { productsDirectory.appendingPathComponent("notifyguard-bench").path }
}
