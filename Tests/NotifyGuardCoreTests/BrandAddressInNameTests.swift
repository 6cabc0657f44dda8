@testable import NotifyGuardCore
import Testing

/// `brand_address_in_name`: a platform template's display name that names a protected brand and gives an address
/// outside the brand's domains; the brand's own address, or an address without a brand, is not it.
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct BrandAddressInNameTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    /// A SurveyMonkey invitation, signed by SurveyMonkey when `signed`, whose sender calls itself `name`.
    private func invitation(name: String, signed: Bool = true) -> String {
        let auth = signed ? "dkim=pass header.d=surveymonkeyuser.com; spf=pass smtp.mailfrom=surveymonkeyuser.com"
            : "dkim=none"
        return """
            Authentication-Results: mx.notifyguard.test; \(auth)
            From: "\(name) via SurveyMonkey" <member@surveymonkeyuser.com>
            To: jan@example.org
            Subject: We'd like your feedback

            We're conducting a survey and your input would be appreciated.
            Begin Survey: https://www.surveymonkey.com/tr/v1/te/vgAc0IfA2jRd
            Please do not forward this email as its survey link is unique to you.
            """
    }

    private func rules(_ verdict: Verdict) -> [String] { verdict.reasons.map(\.rule) }

    @Test func aBrandWithAnAddressElsewhereFiresAndIsHeld() throws {
        let result = try verdict(invitation(name: "Ledger Support help@notices-mail.example"))
        #expect(rules(result).contains("brand_address_in_name"))
        #expect(rules(result).contains("injected_address"))
        #expect(result.action >= .quarantine)
    }

    @Test func theBrandsOwnAddressOrNoBrandDoesNotFire() throws {
        // A brand surveying its customers from its own domain.
        #expect(try !rules(verdict(invitation(name: "research@ledger.com"))).contains("brand_address_in_name"))
        // A survey owner's own address names no brand: only `injected_address` reports it.
        let owner = try verdict(invitation(name: "jane@acme-research.example"))
        #expect(!rules(owner).contains("brand_address_in_name"))
        #expect(rules(owner).contains("injected_address"))
        // A brand without an address is `brand_impersonation`'s alone.
        #expect(try !rules(verdict(invitation(name: "Ledger Customer Care"))).contains("brand_address_in_name"))
    }

    @Test func unsignedMailIsNotATemplate() throws {
        let found = try rules(verdict(invitation(name: "Ledger Support help@notices-mail.example", signed: false)))
        #expect(!found.contains("brand_address_in_name"))
    }
}
