import ArgumentParser
import Foundation
import Logging
import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon

@main
struct NotifyGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifyguard",
        abstract: "A milter that catches phishing sent through legitimate notification systems.",
        subcommands: [Run.self, Scan.self, CheckConfig.self, Evaluate.self, Learn.self, Report.self]
    )
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
            try Daemon.run(store: store, socketOverride: socket, logger: logger)
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode(75)
        }
    }
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
            let verdict = scorer.score(rawMessage: [UInt8](data))
            if json {
                print(ScanReport(file: file, verdict: verdict).jsonLine())
            } else {
                print(ScanReport(file: file, verdict: verdict).explanation())
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

    enum CodingKeys: String, CodingKey { case file, action, score, profile, reasons }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(verdict.action.rawValue, forKey: .action)
        try container.encode(verdict.score, forKey: .score)
        try container.encode(verdict.profile, forKey: .profile)  // null when no profile matched
        try container.encode(verdict.reasons, forKey: .reasons)
    }

    func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    func explanation() -> String {
        var text = "\(file): \(verdict.action.rawValue) (score \(ActionPlan.format(verdict.score)), profile \(verdict.profile ?? "none"))"
        if verdict.partial { text += " [scanned partially]" }
        for reason in verdict.reasons {
            text += "\n  +\(ActionPlan.format(reason.score)) \(reason.rule): \(reason.detail)"
        }
        return text
    }
}
