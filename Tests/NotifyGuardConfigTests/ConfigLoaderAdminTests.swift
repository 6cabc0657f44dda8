import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The admin's sections: `overrides`, `recipient_domains`, `metrics`; read values and PATH:LINE errors.
@Suite struct ConfigLoaderAdminTests {
    @Test func overridesAreReadAndNormalised() throws {
        let settings = try ConfigLoader.parse(
            """
            overrides:
              block_action: quarantine
              allow:
                - dkim: Partner.Example
                  note: partner's fraud alerts
                - from: Alerts@Partner.Example
                - field: "  Lucky   Draw\tClub "
                - link: cdn.partner.example
                - rcpt: abuse@example.org
                - client: 192.0.2.0/24
                - client: 2001:db8::/32
              block:
                - link: evil.example
                - client: 203.0.113.7
            """, path: "o.yaml")
        let allow = settings.overrides.allow
        #expect(
            allow.map(\.label) == [
                "allow(dkim:partner.example)", "allow(from:alerts@partner.example)", "allow(field:lucky draw club)",
                "allow(link:cdn.partner.example)", "allow(rcpt:abuse@example.org)", "allow(client:192.0.2.0/24)",
                "allow(client:2001:db8::/32)",
            ])
        #expect(allow.map(\.line) == [4, 6, 7, 8, 9, 10, 11])
        #expect(settings.overrides.block.map(\.label) == ["block(link:evil.example)", "block(client:203.0.113.7)"])
        #expect(settings.overrides.blockAction == .quarantine)
        #expect(allow[5].network?.prefixLength == 24)
    }

    @Test func theShippedConfigHasNoOverridesNoDomainsAndNoMetrics() throws {
        let settings = try ConfigLoader.parse(ConfigLoader.defaultConfigText, path: "shipped")
        #expect(settings.overrides.isEmpty)
        #expect(settings.overrides.blockAction == .reject)
        #expect(settings.recipientDomains.isEmpty)
        #expect(!settings.metrics.enabled)
    }

    @Test func recipientDomainsStartFromTheGlobalThresholdsWhereverTheyAre() throws {
        let settings = try ConfigLoader.parse(
            """
            recipient_domains:
              Example.ORG:
                thresholds: {quarantine: 6}
                dry_run: true
                subject_prefix: "[SUSPICIOUS] "
                reject_text: "Refused by example.org policy"
                failure_action: tempfail
              example.net: {dry_run: false}
            thresholds: {tag: 3, quarantine: 9, reject: 12}
            """, path: "d.yaml")
        let org = try #require(settings.recipientDomains.first)
        #expect(org.domain == "example.org")
        #expect(org.line == 2)
        #expect(org.thresholds == Thresholds(tag: 3, quarantine: 6, reject: 12))
        #expect(org.dryRun == true)
        #expect(org.subjectPrefix == "[SUSPICIOUS] ")
        #expect(org.rejectText == "Refused by example.org policy")
        #expect(org.failureAction == .tempfail)
        #expect(settings.recipientDomains.last == RecipientDomainPolicy(domain: "example.net", dryRun: false, line: 8))
    }

    @Test(arguments: [
        ("metrics:\n  listen: 127.0.0.1:9721\n", "127.0.0.1", 9721),
        ("metrics:\n  listen: \"[::1]:9100\"\n", "::1", 9100),
        ("metrics:\n  listen: 127.0.0.53:80\n", "127.0.0.53", 80),
    ])
    func metricsListenOnLoopbackOnly(text: String, host: String, port: Int) throws {
        let metrics = try ConfigLoader.parse(text, path: "m.yaml").metrics
        #expect(metrics.host == host)
        #expect(Int(metrics.port) == port)
        #expect(try ConfigLoader.parse("metrics:\n  listen: \"\"\n", path: "m.yaml").metrics.enabled == false)
    }

    @Test(arguments: [
        (
            "overrides:\n  allow:\n    - dkim: a.example\n    - dkmi: b.example\n", 4,
            "unknown key dkmi in overrides.allow"
        ),
        ("overrides:\n  allow:\n    - from: a@b@c.example\n", 3, "overrides.allow.from must be an address"),
        ("overrides:\n  block:\n\n    - client: 192.0.2.1/24\n", 4, "overrides.block.client must be an IP address"),
        ("overrides:\n  block:\n    - client: 300.1.1.1\n", 3, "overrides.block.client must be an IP address"),
        ("overrides:\n  allow:\n    - link: \"*.cdn.example\"\n", 3, "overrides.allow.link: write the domain without"),
        ("overrides:\n  allow:\n    - link: bad_domain.example\n", 3, "overrides.allow.link must be a domain name"),
        (
            "overrides:\n  allow:\n    - dkim: a.example\n      link: b.example\n", 4,
            "overrides.allow entry has more than one key"
        ),
        ("overrides:\n  allow:\n    - dkim:partner.example\n", 3, "overrides.allow entries are mappings of one key"),
        ("overrides:\n  allow:\n    - note: just a note\n", 3, "overrides.allow entry without a key"),
        ("overrides:\n  allow:\n    - field: \"\"\n", 3, "overrides.allow.field is empty"),
        ("overrides:\n  block_action: accept\n", 2, "overrides.block_action must be tag, quarantine or reject"),
        ("overrides:\n  allowed: []\n", 2, "unknown key overrides.allowed"),
        (
            "recipient_domains:\n  example.org:\n    dryrun: true\n", 3,
            "unknown key recipient_domains.example.org.dryrun"
        ),
        ("recipient_domains:\n  example.org:\n    thresholds: {tag: 9, quarantine: 5}\n", 3, "thresholds must satisfy"),
        (
            "recipient_domains:\n  example.org:\n    failure_action: drop\n", 3,
            "recipient_domains.example.org.failure_action"
        ),
        ("recipient_domains:\n  exa mple.org: {dry_run: true}\n", 2, "recipient_domains: exa mple.org is not a domain"),
        (
            "recipient_domains:\n  Example.org: {}\n  example.org: {}\n", 3,
            "recipient_domains: example.org appears twice"
        ),
        ("metrics:\n  listen: 0.0.0.0:9721\n", 2, "metrics.listen must be a loopback address"),
        ("metrics:\n  listen: 127.0.0.1\n", 2, "metrics.listen must be a loopback address"),
        ("metrics:\n  port: 9721\n", 2, "unknown key metrics.port"),
    ])
    func malformedEntriesAreReportedWithTheirLine(text: String, line: Int, message: String) {
        do {
            _ = try ConfigLoader.parse(text, path: "bad.yaml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.hasPrefix("bad.yaml:\(line): "), "\(error.description)")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }
}

/// Client networks: parsed by inet_pton, compared bit by bit.
@Suite struct IPNetworkTests {
    @Test func networksContainTheirAddressesInTheFormsMTAsWrite() throws {
        let v4 = try #require(IPNetwork("192.0.2.0/24"))
        #expect(v4.contains("192.0.2.7"))
        #expect(v4.contains("[192.0.2.255]"))
        #expect(v4.contains("::ffff:192.0.2.9"))
        #expect(!v4.contains("192.0.3.1"))
        #expect(!v4.contains("not an address"))
        let v6 = try #require(IPNetwork("2001:db8::/32"))
        #expect(v6.contains("IPv6:2001:db8:0:1::25"))
        #expect(!v6.contains("2001:db9::1"))
        #expect(!v6.contains("192.0.2.7"))
        let host = try #require(IPNetwork("203.0.113.7"))
        #expect(host.prefixLength == 32 && host.contains("203.0.113.7") && !host.contains("203.0.113.8"))
        #expect(IPNetwork("0.0.0.0/0")?.contains("198.51.100.1") == true)
        #expect(IPNetwork("10.1.0.0/15") == nil)  // host bits set
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("10.0.0.0/") == nil)
        #expect(IPNetwork("2001:db8::/129") == nil)
        #expect(IPNetwork("") == nil)
    }
}
