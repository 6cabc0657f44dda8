import Foundation
import NotifyGuardCore
import Testing

/// The scenarios notifyguard exists for (issue 4, point 7), on fixtures written for them.
@Suite struct SeedScenarioTests {
    @Test func microsoftTenantWithPrivateMessageIsQuarantined() throws {
        let verdict = try Fixture.verdict("ms-tenant-private-message.eml")
        #expect(verdict.profile == "microsoft-tenant")
        #expect(verdict.action >= .quarantine)
        #expect(verdict.reasons.contains { $0.rule == "foreign_link" && $0.detail == "secure-refund-center.com" })
        #expect(verdict.reasons.contains { $0.rule == "scam_phrase" && $0.detail == "private message" })
    }

    @Test(arguments: ["ms-tenant-contoso.eml", "ms-tenant-chinese.eml"])
    func microsoftTenantWithOrdinaryNameIsAccepted(file: String) throws {
        let verdict = try Fixture.verdict(file)
        #expect(verdict.profile == "microsoft-tenant")
        #expect(verdict.action == .accept)
        #expect(verdict.reasons.isEmpty)
    }

    @Test func payPalInvoiceAskingToCallAboutAnUnauthorizedChargeIsQuarantined() throws {
        let verdict = try Fixture.verdict("paypal-invoice-callback.eml")
        #expect(verdict.profile == "paypal")
        #expect(verdict.action >= .quarantine)
        #expect(verdict.rules.contains("callback_phishing"))
    }

    @Test func payPalInvoiceWithTheSellersPhoneIsNotFlagged() throws {
        let verdict = try Fixture.verdict("paypal-invoice-ordinary.eml")
        #expect(verdict.action == .accept)
    }

    @Test func sameTemplateWithoutTrustedAuthenticationIsNotPlatformSent() throws {
        var policy = try Fixture.shippedPolicy()
        policy.trustedAuthservIDs = ["some-other-mx.example"]
        let verdict = Scorer(policy: policy).score(rawMessage: try Fixture.bytes("ms-tenant-private-message.eml"))
        // The sender could have written that Authentication-Results header: it must not make the mail "platform-sent".
        #expect(!verdict.rules.contains("foreign_link"))
    }

    @Test func failedAuthenticationForAProfileSenderIsASpoof() throws {
        var text = String(decoding: try Fixture.bytes("ms-tenant-contoso.eml"), as: UTF8.self)
        text = text.replacingOccurrences(of: "dkim=pass", with: "dkim=fail")
            .replacingOccurrences(of: "dmarc=pass", with: "dmarc=fail")
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
        #expect(verdict.rules.contains("spoofed_sender"))
    }
}
