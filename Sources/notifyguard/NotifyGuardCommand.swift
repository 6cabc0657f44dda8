import ArgumentParser
import Foundation
import Logging
import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon
import NotifyGuardMetrics

@main
struct NotifyGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifyguard",
        abstract: "A milter that catches phishing sent through legitimate notification systems.",
        discussion: "See notifyguard(8) and notifyguard.yaml(5).",
        version: Version.text,
        subcommands: [Run.self, Scan.self, CheckConfig.self, Evaluate.self, Learn.self, Report.self]
    )

    /// SIGUSR1 is blocked before anything else happens (see ``Daemon/blockReloadSignal()``), then the arguments run.
    static func main() {
        Daemon.blockReloadSignal()
        main(nil)
    }
}

/// Loads the settings or exits with the `PATH:LINE: problem` message and EX_CONFIG (78).
func loadSettings(_ path: String?) throws -> Settings {
    do {
        return try ConfigLoader.load(path: path)
    } catch {
        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
        throw ExitCode(78)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the milter in the foreground.")

    @Option(help: "Config file (default: the built-in config/notifyguard.yaml).")
    var config: String?

    @Option(help: "libmilter socket: unix:/path or inet:PORT@127.0.0.1 (overrides the config).")
    var socket: String?

    @Option(help: "Where logs go: syslog or stderr (overrides the config).")
    var log: String?

    func validate() throws {
        if let log, log != "syslog" && log != "stderr" { throw ValidationError("--log must be syslog or stderr") }
    }

    func run() throws {
        let settings = try loadSettings(config)
        let destination = log ?? settings.log.destination
        let facility = SyslogFacility.named(settings.log.facility) ?? SyslogFacility.named("mail") ?? 16
        if destination == "syslog" {
            SyslogLogHandler.open(ident: "notifyguard", facility: facility)
            LoggingSystem.bootstrap { _ in SyslogLogHandler(facility: facility) }
        } else {
            LoggingSystem.bootstrap { _ in StderrLogHandler() }
        }
        let logger = Logger(label: "notifyguard")
        let store = ConfigStore(settings: settings, path: config)
        do {
            try Daemon.run(store: store, socketOverride: socket, logger: logger) {
                try startMetrics(settings.metrics, logger: logger)
            }
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode(75)
        }
    }
}

/// The Prometheus endpoint, when the config sets `metrics.listen`; it serves until the process ends. A reload does
/// not move it.
private func startMetrics(_ settings: MetricsSettings, logger: Logger) throws {
    guard let host = settings.host else { return }
    let endpoint: MetricsEndpoint
    do {
        endpoint = try MetricsEndpoint(
            host: host, port: settings.port, help: DaemonMetrics.help, durationBuckets: DaemonMetrics.durationBuckets)
        try endpoint.startBlocking()
    } catch {
        throw MetricsEndpointError("metrics endpoint \(host):\(settings.port): \(error)")
    }
    endpoint.bootstrap()
    let shown = host.contains(":") ? "[\(host)]" : host
    logger.notice("metrics: http://\(shown):\(settings.port)/metrics")
}

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score .eml files offline with the daemon's core.")

    @Option(help: "Config file (default: the built-in config).")
    var config: String?

    @Flag(help: "One JSON object per input, one per line.")
    var json = false

    @Argument(help: "Message files; - reads standard input.")
    var files: [String]

    func run() throws {
        let settings = try loadSettings(config)
        let scorer = Scorer(policy: settings.policy)
        var failed = false
        for file in files {
            let data: Data?
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: file)
            }
            guard let data else {
                FileHandle.standardError.write(Data("notifyguard: cannot read \(file)\n".utf8))
                failed = true
                continue
            }
            // `postcat -q ID | notifyguard scan -`: a held message with its envelope, for overrides that need it.
            var bytes = [UInt8](data)
            var envelope: Envelope? = nil
            if let dump = PostcatDump(bytes) {
                bytes = dump.message
                envelope = dump.envelope
            }
            let features = MessageFeatures(message: MessageParser.parse(bytes, limits: settings.policy.limits), policy: settings.policy)
            let scored = scorer.score(features)
            let decision = MessageDecision(
                verdict: scored, features: features, envelope: envelope ?? Envelope(), settings: settings)
            var report = ScanReport(file: file, verdict: decision.verdict, overrides: decision.overrideLabels)
            report.envelope = envelope
            if json {
                print(report.jsonLine())
            } else {
                let profile = scored.profile.flatMap { name in settings.policy.profiles.first { $0.name == name } }
                // Suggestions are for copying into YAML: none with control characters.
                let candidates = decision.verdict.action == .accept
                    ? [] : OverrideMatcher.allowCandidates(
                        features: features, profile: profile, brands: settings.policy.protectedBrands.map(\.name),
                        publicSuffixes: settings.policy.publicSuffixList
                    ).filter { entry in
                        !entry.value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
                    }
                print(report.explanation(allowCandidates: candidates))
            }
        }
        if failed { throw ExitCode(1) }
    }
}

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config", abstract: "Validate a config file; prints PATH:LINE: problem on error.")

    @Argument(help: "The config file to check.")
    var path: String

    func run() throws {
        let settings = try loadSettings(path)
        let campaign = settings.campaign.enabled ? "campaign store \(settings.campaign.store)" : "campaign off"
        print("\(path): OK (\(settings.policy.profiles.count) profiles, \(settings.policy.scamPhrases.count) scam and \(settings.policy.lurePhrases.count) lure phrases, \(campaign))")
    }
}

