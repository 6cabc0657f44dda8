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

    /// A plain-text message `domain` signed and the trusted MX found passing (DKIM, SPF and DMARC).
    static func signed(
        by domain: String, from: String, to: String = "jan@example.org", subject: String, headers: String = "",
        body: String
    ) -> String {
        """
        Authentication-Results: \(authservID); dkim=pass header.d=\(domain); spf=pass smtp.mailfrom=\(domain); dmarc=pass header.from=\(domain)
        From: \(from)
        To: \(to)
        Subject: \(subject)
        \(headers)MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        \(body)
        """
    }

    /// A Microsoft 365 tenant welcome, signed by Microsoft and passed by the trusted MX, with `tenant` where the
    /// shipped skeleton has its organization fields (in the heading and under "Your account information").
    static func tenantWelcome(tenant: String) -> String {
        """
        Authentication-Results: \(authservID); dkim=pass header.d=microsoftonline.com; spf=pass smtp.mailfrom=microsoftonline.com; dmarc=pass header.from=microsoftonline.com
        From: Microsoft <msonlineservicesteam@microsoftonline.com>
        To: jan@example.org
        Subject: Welcome to Microsoft 365 Business Basic
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Microsoft 365

        Welcome to \(tenant)

        Thank you for choosing Microsoft 365 Business Basic. Your organization's account is ready to use.

        Your account information
        Organization: \(tenant)
        User name: admin@tenant4471.onmicrosoft.com

        Get started: sign in to the Microsoft 365 admin center to add users, set up your domain and install the apps.
        https://admin.microsoft.com/

        Need help setting up? https://go.microsoft.com/fwlink/?linkid=2197115

        This message was sent from an unmonitored email address. Please do not reply to this message.
        Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
        Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
        """
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
