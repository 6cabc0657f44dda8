import CAllocationCounter
import Foundation
import NotifyGuardConfig
import NotifyGuardCore

/// Core throughput benchmark: parse + extract and full scoring over a directory of .eml files, against a
/// reference pass measured in the same run (a line-splitting scan of the same bytes: the floor any
/// line-oriented MIME parser pays). Bounded: at most `--rounds` passes and `--seconds` per measurement.
/// Allocations per message are counted in one extra untimed pass (CAllocationCounter interposes malloc and friends
/// in this executable only).
///
/// Usage: notifyguard-bench [--rounds N] [--seconds S] [--dump] [--once parse|score] [DIR...]
/// (default DIR: ../shared/corpus/*)
///
/// `--dump` measures nothing: it prints every message's features (addresses, authentication, links, items,
/// texts), one block per message, so an optimisation can be checked to change no result (diff two dumps).
///
/// `--once parse` or `--once score` measures nothing either: one untimed pass of parse + extract or of full scoring
/// over the corpus, for an instruction counter (`valgrind --tool=callgrind`) to attribute without the other passes.
@main
struct Bench {
    static func main() throws {
        var rounds = 20
        var seconds = 20.0
        var directories: [String] = []
        var dump = false
        var once: String?
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--rounds": rounds = Int(arguments.popFirst() ?? "") ?? rounds
            case "--seconds": seconds = Double(arguments.popFirst() ?? "") ?? seconds
            case "--dump": dump = true
            case "--once": once = arguments.popFirst()
            default: directories.append(argument)
            }
        }
        if directories.isEmpty {
            directories = ["abuse", "phish", "ham", "legit-notify"].map { "../shared/corpus/\($0)" }
        }
        var messages: [[UInt8]] = []
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where name.hasSuffix(".eml") {
                if let data = FileManager.default.contents(atPath: directory + "/" + name) { messages.append([UInt8](data)) }
            }
        }
        guard !messages.isEmpty else {
            print("notifyguard-bench: no .eml files in \(directories.joined(separator: " "))")
            exit(2)
        }
        var settings = try ConfigLoader.load(path: nil)
        // Score the corpus as `notifyguard evaluate` does: its Authentication-Results were written by Microsoft's MX,
        // which gives no authserv-id, and a deployment behind such an MX trusts them. Distrusting them would skip
        // every rule that needs a platform-sent template (foreign links, skeletons, injected fields) and measure
        // less than the daemon does.
        settings.policy.trustMissingAuthservID = true
        let policy = settings.policy
        if dump {
            for message in messages { print(describe(MessageFeatures(message: MessageParser.parse(message, limits: policy.limits), policy: policy))) }
            return
        }
        if let once {
            // A warm-up pass first, so once-per-process work (tables built on first use) stays out of the counted one.
            let sink = warmUpPass(messages, once: once, policy: policy) &+ countedPass(messages, once: once, policy: policy)
            print("notifyguard-bench: one \(once == "parse" ? "parse + extract" : "full scoring") pass over \(messages.count) messages, after a warm-up pass (\(sink))")
            return
        }
        let bytes = messages.reduce(0) { $0 + $1.count }
        print("corpus: \(messages.count) messages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB; rounds<=\(rounds), <=\(Int(seconds)) s each")

        let reference = measure(messages, rounds: rounds, seconds: seconds, body: lineScan)
        let parse = measure(messages, rounds: rounds, seconds: seconds) { message in
            let parsed = MessageParser.parse(message, limits: policy.limits)
            return MessageFeatures(message: parsed, policy: policy).links.count
        }
        let score = measure(messages, rounds: rounds, seconds: seconds) { message in
            Scorer(policy: policy).score(rawMessage: message).reasons.count
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)

        print("")
        print("| measurement | MB/s | messages/s | p50 ms | p99 ms | allocations/message | ratio to reference | messages/s, median round |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for (name, result) in [("reference: line scan (memchr)", reference), ("parse + extract", parse), ("full scoring", score)] {
            print(String(
                format: "| %@ | %.1f | %.0f | %.3f | %.3f | %.1f | %.3f | %.0f |", name, result.megabytesPerSecond(bytes),
                result.messagesPerSecond, result.percentile(0.5) * 1000, result.percentile(0.99) * 1000,
                result.allocationsPerMessage, result.messagesPerSecond / reference.messagesPerSecond,
                result.medianRoundRate))
        }
        print("")
        print("peak RSS: \(usage.ru_maxrss / 1024) MB (includes the corpus held in memory: \(bytes / 1_000_000) MB)")
    }

    /// The counted pass of `--once`, a function of its own so an instruction counter can collect inside it only:
    /// `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*countedPass*'`.
    @inline(never) @_optimize(none)
    static func countedPass(_ messages: [[UInt8]], once: String, policy: Policy) -> Int {
        pass(messages, once: once, policy: policy)
    }

    /// The warm-up pass of `--once`, over the messages in reverse order (a body unlike `countedPass`'s, so the
    /// compiler can't merge the two): tables built on first use (the NFKC map, the suffix list) are built here.
    @inline(never) @_optimize(none)
    static func warmUpPass(_ messages: [[UInt8]], once: String, policy: Policy) -> Int {
        pass(messages.reversed(), once: once, policy: policy)
    }

    static func pass(_ messages: [[UInt8]], once: String, policy: Policy) -> Int {
        var sink = 0
        for message in messages {
            switch once {
            case "parse":
                sink &+= MessageFeatures(message: MessageParser.parse(message, limits: policy.limits), policy: policy).links.count
            default:
                sink &+= Scorer(policy: policy).score(rawMessage: message).reasons.count
            }
        }
        return sink
    }

    /// Every feature of a message as text, for `--dump`.
    static func describe(_ features: MessageFeatures) -> String {
        var lines = ["== \(features.subject)"]
        for (name, address) in [("from", features.from), ("sender", features.sender), ("reply-to", features.replyTo), ("to", features.to)] {
            lines.append("\(name): \(address.map { "\($0.displayName) <\($0.address)> \($0.domain)" } ?? "-")")
        }
        lines.append("auth: \(features.authentication.map { "\($0.method)=\($0.result) \($0.properties.sorted { $0.key < $1.key })" })")
        lines.append("dkim: \(features.dkimPassDomains) spf: \(features.spfPassDomains)")
        for link in features.links {
            lines.append("link: \(link.url) | \(link.host) | \(link.unicodeHost) | \(link.registrableDomain) | \(link.source) | \(link.anchorText) | \(link.flags.rawValue) | \(link.position.map(String.init) ?? "-")")
        }
        for (kind, items) in [("email", features.emails), ("phone", features.phones), ("wallet", features.wallets)] {
            for item in items { lines.append("\(kind): \(item.value) | \(item.source) | \(item.position)") }
        }
        lines.append("invisible: \(features.invisibleCharacters) truncations: \(features.truncations.map(\.rawValue).sorted())")
        lines.append("searchable: \(String(decoding: features.searchableText, as: UTF8.self))")
        lines.append("leading: \(features.leadingText)")
        lines.append("body: \(features.bodyText)")
        return lines.joined(separator: "\n")
    }

    /// The reference pass: counts lines with memchr, the floor of any line-oriented parser.
    static func lineScan(_ message: [UInt8]) -> Int {
        var lines = 0
        message.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count, let hit = memchr(base + offset, 10, raw.count - offset) {
                lines += 1
                offset = base.distance(to: UnsafeRawPointer(hit)) + 1
            }
        }
        return lines
    }

    struct Result {
        var seconds: Double
        var messages: Int
        var rounds: Int
        var latencies: [Double]
        var allocationsPerMessage: Double
        /// Messages per second of each round (one pass over the corpus).
        var roundRates: [Double]

        var messagesPerSecond: Double { Double(messages) / seconds }
        func megabytesPerSecond(_ corpusBytes: Int) -> Double { Double(corpusBytes * rounds) / seconds / 1e6 }
        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        /// The median round's rate: a round slowed by something else on the machine moves it less than the mean.
        var medianRoundRate: Double {
            let sorted = roundRates.sorted()
            return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        }
    }

    static func measure(_ messages: [[UInt8]], rounds: Int, seconds: Double, body: ([UInt8]) -> Int) -> Result {
        var sink = 0
        var latencies: [Double] = []
        latencies.reserveCapacity(messages.count)
        let clock = ContinuousClock()
        let start = clock.now
        var done = 0
        var completedRounds = 0
        var roundRates: [Double] = []
        for round in 0..<rounds {
            let roundStart = clock.now
            for message in messages {
                let before = clock.now
                sink &+= body(message)
                if round == 0 { latencies.append((clock.now - before).seconds) }
                done += 1
            }
            completedRounds += 1
            roundRates.append(Double(messages.count) / (clock.now - roundStart).seconds)
            if (clock.now - start).seconds > seconds { break }
        }
        let elapsed = (clock.now - start).seconds
        // One more pass, untimed, counting every malloc, calloc, realloc and aligned allocation it makes.
        ng_allocations_start()
        for message in messages { sink &+= body(message) }
        let allocations = ng_allocations_stop()
        if sink == 42 { print("") }  // keeps the work observable to the optimiser
        return Result(
            seconds: elapsed, messages: done, rounds: completedRounds, latencies: latencies,
            allocationsPerMessage: Double(allocations) / Double(messages.count), roundRates: roundRates)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
