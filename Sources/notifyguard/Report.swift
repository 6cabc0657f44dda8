import ArgumentParser
import Foundation
import Logging
import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon

/// `notifyguard report abuse|genuine FILE...`: an admin's judgement of messages, recorded for their fingerprints in
/// the configured campaign store, so that every host sharing it scores the same content up (abuse) or stops
/// counting it (genuine). `-` reads standard input: `postcat -q ID | notifyguard report genuine -`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report messages as abuse or genuine to the campaign store (- reads standard input).")

    @Argument(help: "abuse or genuine.")
    var judgement: String

    @Argument(help: "Message files; - reads standard input (postcat -q ID output works as it is).")
    var files: [String]

    @Option(help: "Config file (default: the built-in config).")
    var config: String?

    @Option(help: "Where the report is logged: syslog or stderr (default: the config's logging.destination).")
    var log: String?

    func validate() throws {
        guard CampaignJudgement(rawValue: judgement) != nil else { throw ValidationError("say abuse or genuine") }
        if let log, log != "syslog" && log != "stderr" { throw ValidationError("--log must be syslog or stderr") }
    }

    func run() throws {
        let settings = try loadSettings(config)
        guard let judgement = CampaignJudgement(rawValue: judgement) else { throw ExitCode(64) }
        guard settings.campaign.enabled else {
            FileHandle.standardError.write(Data("notifyguard: campaign.enabled is off: nothing records reports\n".utf8))
            throw ExitCode(78)
        }
        let logger = Self.logger(settings: settings, destination: log)
        let fingerprinter = CampaignFingerprinter(policy: settings.policy)
        var failed = false
        for file in files {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
            guard let data else {
                FileHandle.standardError.write(Data("notifyguard: cannot read \(file)\n".utf8))
                failed = true
                continue
            }
            let message = MessageParser.parse(Self.withoutPostcatFraming([UInt8](data)), limits: settings.policy.limits)
            let features = MessageFeatures(message: message, policy: settings.policy)
            let prints = fingerprinter.fingerprints(features)
            guard !prints.isEmpty else {
                FileHandle.standardError.write(Data(
                    "notifyguard: \(file): no fingerprints (not platform-sent mail of a configured profile); nothing reported\n".utf8))
                failed = true
                continue
            }
            let labels = prints.map(\.label).joined(separator: ", ")
            do {
                try CampaignMemory.report(prints, as: judgement, settings: settings.campaign)
                logger.notice("report \(judgement.rawValue): file=\(file) profile=\(prints[0].scope) store=\(settings.campaign.store) fingerprints=\(prints.count) (\(labels))")
                print("\(file): reported \(judgement.rawValue): \(prints.count) fingerprints of profile \(prints[0].scope)")
            } catch {
                logger.error("report \(judgement.rawValue) failed: file=\(file) store=\(settings.campaign.store): \(error)")
                FileHandle.standardError.write(Data("notifyguard: \(file): \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    private static func logger(settings: Settings, destination: String?) -> Logger {
        let destination = destination ?? settings.log.destination
        let facility = SyslogFacility.named(settings.log.facility) ?? SyslogFacility.named("mail") ?? 16
        if destination == "syslog" {
            SyslogLogHandler.open(ident: "notifyguard", facility: facility)
            return Logger(label: "notifyguard") { _ in SyslogLogHandler(facility: facility) }
        }
        return Logger(label: "notifyguard") { _ in StderrLogHandler() }
    }

    /// `postcat -q ID` prints the queue file's envelope and content between `*** ENVELOPE RECORDS` and
    /// `*** MESSAGE CONTENTS ...` / `*** HEADER EXTRACTED` lines: the message is what lies between the second and
    /// the third (a plain .eml has no such lines and is taken whole).
    static func withoutPostcatFraming(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.starts(with: Array("*** ENVELOPE RECORDS".utf8)) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "*** MESSAGE CONTENTS") else { return bytes }
        let afterMarker = text[start.upperBound...].drop { $0 != "\n" }.dropFirst()
        let end = afterMarker.range(of: "\n*** HEADER EXTRACTED")?.lowerBound ?? afterMarker.endIndex
        return Array(afterMarker[..<end].utf8)
    }
}
