import Foundation
import NotifyGuardConfig
import NotifyGuardCore

/// Test helpers: fixtures and the shipped policy trusting the fixtures' authserv-id.
enum Fixture {
    static let authservID = "mx.notifyguard.test"

    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw FixtureError.missing(name) }
        return [UInt8](data)
    }

    static func shippedPolicy() throws -> Policy {
        var settings = try ConfigLoader.parse(ConfigLoader.defaultConfigText, path: "default")
        settings.policy.trustedAuthservIDs = [authservID]
        return settings.policy
    }

    static func verdict(_ name: String) throws -> Verdict {
        Scorer(policy: try shippedPolicy()).score(rawMessage: try bytes(name))
    }
}

enum FixtureError: Error { case missing(String) }

extension Verdict {
    var rules: Set<String> { Set(reasons.map(\.rule)) }
}
