import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon

/// The shipped config trusting the test mail's authserv-id, with extra YAML sections, and decisions on test mail.
enum Decide {
    static func settings(_ extra: String = "") throws -> Settings {
        var settings = try ConfigLoader.parse(ConfigLoader.defaultConfigText + "\n" + extra, path: "test.yaml")
        settings.policy.trustedAuthservIDs = ["mx.notifyguard.test"]
        return settings
    }

    static func mail(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Mail/\(name)", withExtension: nil),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw MailMissing(name: name) }
        return [UInt8](data)
    }

    /// Scores `message` and decides on it as the milter session does.
    static func decision(_ message: [UInt8], _ settings: Settings, _ envelope: Envelope = Envelope()) -> MessageDecision
    {
        let features = MessageFeatures(
            message: MessageParser.parse(message, limits: settings.policy.limits), policy: settings.policy)
        let scored = Scorer(policy: settings.policy).score(features)
        return MessageDecision(verdict: scored, features: features, envelope: envelope, settings: settings)
    }

    static func decision(
        _ name: String, _ extra: String = "", _ envelope: Envelope = Envelope()
    ) throws
        -> MessageDecision
    {
        decision(try mail(name), try settings(extra), envelope)
    }
}

struct MailMissing: Error { var name: String }
