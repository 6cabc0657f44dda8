import NotifyGuardCore
import Yams

/// The `campaign:` section (see ``CampaignSettings``).
extension NodeReader {
    func readCampaign(_ node: Node, into campaign: inout CampaignSettings) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "campaign") {
            let name = "campaign.\(key)"
            switch key {
            case "enabled": campaign.enabled = try bool(value, name)
            case "store": campaign.store = try storeSpec(value, name)
            case "file": campaign.file = try string(value, name)
            case "window": campaign.windowSeconds = try duration(value, name)
            case "report_window": campaign.reportSeconds = try duration(value, name)
            case "max_entries": campaign.maxEntries = try integer(value, name, min: 100)
            case "recipients_kept": campaign.recipientsKept = try integer(value, name, min: 1)
            case "budget_ms": campaign.budgetMilliseconds = try integer(value, name, min: 1)
            case "connect_timeout_ms": campaign.connectTimeoutMilliseconds = try integer(value, name, min: 1)
            case "min_recipient_domains": campaign.rule.minRecipientDomains = try integer(value, name, min: 0)
            case "min_recipients": campaign.rule.minRecipients = try integer(value, name, min: 0)
            case "min_signal_score": campaign.rule.minSignalScore = try number(value, name)
            case "weight": campaign.rule.weight = try number(value, name, min: -100)
            case "mark_weight": campaign.rule.markWeight = try number(value, name, min: -100)
            default: throw fail(keyNode, "unknown key campaign.\(key)")
            }
            if key == "window" { campaign.rule.windowText = try string(value, name) }
        }
        guard campaign.budgetMilliseconds <= 1000 else {
            throw fail(node, "campaign.budget_ms must be at most 1000 (mail waits that long when Redis is slow)")
        }
        guard campaign.rule.minRecipientDomains > 0 || campaign.rule.minRecipients > 0 else {
            throw fail(node, "campaign.min_recipient_domains and campaign.min_recipients can't both be 0")
        }
        let kept = max(campaign.rule.minRecipientDomains, campaign.rule.minRecipients)
        guard campaign.store != .local || campaign.recipientsKept >= kept else {
            throw fail(node, "campaign.recipients_kept (\(campaign.recipientsKept)) must be at least the thresholds (\(kept)): the local store's counts stop there")
        }
    }

    /// `local` or `redis://HOST:PORT/DB` (port and database optional: 6379 and 0).
    func storeSpec(_ node: Node, _ key: String) throws(ConfigError) -> CampaignStoreSpec {
        let text = try string(node, key)
        if text == "local" { return .local }
        guard text.hasPrefix("redis://") else { throw fail(node, "\(key) must be local or redis://HOST:PORT/DB") }
        let rest = text.dropFirst("redis://".count)
        let slash = rest.firstIndex(of: "/")
        let authority = slash.map { rest[..<$0] } ?? rest
        let path = slash.map { rest[rest.index(after: $0)...] } ?? ""
        guard !authority.contains("@") else { throw fail(node, "\(key): passwords are not supported; bind Redis to a private address") }
        var host = Substring(authority)
        var port = 6379
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            host = authority[..<colon]
            guard let parsed = Int(authority[authority.index(after: colon)...]), (1...65535).contains(parsed) else {
                throw fail(node, "\(key): the port must be 1-65535")
            }
            port = parsed
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" }) else {
            throw fail(node, "\(key): a host name or address is needed (redis://127.0.0.1:6379/0)")
        }
        var database = 0
        if !path.isEmpty {
            guard let parsed = Int(path), (0...15).contains(parsed) else {
                throw fail(node, "\(key): the database must be a number 0-15")
            }
            database = parsed
        }
        return .redis(host: String(host), port: port, database: database)
    }

    /// A duration: a whole number with s, m, h or d (`90s`, `30m`, `24h`, `7d`); at least a minute.
    func duration(_ node: Node, _ key: String) throws(ConfigError) -> Int {
        let text = try string(node, key)
        let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let count = Int(text.dropLast()), count > 0,
            count <= Int(UInt32.max) / unit / 2
        else { throw fail(node, "\(key) must be a duration such as 30m, 24h or 7d") }
        guard count * unit >= 60 else { throw fail(node, "\(key) must be at least a minute") }
        return count * unit
    }
}
