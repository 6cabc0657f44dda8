import Foundation
@testable import NotifyGuardCore
import Testing

/// Fingerprints of injected content: what is normalised away, what they are keyed by, and that they depend on the
/// content only.
@Suite struct CampaignFingerprintTests {
    private func fixture(_ name: String) throws -> String {
        String(decoding: try Fixture.bytes(name), as: UTF8.self)
    }

    private func fingerprints(_ message: String, policy: Policy? = nil) throws -> [CampaignFingerprint] {
        let policy = try policy ?? Fixture.shippedPolicy()
        let features = MessageFeatures(message: MessageParser.parse(Array(message.utf8), limits: policy.limits), policy: policy)
        return CampaignFingerprinter(policy: policy).fingerprints(features)
    }

    @Test(arguments: [
        ("Secure  REFUND\tCenter", "secure refund center"),
        // Cyrillic С and е, fullwidth-free homoglyphs, folded to Latin.
        ("Sеcure Refund \u{0421}enter", "secure refund center"),
        ("Case #48213 -- call now!!", "case # call now"),
        ("Case 7 call now", "case # call now"),
        ("  Refund\u{200B}center  ", "refundcenter"),
        ("Café Crème", "cafe creme"),
        ("Cafe\u{301} Cre\u{300}me", "cafe creme"),
    ])
    func normalisesCaseSpacingConfusablesAndDigits(text: String, expected: String) {
        #expect(FingerprintText.normalise(text) == expected)
    }

    @Test func normalisedTextIsBounded() {
        let long = String(repeating: "refund ", count: 1_000)
        #expect(FingerprintText.normalise(long).unicodeScalars.count <= FingerprintText.maxScalars)
        #expect(!FingerprintText.isDistinctive("# ##"))
        #expect(!FingerprintText.isDistinctive("re"))
        #expect(FingerprintText.isDistinctive("acme"))
    }

    @Test(arguments: [
        ("+18885550199", "+18885550199"),
        ("18885550199", "+18885550199"),
        ("8885550199", "+18885550199"),
        ("0049301234567", "+49301234567"),
        ("01149301234567", "+49301234567"),
        ("+49301234567", "+49301234567"),
        // A national number whose country is not written: kept as written.
        ("0612345678", "0612345678"),
        // Area code starting with 1: not North American, and no country written.
        ("1234567890", "1234567890"),
    ])
    func phoneNumbersInE164WherePossible(written: String, expected: String) {
        #expect(PhoneNumber.normalised(written) == expected)
    }

    @Test func phoneNumbersOutsideE164LengthsAreDropped() {
        #expect(PhoneNumber.normalised("+1234") == nil)
        #expect(PhoneNumber.normalised("1234567890123456") == nil)
    }

    @Test func messengerHandlesFromLinksAndText() {
        var extractor = LinkExtractor(psl: SuffixList.installed)
        extractor.scan(
            text: "Chat at https://t.me/Refund_Desk or https://wa.me/18885550199 or https://api.whatsapp.com/send?phone=447700900123",
            source: .text)
        let text = "Support on Telegram: @refund_desk. WhatsApp +44 7700 900123. Our timeline is fine."
        let handles = MessengerHandles.handles(links: extractor.links, text: text)
        #expect(handles == ["telegram:refund_desk", "whatsapp:+18885550199", "whatsapp:+447700900123"])
        #expect(MessengerHandles.handles(links: [], text: "A signal from the telegraph office").isEmpty)
        #expect(MessengerHandles.handles(links: [], text: "Gọi hoặc Zalo: +84 912 555 014") == ["zalo:+84912555014"])
    }

    @Test func callbackInvoiceGivesItsPhoneAndWordedLine() throws {
        let prints = try fingerprints(try fixture("paypal-invoice-callback.eml"))
        #expect(prints.allSatisfy { $0.scope == "paypal" })
        #expect(prints.contains { $0.kind == .phone && $0.value == "+18885550199" }, "\(prints)")
        #expect(prints.contains { $0.kind == .line && $0.value.hasPrefix("note from seller we detected") }, "\(prints)")
        #expect(prints.contains { $0.kind == .subject && $0.value == "you ve got a new invoice" }, "\(prints)")
    }

    @Test func foreignLinksByRegistrableDomainNotTheTemplatesOwn() throws {
        let message = try fixture("ms-tenant-contoso.eml").replacingOccurrences(
            of: "Sign in at https://portal.office.com to get started.",
            with: "Sign in at https://portal.office.com or https://login.secure-refund.example.com/x to get started.")
        let links = try fingerprints(message).filter { $0.kind == .link }.map(\.value)
        #expect(links == ["example.com"])
    }

    /// The same injected content to another recipient, on another day, with another message id: the same prints.
    @Test func dependOnContentOnly() throws {
        let original = try fixture("ms-tenant-private-message.eml")
        let resent = original
            .replacingOccurrences(of: "To: admin@example.org", with: "To: someone.else@another.example")
            .replacingOccurrences(of: "Tue, 24 Nov 2026 10:00:00 +0000", with: "Wed, 02 Dec 2026 18:30:00 +0100")
            .replacingOccurrences(of: "<fixture-ms-tenant-private-message@", with: "<another-id-9137@")
        let first = try fingerprints(original)
        #expect(!first.isEmpty)
        #expect(try first == fingerprints(resent))
        let other = try fingerprints(original.replacingOccurrences(of: "private message waiting", with: "private parcel waiting"))
        #expect(other != first)
    }

    @Test func onlyPlatformSentMail() throws {
        let forged = try fixture("ms-tenant-private-message.eml").replacingOccurrences(
            of: "dkim=pass header.d=microsoftonline.com", with: "dkim=fail header.d=microsoftonline.com")
            .replacingOccurrences(of: "spf=pass", with: "spf=fail")
        #expect(try fingerprints(forged).isEmpty)
    }

    @Test func tenantLabelOfACustomerSubdomain() throws {
        let prints = try fingerprints(try fixture("written/zendesk-refund.eml"))
        #expect(prints.contains { $0.kind == .tenant && $0.value == "acmeoutdoor" }, "\(prints)")
        #expect(prints.contains { $0.kind == .fromName && $0.value == "acme outdoor support" }, "\(prints)")
    }

    @Test func skeletonFieldText() throws {
        var policy = try Fixture.shippedPolicy()
        let contoso = try fixture("ms-tenant-contoso.eml")
        let samples = ["Contoso Ltd", "Fabrikam", "Northwind Traders Inc"].map { name in
            let message = contoso.replacingOccurrences(of: "Contoso Ltd", with: name)
            let features = MessageFeatures(message: MessageParser.parse(Array(message.utf8), limits: policy.limits), policy: policy)
            return TemplateSkeleton.words(features.bodyText)
        }
        let index = try #require(policy.profiles.firstIndex { $0.name == "microsoft-tenant" })
        policy.profiles[index].skeletons = [try TemplateSkeleton.learn(name: "welcome", samples: samples)]
        let prints = try fingerprints(contoso.replacingOccurrences(of: "Contoso Ltd", with: "Refund Desk 4471"), policy: policy)
        #expect(prints.contains { $0.kind == .fields && $0.value == "refund desk #" }, "\(prints)")
    }

    @Test func boundedPerMessage() throws {
        let links = (0..<40).map { "https://site\($0).example\($0).com/x" }.joined(separator: " ")
        let message = try fixture("ms-tenant-contoso.eml").replacingOccurrences(
            of: "Sign in at https://portal.office.com to get started.", with: links)
        #expect(try fingerprints(message).count == CampaignFingerprinter.maxFingerprints)
    }
}
