import Foundation
import MailHarness
import Testing

/// The end-to-end benchmark's machinery, at a size that costs seconds: three Postfix configurations each carry
/// their messages and report a rate, overall and per round, and the concurrent-sessions phase reads notifyguard's
/// peak RSS.
@Suite(.enabled(if: Environment.canRunPostfix, "needs root and Debian's postfix (run `sudo scripts/test`)"))
struct E2EBenchTests {
    @Test func reportsThreeConfigurationsWithNonzeroRates() throws {
        let bench = Environment.productsDirectory.appendingPathComponent("notifyguard-e2e-bench").path
        let (status, output) = try Environment.run(
            bench,
            [
                "--messages", "20", "--rounds", "4", "--concurrency", "4", "--sessions", "5", "--seconds", "60",
                Environment.mailDirectory.path,
            ],
            timeout: 300)
        #expect(status == 0, "\(output)")
        let results = output.split(separator: "\n").filter { $0.hasPrefix("result configuration=") }
        #expect(results.map { $0.split(separator: " ")[1] } == [
            "configuration=no-milter", "configuration=no-op-milter", "configuration=notifyguard",
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
        #expect(perRound.count == 3, "\(output)")
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
