import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The platform registry's lookups: DKIM d= aligned to a listed domain, From by address, domain and wildcard, and
/// nothing for strangers.
@Suite struct PlatformRegistryTests {
    static let shipped = (try? ConfigLoader.load(path: nil).policy.platforms) ?? PlatformRegistry()

    static func platform(_ name: String, senders: [String], dkim: [String] = ["example.net"]) -> NotificationPlatform {
        NotificationPlatform(
            name: name, category: .developer, senders: senders, dkimDomains: dkim, userFields: [.name: ["project"]])
    }

    @Test(arguments: [
        ("messaging.squareup.com", "Square"),
        ("bounce.messaging.squareup.com", "Square"),  // a subdomain of a listed d=
        ("SquareUp.COM.", "Square"),  // case and a trailing dot
        ("post.xero.com", "Xero"),
    ])
    func dkimDomainOrItsParentListed(domain: String, name: String) {
        #expect(Self.shipped.platforms(signedBy: domain).first?.name == name)
    }

    @Test(arguments: ["squareup.com.evil.example", "evilsquareup.com", "com", "", "example.org"])
    func dkimDomainsNotListedFindNothing(domain: String) {
        #expect(Self.shipped.platforms(signedBy: domain).isEmpty)
    }

    @Test func sendersByAddressAndDomainFoldCase() throws {
        let square = try #require(Self.shipped.platforms(sender: "INVOICING@Messaging.SquareUp.com").first)
        #expect(square.name == "Square")
        #expect(square.category == .paymentsInvoicing)
        #expect(square.fieldKinds == [.name, .shortText])
        // A listed domain covers its subdomains.
        #expect(Self.shipped.platforms(sender: "billing@mail.freshbooks.com").first?.name == "FreshBooks")
        #expect(Self.shipped.platforms(sender: "someone@example.org").isEmpty)
        #expect(Self.shipped.platforms(sender: "someone@freshbooks.com.example.org").isEmpty)
    }

    @Test(arguments: [
        ("jira@acme.atlassian.net", "Jira"),
        ("JIRA@Acme.Atlassian.Net", "Jira"),
        ("jira@atlassian.net", nil),  // the * stands for one label
        ("jira@a.b.atlassian.net", nil),  // an address entry: no further subdomains
        ("confluence@acme.atlassian.net", nil),
        ("x@hs-12345.com", "HubSpot"),
        ("x@mail.hs-1.com", "HubSpot"),  // a domain entry covers subdomains
        ("x@ths-1.com", nil),
        ("x@hs.com", nil),
        ("noreply@guest.booking.com", "Booking"),
        ("x@booking.com", nil),
        ("receipts+acct_9Zq@stripe.com", "Stripe"),
        ("receipts@stripe.com", nil),
        ("receipts+acct_9@mail.stripe.com", nil),
    ] as [(String, String?)])
    func wildcardSenders(address: String, name: String?) {
        let registry = PlatformRegistry([
            Self.platform("Jira", senders: ["jira@*.atlassian.net"]),
            Self.platform("HubSpot", senders: ["hs-*.com"]),
            Self.platform("Booking", senders: ["*.booking.com"]),
            Self.platform("Stripe", senders: ["receipts+acct_*@stripe.com"]),
        ])
        #expect(registry.platforms(sender: address).map(\.name) == (name.map { [$0] } ?? []))
    }

    @Test func matchPrefersAPlatformBothHeadersPointTo() throws {
        let registry = PlatformRegistry([
            Self.platform("First", senders: ["a@x.example"], dkim: ["x.example"]),
            Self.platform("Second", senders: ["b@x.example"], dkim: ["x.example"]),
        ])
        let both = try #require(registry.match(sender: "b@x.example", signedBy: ["mail.x.example"]))
        #expect(both.platform.name == "Second" && both.bySender && both.byDKIM)
        let dkimOnly = try #require(registry.match(sender: "z@other.example", signedBy: ["other.example", "x.example"]))
        #expect(dkimOnly.platform.name == "First" && !dkimOnly.bySender && dkimOnly.byDKIM)
        let senderOnly = try #require(registry.match(sender: "b@x.example", signedBy: []))
        #expect(senderOnly.platform.name == "Second" && senderOnly.bySender && !senderOnly.byDKIM)
        #expect(registry.match(sender: nil, signedBy: ["other.example"]) == nil)
        // The shipped data: iCloud Drive and iCloud Calendar share a sender, App Store mail shares their d=.
        #expect(Self.shipped.match(sender: "noreply@email.apple.com", signedBy: ["email.apple.com"])?.platform.name
            == "iCloud (Drive and Notes collaboration)")
    }

    @Test func hostileAddressesAreBounded() {
        let registry = PlatformRegistry([Self.platform("Glob", senders: ["*a*a*a*a*b@*.example.com"])])
        let long = String(repeating: "a", count: 300) + "@x.example.com"
        #expect(registry.platforms(sender: long).isEmpty)
        #expect(registry.platforms(sender: String(repeating: "a", count: 1_000_000) + "@x.example.com").isEmpty)
        #expect(registry.platforms(sender: "aaaab@x.example.com").map(\.name) == ["Glob"])
    }

    @Test func entriesTheRegistryCannotLookUpAreInvalid() {
        #expect(PlatformRegistry.isValidSender("jira@*.atlassian.net"))
        #expect(PlatformRegistry.isValidSender("hs-*.com"))
        #expect(!PlatformRegistry.isValidSender("*.com"))  // a whole top-level domain
        #expect(!PlatformRegistry.isValidSender("x@*.com"))
        #expect(!PlatformRegistry.isValidSender("example.*"))
        #expect(!PlatformRegistry.isValidSender("localhost"))
        #expect(!PlatformRegistry.isValidSender("@example.com"))
        #expect(!PlatformRegistry.isValidSender("a..example.com"))
        #expect(PlatformRegistry.isValidDKIMDomain("example.com"))
        #expect(!PlatformRegistry.isValidDKIMDomain("*.example.com"))
        #expect(!PlatformRegistry.isValidDKIMDomain("com"))
    }
}
