import Dispatch
import Foundation
import MailHarness
import NotifyGuardConfig
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end benchmark: a private Postfix on 127.0.0.1 receiving the same messages over SMTP four ways, measured
/// in one run and interleaved round by round: no milter, the C no-op milter (the floor of the milter protocol),
/// notifyguard with the shipped config (campaign memory in the local store) and notifyguard with its campaign
/// memory in a private redis-server. Then notifyguard's peak RSS while 100 SMTP sessions are open at once, and the
/// local campaign store's memory with `--fingerprints` distinct fingerprints (measured in this process).
/// Bounded: a fixed number of messages per configuration, a time limit per configuration, a 30 s reply timeout.
/// Needs root (Postfix's master) and the binaries of the same build beside this one.
///
/// Usage: notifyguard-e2e-bench [--messages N] [--seconds S] [--concurrency C] [--rounds R] [--sessions K]
///                              [--fingerprints F] [--noop-all-replies] [DIR...]   (default DIR: ../shared/corpus/*)
/// The no-op milter negotiates as notifyguard's shipped config does (`skip_replies: true`: no replies for connect
/// through end of headers); `--noop-all-replies` makes it answer every event instead.
@main
struct E2EBench {
    struct Options {
        var messages = 6000
        var seconds = 120.0
        var concurrency = 8
        var rounds = 30
        var sessions = 100
        /// Distinct fingerprints put into a local campaign store to measure its memory (0: not measured).
        var fingerprints = 1_000_000
        /// The no-op milter negotiates like notifyguard's shipped config (`skip_replies: true`) unless told otherwise.
        var noopSkipReplies = true
        var directories: [String] = []
    }

