import Foundation
import MailHarness
import NotifyGuardConfig
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The fault suite of issue 14 as one command: a private Postfix on 127.0.0.1 (`milter_default_action = tempfail`)
/// in front of notifyguard, and scenarios that push on it: concurrent sessions, kill -9 and restart under load, a
/// reload storm, padding headers, forged X-NotifyGuard-* headers, oversized header names. For each it prints what
/// the SMTP clients were told (accepted, tempfailed, rejected, unanswered) and what became of the accepted mail
/// (delivered, held, lost), and fails when anything accepted was lost or anything refused was delivered.
///
/// Usage: notifyguard-faults [--quick] [--seconds S] [--sessions N] [--scenario NAME]...
/// Needs root (Postfix's master) and the `notifyguard` binary of the same build beside this one. See docs/faults.md.
@main
struct FaultSuite {
    struct Options {
        var seconds = 60.0
        var sessions = 200
        var quick = false
        var only: Set<String> = []
    }

    /// One scenario: its message, its load, and what happens to notifyguard meanwhile.
    struct Scenario {
        var name: String
        var sessions: Int
        var seconds: Double
        var maxMessages: Int?
        var disturbance: Disturbance
        var message: @Sendable (Int) -> String
    }

    static func scenarios(_ options: Options) -> [Scenario] {
        let quick = options.quick
        let heavy = max(1, min(options.sessions, quick ? 2 : 8))
        return [
            Scenario(
                name: "concurrent", sessions: options.sessions, seconds: options.seconds, disturbance: .none,
                message: { FaultMessages.mix($0, token: FaultMessages.token("concurrent", $0)) }),
            Scenario(
                name: "kill9-restart", sessions: options.sessions, seconds: options.seconds,
                disturbance: .killAndRestart(everySeconds: quick ? 1.5 : 5, downSeconds: quick ? 0.5 : 3),
                message: { FaultMessages.mix($0, token: FaultMessages.token("kill9-restart", $0)) }),
            Scenario(
                name: "reload-storm", sessions: options.sessions, seconds: options.seconds,
                disturbance: .reloadStorm(everySeconds: 0.05),
                message: { FaultMessages.mix($0, token: FaultMessages.token("reload-storm", $0)) }),
            Scenario(
                name: "padding", sessions: max(1, options.sessions / 4), seconds: options.seconds,
                maxMessages: quick ? 20 : nil, disturbance: .none,
                message: { FaultMessages.padded(token: FaultMessages.token("padding", $0), count: 1000) }),
            Scenario(
                name: "forged", sessions: max(1, options.sessions / 4), seconds: options.seconds,
                maxMessages: quick ? 20 : nil, disturbance: .none,
                message: { number in
                    // Every tenth hides the forged header behind 10,000 others.
                    FaultMessages.forged(token: FaultMessages.token("forged", number), before: number % 10 == 9 ? 10_000 : 0)
                }),
            Scenario(
                name: "oversized-names", sessions: heavy, seconds: options.seconds, maxMessages: quick ? 2 : 40,
                disturbance: .none,
                message: { number in
                    FaultMessages.longNames(token: FaultMessages.token("oversized-names", number), count: quick ? 20 : 100, nameBytes: 60_000)
                }),
        ].filter { options.only.isEmpty || options.only.contains($0.name) }
    }