/// The `scan` output for one file.
struct ScanReport: Encodable {
    var file: String
    var verdict: Verdict
    /// Override entries that applied, as logged; the JSON carries the key only when some did.
    var overrides: [String] = []
    /// The envelope of a `postcat` dump (shown in the explanation only).
    var envelope: Envelope? = nil

    enum CodingKeys: String, CodingKey { case file, action, score, profile, reasons, overrides }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(verdict.action.rawValue, forKey: .action)
        try container.encode(verdict.score, forKey: .score)
        try container.encode(verdict.profile, forKey: .profile)  // null when no profile matched
        try container.encode(verdict.reasons, forKey: .reasons)
        if !overrides.isEmpty { try container.encode(overrides, forKey: .overrides) }
    }

    func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The human-readable report. Details, names and addresses are message text: unsafe characters (line breaks,
    /// terminal escapes, bidi controls) print as `\u{..}` escapes, so a message cannot add lines or drive the terminal.
    /// - Parameter allowCandidates: allow entries that would let this message through, suggested for a false
    ///   positive (`overrides.allow` in the config).
    func explanation(allowCandidates: [OverrideEntry] = []) -> String {
        let safe = UnsafeScalars.escaped
        let profile = safe(verdict.profile ?? "none")
        var text = "\(safe(file)): \(verdict.action.rawValue) (score \(ActionPlan.format(verdict.score)), profile \(profile))"
        if verdict.partial { text += " [scanned partially]" }
        if let envelope {
            let recipients = envelope.recipients.prefix(5).map { "<\(safe($0))>" }.joined(separator: ",")
            text += "\n  envelope: from=<\(safe(envelope.sender))> rcpt=\(recipients.isEmpty ? "<>" : recipients)"
            if envelope.recipients.count > 5 { text += "+\(envelope.recipients.count - 5)" }
            text += " client=[\(safe(envelope.client ?? "unknown"))]"
        }
        for reason in verdict.reasons {
            text += "\n  +\(ActionPlan.format(reason.score)) \(reason.rule): \(safe(reason.detail))"
        }
        if !overrides.isEmpty { text += "\n  override: \(safe(overrides.joined(separator: ", ")))" }
        if !allowCandidates.isEmpty {
            text += "\n  if this is a false positive, one of these under overrides.allow lets such mail through:"
            for entry in allowCandidates {
                text += "\n    - \(entry.key.rawValue): \(safe(Self.yamlScalar(entry.value)))"
            }
        }
        return text
    }

    /// `value` as a YAML scalar: plain when that reads back the same, else double-quoted.
    static func yamlScalar(_ value: String) -> String {
        let plain = value.allSatisfy { $0.isLetter || $0.isNumber || "@.-_+ ".contains($0) }
            && value.first.map { $0.isLetter || $0.isNumber } == true && value.last != " "
        guard !plain else { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