    static func main() {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--messages": options.messages = Int(arguments.popFirst() ?? "") ?? options.messages
            case "--seconds": options.seconds = Double(arguments.popFirst() ?? "") ?? options.seconds
            case "--concurrency": options.concurrency = Int(arguments.popFirst() ?? "") ?? options.concurrency
            case "--rounds": options.rounds = Int(arguments.popFirst() ?? "") ?? options.rounds
            case "--sessions": options.sessions = Int(arguments.popFirst() ?? "") ?? options.sessions
            case "--fingerprints": options.fingerprints = Int(arguments.popFirst() ?? "") ?? options.fingerprints
            case "--noop-all-replies": options.noopSkipReplies = false
            default: options.directories.append(argument)
            }
        }
        options.messages = max(1, options.messages)
        options.concurrency = min(max(1, options.concurrency), 100)
        options.rounds = min(max(1, options.rounds), options.messages)
        options.sessions = min(max(0, options.sessions), 200)
        options.fingerprints = min(max(0, options.fingerprints), 5_000_000)
        // Ctrl-C or SIGTERM: Postfix's master daemonizes, so the signal never reaches it; stop what we started.
        leftovers.cleanUpOnInterrupt(
            saying: "notifyguard-e2e-bench: interrupted, stopping the Postfix instances and milters it started")
        do {
            exit(try run(options) ? 0 : 1)
        } catch {
            print("notifyguard-e2e-bench: \(error)")
            exit(2)
        }
    }

    /// One way of running Postfix: its milter (if any) and what was measured.
    final class Configuration {
        let name: String
        let milter: NotifyGuardProcess?
        let postfix: PostfixInstance
        var totals = Totals()
        /// Messages/s of each round, in round order; nil for a round the time limit cut short or skipped.
        var roundRates: [Double?] = []

        init(name: String, milter: NotifyGuardProcess?, postfix: PostfixInstance) {
            self.name = name
            self.milter = milter
            self.postfix = postfix
        }
    }

    static func run(_ options: Options) throws -> Bool {
        guard Environment.canRunPostfix else {
            throw HarnessError("needs root and Debian's postfix (Postfix's master starts as root)")
        }
        let (messages, source) = loadMessages(options.directories)
        guard !messages.isEmpty else { throw HarnessError("no .eml files found (\(source))") }
        let blocks = messages.map { SMTPClient.dataBlock($0) }
        let bytes = messages.reduce(0) { $0 + $1.count }
        let noopBinary = Environment.productsDirectory.appendingPathComponent("notifyguard-noop-milter").path
        for binary in [Environment.notifyguardBinary, noopBinary] where !FileManager.default.isExecutableFile(atPath: binary) {
            throw HarnessError("\(binary) is missing: build the package first (swift build -c release)")
        }
        print(
            "corpus: \(messages.count) messages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB from \(source); "
                + "\(options.messages) per configuration in \(options.rounds) rounds, \(options.concurrency) concurrent "
                + "SMTP sessions, <=\(Int(options.seconds)) s per configuration")

        // The shipped config as a Postfix host would run it: the socket's group set to postfix (README, "Attaching to
        // Postfix"), the campaign snapshot in the run's directory; with Redis, the store pointed at the private one.
        let shipped = ConfigLoader.defaultConfigText
        let config = shipped.replacingOccurrences(of: "# socket_group: postfix", with: "socket_group: postfix")
        guard config != shipped, config.contains("  store: local "),
            config.contains("file: /var/lib/notifyguard/campaign.state")
        else { throw HarnessError("the shipped config has no '# socket_group: postfix' line or campaign section") }
        let redis = try RedisServer(durable: false)
        leftovers.add(path: redis.directory.path)
        defer { redis.remove() }
        try redis.start()
        if let pid = redis.processIdentifier { leftovers.add(pid: pid) }

        var directories: [ScratchDirectory] = []
        var configurations: [Configuration] = []
        defer {
            for configuration in configurations {
                configuration.postfix.remove()
                configuration.milter?.kill9()
            }
            for directory in directories { directory.remove() }
            leftovers.forget()
        }
        for name in ["no milter", "no-op milter", "notifyguard", "notifyguard redis"] {
            var milter: NotifyGuardProcess? = nil
            if name != "no milter" {
                let directory = try ScratchDirectory(prefix: "ng-bench")
                directories.append(directory)
                leftovers.add(path: directory.path)
                // The files the shipped config names (data files, skeletons), beside it as installed.
                try ConfigLoader.writeDefaultFiles(into: directory.path)
                let ownConfig = config.replacingOccurrences(
                    of: "file: /var/lib/notifyguard/campaign.state", with: "file: \(directory.path)/campaign.state")
                milter = name.hasPrefix("notifyguard")
                    ? try NotifyGuardProcess(
                        directory: directory,
                        config: name == "notifyguard redis"
                            ? ownConfig.replacingOccurrences(of: "  store: local ", with: "  store: \(redis.url) ") : ownConfig)
                    : try NotifyGuardProcess(
                        directory: directory, milterProgram: noopBinary,
                        extraArguments: options.noopSkipReplies ? ["--skip-replies"] : [])
                try milter?.start()
                if let pid = milter?.processIdentifier { leftovers.add(pid: pid) }
            }
            let postfix = try PostfixInstance(
                milterSocket: milter?.socketSpec, defaultAction: "tempfail", delivery: .discard,
                processLimit: options.sessions + 50)
            configurations.append(Configuration(name: name, milter: milter, postfix: postfix))
            leftovers.add(postfix: postfix)
            try postfix.start()
        }
        let notifyguard = configurations[2]
        guard let notifyguardPID = notifyguard.milter?.processIdentifier else {
            throw HarnessError("notifyguard did not start")
        }
        let idleRSS = memoryStatus(pid: notifyguardPID)

        // Warm-up, not measured: starts smtpd and cleanup processes, faults in every binary's pages.
        for configuration in configurations {
            _ = send(
                blocks, first: 0, count: min(50, options.messages), port: configuration.postfix.port,
                concurrency: options.concurrency, deadline: Date().addingTimeInterval(options.seconds))
            try drain(configuration.postfix)
        }
        // Interleaved rounds, so that load from elsewhere on the machine falls on every configuration alike, and
        // the order rotated each round (A B C, B C A, C A B), so that none always runs first after the others' drain.
        for round in 0..<options.rounds {
            let share = options.messages / options.rounds + (round < options.messages % options.rounds ? 1 : 0)
            for turn in configurations.indices {
                let configuration = configurations[(round + turn) % configurations.count]
                let remaining = options.seconds - configuration.totals.seconds
                guard remaining > 0 else {
                    configuration.roundRates.append(nil)
                    continue
                }
                let cpuBefore = configuration.milter?.processIdentifier.map(cpuSeconds(pid:)) ?? 0
                var result = send(
                    blocks, first: round * share, count: share, port: configuration.postfix.port,
                    concurrency: options.concurrency, deadline: Date().addingTimeInterval(remaining))
                result.milterCPUSeconds = (configuration.milter?.processIdentifier.map(cpuSeconds(pid:)) ?? 0) - cpuBefore
                configuration.totals.add(result)
                configuration.roundRates.append(
                    result.messages == share && result.seconds > 0 ? result.messagesPerSecond : nil)
                try drain(configuration.postfix)
            }
        }
        let afterThroughput = memoryStatus(pid: notifyguardPID)

        print("")
        print(
            "| configuration | messages | seconds | messages/s | p50 ms | p99 ms | milter CPU ms/message "
                + "| replies 2xx/4xx/5xx | errors |")
        print("|---|---:|---:|---:|---:|---:|---:|---|---:|")
        for configuration in configurations {
            let totals = configuration.totals
            let cpu = configuration.milter == nil
                ? "-" : String(format: "%.3f", totals.milterCPUSeconds * 1000 / Double(max(totals.messages, 1)))
            print(String(
                format: "| %@ | %d | %.2f | %.1f | %.2f | %.2f | %@ | %d/%d/%d | %d |", configuration.name,
                totals.messages, totals.seconds, totals.messagesPerSecond, totals.percentile(0.5) * 1000,
                totals.percentile(0.99) * 1000, cpu, totals.replies[2], totals.replies[4], totals.replies[5],
                totals.errors))
        }
        let rates = configurations.map(\.totals.messagesPerSecond)
        print("")
        print(String(
            format: "ratios (same run): notifyguard / no-op milter = %.3f; notifyguard / no milter = %.3f; no-op milter / no milter = %.3f",
            rates[2] / max(rates[1], 1e-9), rates[2] / max(rates[0], 1e-9), rates[1] / max(rates[0], 1e-9)))
        print(String(
            format: "ratios (same run): notifyguard redis / no-op milter = %.3f; notifyguard redis / notifyguard = %.3f",
            rates[3] / max(rates[1], 1e-9), rates[3] / max(rates[2], 1e-9)))
        // The same round's rates side by side: a burst of load elsewhere moves one round's pair, not the median.
        if let paired = pairedRatios(configurations[2].roundRates, configurations[1].roundRates) {
            print(String(
                format: "notifyguard / no-op milter round by round (%d rounds): median %.3f, lowest %.3f, highest %.3f",
                paired.count, paired.median, paired.lowest, paired.highest))
            print(String(format: "result round_ratio_median=%.3f rounds=%d", paired.median, paired.count))
            if let redisPaired = pairedRatios(configurations[3].roundRates, configurations[1].roundRates) {
                print(String(
                    format: "notifyguard redis / no-op milter round by round (%d rounds): median %.3f, lowest %.3f, highest %.3f",
                    redisPaired.count, redisPaired.median, redisPaired.lowest, redisPaired.highest))
                print(String(format: "result redis_round_ratio_median=%.3f rounds=%d", redisPaired.median, redisPaired.count))
            }
            for configuration in configurations {
                let rates = configuration.roundRates.map { $0.map { String(format: "%.0f", $0) } ?? "-" }
                print("  messages/s per round, \(configuration.name): \(rates.joined(separator: " "))")
            }
        }
        for configuration in configurations {
            if let error = configuration.totals.firstError {
                print("\(configuration.name): \(configuration.totals.errors) errors, first: \(error)")
            }
        }

        var sessionsOK = true
        if options.sessions > 0 {
            let result = concurrentSessions(
                blocks, sessions: options.sessions, port: notifyguard.postfix.port, pid: notifyguardPID)
            let peak = memoryStatus(pid: notifyguardPID)
            sessionsOK = result.errors == 0
            print("")
            print(
                "\(options.sessions) concurrent SMTP sessions through notifyguard: \(result.messages) messages, "
                    + "\(result.errors) errors\(result.firstError.map { ", first: \($0)" } ?? ""); "
                    + "most milter connections open at once: \(result.mostConnections) (served by at most "
                    + "\(result.mostThreads) threads: libmilter's worker pool)")
            print(
                "notifyguard VmHWM (peak RSS): \(idleRSS.hwmText) at start, \(afterThroughput.hwmText) after the "
                    + "throughput rounds, \(peak.hwmText) after \(options.sessions) concurrent sessions "
                    + "(VmRSS now \(peak.rssText))")
            print("result sessions=\(options.sessions) notifyguard_vmhwm_kb=\(peak.hwmKB)")
        }
        for configuration in configurations {
            let totals = configuration.totals
            print(
                "result configuration=\(configuration.name.replacingOccurrences(of: " ", with: "-")) "
                    + "messages=\(totals.messages) errors=\(totals.errors) "
                    + "messages_per_second=\(String(format: "%.2f", totals.messagesPerSecond))")
        }
        let downLines = configurations[3].milter?.log().components(separatedBy: "\n").filter { $0.contains("is down") } ?? []
        if !downLines.isEmpty { print("notifyguard redis: the store was down during the run: \(downLines[0])") }
        if options.fingerprints > 0 { CampaignStoreMemory.measure(fingerprints: options.fingerprints) }
        let complete = configurations.allSatisfy { $0.totals.errors == 0 && $0.totals.messages > 0 }
        return complete && sessionsOK
    }

    /// `numerator[i] / denominator[i]` for the rounds both completed: their count, median, lowest and highest.
    static func pairedRatios(_ numerator: [Double?], _ denominator: [Double?])
        -> (count: Int, median: Double, lowest: Double, highest: Double)?
    {
        let ratios = zip(numerator, denominator).compactMap { pair -> Double? in
            guard let top = pair.0, let bottom = pair.1, bottom > 0 else { return nil }
            return top / bottom
        }.sorted()
        guard let lowest = ratios.first, let highest = ratios.last else { return nil }
        let middle = ratios.count / 2
        let median = ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
        return (ratios.count, median, lowest, highest)
    }

    // MARK: - Messages

    /// The corpus folders given (or ../shared/corpus/*), else the test messages of this repository.
    static func loadMessages(_ directories: [String]) -> ([[UInt8]], String) {
        let corpus = ["abuse", "phish", "ham", "legit-notify"].map { "../shared/corpus/\($0)" }
        let fallback = ["Tests/EndToEndTests/Mail", "Tests/NotifyGuardCoreTests/Fixtures"]
        for candidates in directories.isEmpty ? [corpus, fallback] : [directories] {
            let messages = candidates.flatMap(emlFiles)
            if !messages.isEmpty { return (messages, candidates.joined(separator: " ")) }
        }
        return ([], (directories.isEmpty ? corpus + fallback : directories).joined(separator: " "))
    }

    private static func emlFiles(_ directory: String) -> [[UInt8]] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var names: [String] = []
        while names.count < 100_000, let name = enumerator.nextObject() as? String {
            if name.hasSuffix(".eml") { names.append(name) }
        }
        return names.sorted().compactMap { FileManager.default.contents(atPath: directory + "/" + $0).map { [UInt8]($0) } }
    }

    // MARK: - Sending

    /// What one batch of SMTP transactions gave.
    struct Totals {
        var messages = 0
        var errors = 0
        var seconds = 0.0
        var milterCPUSeconds = 0.0
        var replies = [Int](repeating: 0, count: 6)
        var latencies: [Double] = []
        var firstError: String?

        var messagesPerSecond: Double { seconds > 0 ? Double(messages) / seconds : 0 }

        mutating func add(_ other: Totals) {
            messages += other.messages
            errors += other.errors
            seconds += other.seconds
            milterCPUSeconds += other.milterCPUSeconds
            for index in replies.indices { replies[index] += other.replies[index] }
            latencies += other.latencies
            firstError = firstError ?? other.firstError
        }

        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
    }

    /// Shared by the client threads of one batch.
    final class Batch: Sendable {
        let next = Atomic<Int>(0)
        /// Sessions that have reached their final dot (concurrent-sessions phase).
        let waiting = Atomic<Int>(0)
        let results = Mutex(Totals())
    }

    /// Sends messages `first ..< first + count` (cycling through the corpus), each in its own SMTP session, from
    /// `concurrency` client threads; stops early at `deadline`. A message counts when the final dot got a reply.
    static func send(
        _ blocks: [[UInt8]], first: Int, count: Int, port: Int, concurrency: Int, deadline: Date
    ) -> Totals {
        let batch = Batch()
        let start = ContinuousClock.now
        runThreads(concurrency) { _ in
            var local = Totals()
            while Date() < deadline {
                let index = batch.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { break }
                let began = ContinuousClock.now
                do {
                    let client = try SMTPClient(port: port)
                    // Recipients vary (500 in 50 domains), as an MX's do: the campaign memory counts them.
                    let message = first + index
                    let reply = try client.send(
                        from: "bench@example.com", to: ["rcpt\(message % 500)@d\(message % 50).example.org"],
                        dataBlock: blocks[message % blocks.count])
                    client.quit()
                    local.messages += 1
                    local.replies[min(max(reply.code / 100, 0), 5)] += 1
                    local.latencies.append((ContinuousClock.now - began).seconds)
                } catch {
                    local.errors += 1
                    local.firstError = local.firstError ?? "\(error)"
                }
            }
            batch.results.withLock { $0.add(local) }
        }
        var totals = batch.results.withLock { $0 }
        totals.seconds = (ContinuousClock.now - start).seconds
        return totals
    }

    /// What the concurrent-sessions phase saw.
    struct SessionsResult {
        var messages = 0
        var errors = 0
        var firstError: String?
        var mostThreads = 0
        var mostConnections = 0
    }

    /// Opens `sessions` SMTP sessions at once, each sending a message up to (not including) the final dot; when all
    /// are there (or 60 s passed), each sends the dot. Three times. All milter connections are open together, and
    /// the end-of-message scoring of every session runs at the same moment.
    static func concurrentSessions(_ blocks: [[UInt8]], sessions: Int, port: Int, pid: Int32) -> SessionsResult {
        var result = SessionsResult()
        for round in 0..<3 {
            let batch = Batch()
            let sampler = ThreadSampler(pid: pid)
            runThreads(sessions) { session in
                var local = Totals()
                let block = blocks[(round * sessions + session) % blocks.count]
                do {
                    let client = try SMTPClient(port: port)
                    try client.startData(from: "session\(session)@example.com", to: ["rcpt@example.org"])
                    try client.sendRaw(Array(block.dropLast(3)), awaitReply: false)
                    batch.waiting.add(1, ordering: .relaxed)
                    let deadline = Date().addingTimeInterval(60)
                    while batch.waiting.load(ordering: .relaxed) < sessions && Date() < deadline {
                        sampler.sample()
                        usleep(2_000)
                    }
                    _ = try client.sendRaw(Array(".\r\n".utf8), awaitReply: true)
                    client.quit()
                    local.messages += 1
                } catch {
                    batch.waiting.add(1, ordering: .relaxed)
                    local.errors += 1
                    local.firstError = "\(error)"
                }
                batch.results.withLock { $0.add(local) }
            }
            let totals = batch.results.withLock { $0 }
            result.messages += totals.messages
            result.errors += totals.errors
            result.firstError = result.firstError ?? totals.firstError
            result.mostThreads = max(result.mostThreads, sampler.mostThreads.load(ordering: .relaxed))
            result.mostConnections = max(result.mostConnections, sampler.mostConnections.load(ordering: .relaxed))
        }
        return result
    }

    /// Records the most threads and the most open sockets (about one per SMTP session) the milter process had.
    final class ThreadSampler: Sendable {
        let pid: Int32
        let mostThreads = Atomic<Int>(0)
        let mostConnections = Atomic<Int>(0)
        let lastSample = Atomic<Int>(0)

        init(pid: Int32) { self.pid = pid }

        func sample() {
            // One reader at a time, at most every 10 ms: a hundred threads polling /proc would be the load.
            let now = Int(Date().timeIntervalSince1970 * 100)
            let last = lastSample.load(ordering: .relaxed)
            guard now > last, lastSample.compareExchange(expected: last, desired: now, ordering: .relaxed).exchanged
            else { return }
            _ = mostThreads.max(memoryStatus(pid: pid).threads, ordering: .relaxed)
            let directory = "/proc/\(pid)/fd"
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            let sockets = descriptors.filter {
                (try? FileManager.default.destinationOfSymbolicLink(atPath: directory + "/" + $0))?.hasPrefix("socket:")
                    ?? false
            }
            // Less the listening socket.
            _ = mostConnections.max(max(0, sockets.count - 1), ordering: .relaxed)
        }
    }

    /// Runs `body(index)` on `count` threads and waits for all of them.
    static func runThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                body(index)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
    }

    /// Waits (bounded) until Postfix has delivered everything queued, so one round's deliveries are not billed to the next.
    static func drain(_ postfix: PostfixInstance) throws {
        try Environment.waitUntil(timeout: 120, "the Postfix queue to drain") { postfix.queuedMessageCount() == 0 }
    }

    // MARK: - Memory

    /// VmHWM, VmRSS and Threads of a process, from /proc/PID/status.
    struct MemoryStatus {
        var hwmKB = 0
        var rssKB = 0
        var threads = 0
        var hwmText: String { String(format: "%.1f MB", Double(hwmKB) / 1024) }
        var rssText: String { String(format: "%.1f MB", Double(rssKB) / 1024) }
    }

    /// User plus system CPU time a process has used, from /proc/PID/stat (clock ticks).
    static func cpuSeconds(pid: Int32) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return 0 }
        // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func memoryStatus(pid: Int32) -> MemoryStatus {
        var status = MemoryStatus()
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return status }
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let value = Int(fields[1]) else { continue }
            switch fields[0] {
            case "VmHWM:": status.hwmKB = value
            case "VmRSS:": status.rssKB = value
            case "Threads:": status.threads = value
            default: break
            }
        }
        return status
    }
}

/// What an interrupted run must stop and remove; the normal path cleans up itself and then forgets these.
let leftovers = InterruptCleanup()

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
