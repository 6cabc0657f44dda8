import Foundation
import NotifyGuardCore
import Testing

/// Parsing facts on real messages (sources and licenses in Fixtures/corpus/SOURCES.md).
@Suite struct RealMailTests {
    private func parsed(_ name: String) throws -> (ParsedMessage, MessageFeatures) {
        let message = MessageParser.parse(try Fixture.bytes("corpus/\(name)"))
        return (message, MessageFeatures(message: message, policy: try Fixture.shippedPolicy()))
    }

    @Test func firebaseAbuseInGerman() throws {
        let (message, features) = try parsed("firebase-auth__sample-6658.eml")
        #expect(message.subject == "Ihre Auszahlung von 1.000 € kann bestätigt werden 💶")
        #expect(features.from?.address == "noreply@base3-9f4c3.firebaseapp.com")
        #expect(message.parts.map(\.contentType) == ["text/plain", "text/html"])
        #expect(message.parts[0].text.contains("200 GRATIS SPINS"))
        #expect(features.links.contains { $0.registrableDomain == "worldwidesupp.com" && $0.source == .href })
        #expect(features.links.contains { $0.host == "i.imgur.com" && $0.source == .image })
        // Outlook's Authentication-Results carry no authserv-id, so nothing is trusted by default.
        #expect(features.authentication.isEmpty)
    }

    @Test func googleCalendarInvitationWithCallbackText() throws {
        let (message, features) = try parsed("google-calendar__sample-6118.eml")
        #expect(message.subject.hasPrefix("Invitation: Hey: Delivery arranged for Estimate"))
        #expect(features.phones.contains { $0.value == "8392688812" })
        #expect(features.links.contains { $0.registrableDomain == "google.com" })
        #expect(!message.attachments.isEmpty)
    }

    @Test func zendeskTicketWithTrackingLinks() throws {
        let (_, features) = try parsed("zendesk__sample-924.eml")
        let domains = Set(features.links.map(\.registrableDomain))
        #expect(domains.isSuperset(of: ["growthdot.com", "smooch.io", "sendgrid.net"]))
    }

    @Test func genuinePayPalMail() throws {
        let (message, features) = try parsed("phishing-pot-srclabel-phish__paypal__sample-568.eml")
        #expect(message.subject == "Informação importante")
        #expect(features.from?.address == "paypal@mail.paypal.com")
        #expect(features.links.contains { $0.registrableDomain == "paypal-communication.com" })
        #expect(!message.parts[1].text.contains("<td"))
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(features)
        #expect(verdict.action == .accept)
    }

    /// The corpus's MX (Outlook) writes Authentication-Results without an authserv-id; these verdicts trust them.
    private func verdictTrustingOutlook(_ name: String) throws -> Verdict {
        var policy = try Fixture.shippedPolicy()
        policy.trustMissingAuthservID = true
        return Scorer(policy: policy).score(rawMessage: try Fixture.bytes("corpus/\(name)"))
    }

    @Test func casinoSpamInAFirebaseTemplateIsHeld() throws {
        let verdict = try verdictTrustingOutlook("firebase-auth__sample-7631.eml")
        #expect(verdict.profile == "firebase-auth")
        #expect(verdict.rules.isSuperset(of: ["subject_mismatch", "foreign_link"]))
        #expect(verdict.action >= .quarantine)
    }

    @Test func lookalikeOfThePlatformInAGitHubIssue() throws {
        let verdict = try verdictTrustingOutlook("github-notifications__sample-4060.eml")
        #expect(verdict.reasons.contains { $0.rule == "lookalike_domain" && $0.detail == "github-scanner.com~GitHub" })
        #expect(verdict.action >= .tag)
    }

    @Test func microsoftAccountTeamFromARandomDomain() throws {
        let verdict = try verdictTrustingOutlook("phish__sample-1598.eml")
        #expect(verdict.profile == nil)
        #expect(verdict.reasons.contains { $0.rule == "brand_impersonation" && $0.detail == "Microsoft" })
        #expect(verdict.rules.contains("dmarc_fail"))  // compauth=fail
        // "Unusual sign-in activity" is lure wording, weak on its own outside a recognised template: tagged.
        #expect(verdict.action >= .tag)
    }

    @Test func mailingListPost() throws {
        let (message, features) = try parsed("speakup__b6f9ce8ca145.eml")
        #expect(message.subject.hasPrefix("Paid Study: Evaluating AI-Generated Web Accessibility ($50, 30-45"))
        #expect(features.from?.address == "klewellen@shellworld.net")
        #expect(Scorer(policy: try Fixture.shippedPolicy()).score(features).action == .accept)
    }
}

/// Every message of ../shared/corpus parses, with bounded output; skipped (with the reason) when the corpus is absent.
@Suite(.enabled(if: CorpusDirectory.url != nil, "../shared/corpus not found beside the checkout (a user's clone has none)"))
struct CorpusWideParsingTests {
    @Test func everyCorpusMessageParses() throws {
        let root = try #require(CorpusDirectory.url)
        var count = 0
        var withText = 0
        for folder in ["abuse", "phish", "ham", "legit-notify"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".eml") {
                let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent(name).path))
                let message = MessageParser.parse([UInt8](data))
                count += 1
                if !message.parts.isEmpty { withText += 1 }
                #expect(!message.headers.isEmpty, "\(folder)/\(name)")
                #expect(message.parts.allSatisfy { $0.text.utf8.count <= ParserLimits().maxPartBytes * 2 }, "\(folder)/\(name)")
            }
        }
        #expect(count >= 1000)
        // Nearly every real message has a text part; a parser bug that loses parts shows up here.
        #expect(Double(withText) / Double(count) > 0.97, "\(withText) of \(count) with text")
    }
}

enum CorpusDirectory {
    /// `../shared/corpus` beside the checkout, or `$NOTIFYGUARD_CORPUS` (a git worktree sits elsewhere).
    static var url: URL? {
        if let path = ProcessInfo.processInfo.environment["NOTIFYGUARD_CORPUS"], !path.isEmpty {
            let url = URL(fileURLWithPath: path)
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("SOURCES.md").path) ? url : nil
        }
        let candidate = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("SOURCES.md").path) ? candidate : nil
    }
}