    static func main() {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst()
        var explicitSeconds: Double? = nil
        var explicitSessions: Int? = nil
        while let argument = arguments.popFirst() {
            switch argument {
            case "--quick": options.quick = true
            case "--seconds": explicitSeconds = Double(arguments.popFirst() ?? "")
            case "--sessions": explicitSessions = Int(arguments.popFirst() ?? "")
            case "--scenario": options.only.insert(arguments.popFirst() ?? "")
            default:
                print("usage: notifyguard-faults [--quick] [--seconds S] [--sessions N] [--scenario NAME]...")
                exit(2)
            }
        }
        if options.quick {
            options.seconds = 3
            options.sessions = 8
        }
        options.seconds = min(max(1, explicitSeconds ?? options.seconds), 600)
        options.sessions = min(max(1, explicitSessions ?? options.sessions), 250)
        cleanup.cleanUpOnInterrupt(
            saying: "notifyguard-faults: interrupted, stopping the Postfix instance and notifyguard it started")
        do {
            exit(try run(options) ? 0 : 1)
        } catch {
            print("notifyguard-faults: \(error)")
            cleanup.cleanUp()
            exit(2)
        }
    }

    static func run(_ options: Options) throws -> Bool {
        guard Environment.canRunPostfix else {
            throw HarnessError("needs root and Debian's postfix (Postfix's master starts as root)")
        }
        guard FileManager.default.isExecutableFile(atPath: Environment.notifyguardBinary) else {
            throw HarnessError("\(Environment.notifyguardBinary) is missing: build the package first")
        }
        let shipped = ConfigLoader.defaultConfigText
        let config = shipped
            .replacingOccurrences(of: "authserv_ids: []", with: "authserv_ids: [mx.notifyguard.test]")
            .replacingOccurrences(of: "socket_mode: \"0660\"", with: "socket_mode: \"0666\"")
        guard config.contains("mx.notifyguard.test"), config.contains("\"0666\"") else {
            throw HarnessError("the shipped config no longer has the lines the suite adapts")
        }
        let directory = try ScratchDirectory(prefix: "ng-faults")
        cleanup.add(path: directory.path)
        defer { directory.remove() }
        // The files the shipped config names (data files, skeletons), beside it as installed.
        try ConfigLoader.writeDefaultFiles(into: directory.path)
        let daemon = try NotifyGuardProcess(directory: directory, config: config)
        defer { daemon.kill9() }
        try daemon.start()
        if let pid = daemon.processIdentifier { cleanup.add(pid: pid) }
        let postfix = try PostfixInstance(
            milterSocket: daemon.socketSpec, defaultAction: "tempfail", processLimit: options.sessions + 20)
        cleanup.add(postfix: postfix)
        defer { postfix.remove() }
        try postfix.start()
        print(
            "notifyguard fault suite: Postfix on 127.0.0.1:\(postfix.port) (milter_default_action=tempfail), "
                + "\(Environment.notifyguardBinary), up to \(options.sessions) sessions, \(Int(options.seconds)) s per scenario"
                + (options.quick ? " (quick)" : ""))

        var rows: [(String, Ledger.Counts, Int, Int, String)] = []
        var seenFiles: Set<String> = []
        for scenario in scenarios(options) {
            let started = Date()
            let ledger = Ledger()
            let deadline = started.addingTimeInterval(scenario.seconds)
            let disturbance = Mutex<String>("")
            let done = DispatchSemaphore(value: 0)
            let handOver = DaemonHandOver(daemon)
            let plan = scenario.disturbance
            Thread.detachNewThread {
                let note = plan.run(on: handOver.daemon, config: config, until: deadline)
                disturbance.withLock { $0 = note }
                done.signal()
            }
            let make = scenario.message
            Sender.run(
                port: postfix.port, sessions: scenario.sessions, until: deadline, maxMessages: scenario.maxMessages,
                ledger: ledger, message: { number in (FaultMessages.token(scenario.name, number), make(number)) })
            _ = done.wait(timeout: .now() + 120)

            var crashes = 0
            if !daemon.isRunning {
                crashes += 1
                try daemon.start()
            }
            if let pid = daemon.processIdentifier { cleanup.add(pid: pid) }
            // Everything Postfix accepted is delivered or held before it is counted (bounded).
            try Environment.waitUntil(timeout: options.quick ? 120 : 900, "Postfix's queue to drain") {
                postfix.queuedMessageCount() == 0
            }
            let (delivered, forged) = deliveredTokens(postfix: postfix, skipping: &seenFiles)
            let counts = ledger.counts(postfix: postfix, delivered: delivered, forged: forged)
            let hwm = daemon.processIdentifier.map(peakKilobytes) ?? 0
            let seconds = Date().timeIntervalSince(started)
            let note = disturbance.withLock { $0 }
            rows.append((scenario.name, counts, crashes, hwm, note))
            print(
                "scenario=\(scenario.name) sent=\(counts.sent) accepted=\(counts.accepted) delivered=\(counts.delivered) "
                    + "held=\(counts.held) tempfailed=\(counts.tempfailed) rejected=\(counts.rejected) "
                    + "unanswered=\(counts.unanswered) lost=\(counts.lost) refused_delivered=\(counts.refusedDelivered) "
                    + "duplicated=\(counts.duplicated) forged_kept=\(counts.forgedKept) crashes=\(crashes) "
                    + "vmhwm_kb=\(hwm) seconds=\(String(format: "%.1f", seconds))")
        }

        print("")
        print("| scenario | sent | accepted | delivered | held | tempfailed | rejected | unanswered | lost | refused but delivered | forged kept | crashes | notifyguard VmHWM |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for (name, c, crashes, hwm, _) in rows {
            print(
                "| \(name) | \(c.sent) | \(c.accepted) | \(c.delivered) | \(c.held) | \(c.tempfailed) | \(c.rejected) "
                    + "| \(c.unanswered) | \(c.lost) | \(c.refusedDelivered) | \(c.forgedKept) | \(crashes) "
                    + "| \(String(format: "%.1f MB", Double(hwm) / 1024)) |")
        }
        for (name, _, _, _, note) in rows where !note.isEmpty { print("\(name): \(note)") }
        let lost = rows.reduce(0) { $0 + $1.1.lost }
        let refused = rows.reduce(0) { $0 + $1.1.refusedDelivered }
        let crashes = rows.reduce(0) { $0 + $1.2 }
        print("result lost=\(lost) refused_delivered=\(refused) crashes=\(crashes)")
        return lost == 0 && refused == 0
    }

