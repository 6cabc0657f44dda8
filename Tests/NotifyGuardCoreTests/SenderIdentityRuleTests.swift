import Foundation
@testable import NotifyGuardCore
import Testing

/// What the From field and trusted authentication say about who sent a message: a From that is not one mailbox
/// (`malformed_from`), and a protected brand's own domain that failed DMARC with nothing the brand signed
/// (`spoofed_brand_domain`).
@Suite struct SenderIdentityRuleTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    @Test(arguments: [
        // value, mailboxes, name-only entries, name cut from its address
        ("\"Jane Doe\" <jane@example.com>", 1, 0, false),
        ("jane@example.com", 1, 0, false),
        ("jane@example.com (Jane Doe)", 1, 0, false),
        ("\"Doe, Jane\" <jane@example.com>", 1, 0, false),
        ("\"jane@example.com\" <jane@example.net>", 1, 0, false),  // an @ in quotes is a name
        ("Doe, Jane <jane@example.com>", 1, 1, false),  // an unquoted "Last, First": the mailbox has its own name
        ("\"Bank\", <alerts@elsewhere.example>", 1, 1, true),
        ("Bank, alerts@elsewhere.example", 1, 1, true),
        ("Bank, Bank, <alerts@elsewhere.example>", 1, 2, true),
        ("\"Bank\" <>", 0, 1, false),
        ("Bank,(<alerts@elsewhere.example>)", 0, 1, false),  // the address only inside a comment
        ("Bank", 0, 1, false),
        ("a@example.com, b@example.net", 2, 0, false),
        ("\"A \\\"x\\\", y\" <a@example.com>", 1, 0, false),  // escaped quotes and a comma inside the quoted name
    ])
    func addressListShape(value: String, mailboxes: Int, nameOnly: Int, cut: Bool) {
        let shape = AddressListShape(value)
        #expect(shape.mailboxes == mailboxes)
        #expect(shape.nameOnlyEntries == nameOnly)
        #expect(shape.nameCutFromAddress == cut)
    }

    @Test(arguments: [
        ("From: \"Parcel Service\" <>", "no address"),
        ("From: Parcel Service,(<desk@shop.example.com>)", "no address"),
        ("From: \"Parcel Service\", <desk@shop.example.com>", "name cut from address"),
        ("From: Parcel Service, Parcel Service, <desk@shop.example.com>", "name cut from address"),
        ("From: desk@shop.example.com, help@other.example.net", "2 mailboxes"),
        ("From: Desk <desk@shop.example.com>\nFrom: Parcel Service <help@other.example.net>", "2 From fields"),
    ])
    func fromThatIsNotOneMailbox(from: String, detail: String) throws {
        let result = try verdict("""
            \(from)
            Subject: Minutes

            Hello.
            """)
        #expect(result.reasons.contains { $0.rule == "malformed_from" && $0.detail == detail }, "\(result.reasons)")
        // Weight 3: below the tag threshold on its own.
        #expect(result.action == .accept)
    }

    @Test(arguments: [
        "From: \"Jane Doe\" <jane@example.com>",
        "From: Doe, Jane <jane@example.com>",
        "From: jane@example.com (Jane Doe)",
        "From: jane@example.com, joe@example.com\nSender: jane@example.com",  // several authors, one sender
    ])
    func oneMailboxOrAuthorsWithASender(from: String) throws {
        let result = try verdict("""
            \(from)
            Subject: Minutes

            Hello.
            """)
        #expect(!result.rules.contains("malformed_from"), "\(result.reasons)")
    }

    @Test func malformedFromAddsToOtherEvidence() throws {
        let result = try verdict("""
            From: "Parcel Service", <desk@shop.example.com>
            Subject: Your parcel is waiting

            Pay the customs fee: https://parcel-fee.netlify.app/pay
            """)
        #expect(result.rules.isSuperset(of: ["malformed_from", "free_hosting"]))
        #expect(result.action >= .tag)
    }

    private let brandSpoofHeaders = """
        Authentication-Results: mx.notifyguard.test; spf=fail smtp.mailfrom=wellsfargo.com; dkim=none header.d=none; dmarc=fail header.from=wellsfargo.com
        From: Wells Fargo <alerts@wellsfargo.com>
        Subject: Your statement is available

        """

    @Test func brandDomainSpoofedWithoutTheBrandsSignature() throws {
        let result = try verdict(brandSpoofHeaders + "Hello.\n")
        #expect(result.reasons.contains {
            $0.rule == "spoofed_brand_domain" && $0.detail == "wellsfargo.com~Wells Fargo"
        })
        #expect(!result.rules.contains("dmarc_fail"))
        #expect(result.action >= .tag)
        // Another domain's failing signature is not the brand's.
        let other = try verdict(brandSpoofHeaders.replacingOccurrences(
            of: "dkim=none header.d=none", with: "dkim=fail header.d=bulk-sender.example") + "Hello.\n")
        #expect(other.rules.contains("spoofed_brand_domain"))
        // A subdomain of the brand's domain is the brand's.
        let subdomain = try verdict(brandSpoofHeaders.replacingOccurrences(
            of: "alerts@wellsfargo.com", with: "alerts@notify.wellsfargo.com") + "Hello.\n")
        #expect(subdomain.reasons.contains {
            $0.rule == "spoofed_brand_domain" && $0.detail == "notify.wellsfargo.com~Wells Fargo"
        })
    }

    @Test func brandMailAListOrAForwardBrokeStaysADMARCFailure() throws {
        // A list that changed the message left the brand's signature there, failing.
        let broken = try verdict(brandSpoofHeaders.replacingOccurrences(
            of: "dkim=none header.d=none", with: "dkim=fail header.d=wellsfargo.com") + "Hello.\n")
        #expect(broken.rules.contains("dmarc_fail"))
        #expect(!broken.rules.contains("spoofed_brand_domain"))
        let signedByIdentity = try verdict(brandSpoofHeaders.replacingOccurrences(
            of: "dkim=none header.d=none", with: "dkim=fail header.i=@emails.wellsfargo.com") + "Hello.\n")
        #expect(!signedByIdentity.rules.contains("spoofed_brand_domain"))
        // A list that says it is one.
        let list = try verdict("List-Id: <banking.lists.example.org>\n" + brandSpoofHeaders + "Hello.\n")
        #expect(list.rules.contains("dmarc_fail"))
        #expect(!list.rules.contains("spoofed_brand_domain"))
        #expect(list.action == .accept)
    }

    @Test func dmarcFailureOfAnotherDomainIsNotABrandSpoof() throws {
        let result = try verdict("""
            Authentication-Results: mx.notifyguard.test; spf=fail smtp.mailfrom=shop.example.com; dmarc=fail header.from=shop.example.com
            From: PayPal <service@shop.example.com>
            Subject: Hello

            Hello.
            """)
        #expect(result.rules.contains("dmarc_fail"))
        #expect(!result.rules.contains("spoofed_brand_domain"))
    }
}
