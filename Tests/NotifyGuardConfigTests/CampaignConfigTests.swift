import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The `campaign:` section: values, defaults, and errors at their line.
@Suite struct CampaignConfigTests {
    @Test func shippedDefaults() throws {
        let campaign = try ConfigLoader.load(path: nil).campaign
        #expect(campaign.enabled && campaign.store == .local)
        #expect(campaign.file == "/var/lib/notifyguard/campaign.state")
        #expect(campaign.windowSeconds == 86_400 && campaign.reportSeconds == 30 * 86_400)
        #expect(campaign.budgetMilliseconds == 20)
        #expect(campaign.rule.weight == 4 && campaign.rule.minRecipientDomains == 5 && campaign.rule.minRecipients == 20)
    }

    @Test func valuesAreRead() throws {
        let campaign = try ConfigLoader.parse("""
            campaign:
              store: redis://10.0.0.5:6380/2
              window: 90m
              report_window: 7d
              max_entries: 1000
              recipients_kept: 50
              budget_ms: 15
              connect_timeout_ms: 300
              min_recipient_domains: 3
              min_recipients: 0
              min_signal_score: 2.5
              weight: 5
              mark_weight: 6
              file: ""
            """, path: "t.yaml").campaign
        #expect(campaign.store == .redis(host: "10.0.0.5", port: 6380, database: 2))
        #expect(campaign.store.description == "redis://10.0.0.5:6380/2")
        #expect(campaign.windowSeconds == 5400 && campaign.rule.windowText == "90m")
        #expect(campaign.reportSeconds == 7 * 86_400)
        #expect(campaign.maxEntries == 1000 && campaign.recipientsKept == 50)
        #expect(campaign.budgetMilliseconds == 15 && campaign.connectTimeoutMilliseconds == 300)
        #expect(campaign.rule.minRecipientDomains == 3 && campaign.rule.minRecipients == 0)
        #expect(campaign.rule.minSignalScore == 2.5 && campaign.rule.weight == 5 && campaign.rule.markWeight == 6)
        #expect(campaign.file.isEmpty)
        #expect(try ConfigLoader.parse("campaign:\n  store: redis://localhost\n", path: "t").campaign.store
            == .redis(host: "localhost", port: 6379, database: 0))
        #expect(try ConfigLoader.parse("campaign:\n  store: redis://[::1]:7000/1\n", path: "t").campaign.store
            == .redis(host: "::1", port: 7000, database: 1))
    }

    @Test(arguments: [
        ("  store: memcached://x\n", 3, "campaign.store must be local or redis://HOST:PORT/DB"),
        ("  store: redis://h:99999/0\n", 3, "campaign.store: the port must be 1-65535"),
        ("  store: redis://h:6379/16\n", 3, "campaign.store: the database must be a number 0-15"),
        ("  store: redis://:pw@h:6379/0\n", 3, "campaign.store: passwords are not supported; bind Redis to a private address"),
        ("  window: 24\n", 3, "campaign.window must be a duration such as 30m, 24h or 7d"),
        ("  window: 30s\n", 3, "campaign.window must be at least a minute"),
        ("  budget_ms: 5000\n", 3, "campaign.budget_ms must be at most 1000 (mail waits that long when Redis is slow)"),
        ("  min_recipients: 0\n  min_recipient_domains: 0\n", 3,
         "campaign.min_recipient_domains and campaign.min_recipients can't both be 0"),
        ("  recipients_kept: 10\n", 3,
         "campaign.recipients_kept (10) must be at least the thresholds (20): the local store's counts stop there"),
        ("  thresholds: 3\n", 3, "unknown key campaign.thresholds"),
        ("  max_entries: 10\n", 3, "campaign.max_entries must be at least 100"),
    ])
    func errorsAtTheirLine(body: String, line: Int, message: String) {
        let text = "actions:\n  dry_run: false\ncampaign:\n" + body
        do {
            _ = try ConfigLoader.parse(text, path: "t.yaml")
            Issue.record("accepted: \(body)")
        } catch {
            #expect(error.description == "t.yaml:\(line + 1): \(message)")
        }
    }
}