    /// Message-ID tokens of the files delivered since the last call, how many files carried each, and which of them
    /// still carried the sender's forged X-NotifyGuard-Result.
    static func deliveredTokens(postfix: PostfixInstance, skipping seen: inout Set<String>) -> ([String: Int], Set<String>) {
        var counts: [String: Int] = [:]
        var forged: Set<String> = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: postfix.outDirectory)) ?? []
        for name in names where !seen.contains(name) {
            seen.insert(name)
            guard let data = FileManager.default.contents(atPath: postfix.outDirectory + "/" + name) else { continue }
            // The headers end at the first empty line; the token is in Message-ID.
            let text = String(decoding: data.prefix(2_000_000), as: UTF8.self)
            guard let range = text.range(of: "Message-ID: <fault-") else { continue }
            let token = text[text.index(range.upperBound, offsetBy: -6)...].prefix { $0 != ">" }
            counts[String(token), default: 0] += 1
            if text.contains("X-NotifyGuard-Result: \(FaultMessages.forgedValue)") { forged.insert(String(token)) }
        }
        return (counts, forged)
    }

    /// VmHWM (peak resident memory) of a process, in kB.
    static func peakKilobytes(pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    }
}

/// Lends the notifyguard process to the disturbance thread for one scenario.
///
/// Invariant: while the disturbance runs, only its thread touches the process; the main thread sends mail to Postfix
/// and waits for the disturbance (`done`) before it looks at the process again.
final class DaemonHandOver: @unchecked Sendable {
    let daemon: NotifyGuardProcess
    init(_ daemon: NotifyGuardProcess) { self.daemon = daemon }
}

/// What to stop and remove if the suite is interrupted (Ctrl-C, SIGTERM) or fails to set up.
let cleanup = InterruptCleanup()
