import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing

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

/// Debian's Public Suffix List, loaded as the config loads it (``PublicSuffixFile``). Suites that need it are
/// enabled only where it is installed (`.enabled(if: SuffixList.isInstalled, ...)`); elsewhere the list is empty.
enum SuffixList {
    static let loaded = try? PublicSuffixFile.load(path: PublicSuffixFile.defaultPath)
    static let isInstalled = loaded != nil
    static let installed = loaded ?? PublicSuffixList(text: "")
    /// The file's text, for tests that walk its rules.
    static let text = FileManager.default.contents(atPath: PublicSuffixFile.defaultPath)
        .map { String(decoding: $0, as: UTF8.self) } ?? ""
    static let missing: Comment = "needs Debian's publicsuffix package (\(PublicSuffixFile.defaultPath))"
}
