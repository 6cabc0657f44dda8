import NotifyGuardCore
import Yams

/// The `recipient_domains` section: a mapping from a recipient domain to the settings that differ for its mail.
extension NodeReader {
    /// - Parameter base: the global thresholds, which a domain's `thresholds` keys start from.
    func readRecipientDomains(_ node: Node, base: Thresholds) throws(ConfigError) -> [RecipientDomainPolicy] {
        var policies: [RecipientDomainPolicy] = []
        for (name, nameNode, value) in try mapping(node, "recipient_domains") {
            let domain = name.lowercased()
            guard DomainName.isValid(domain) else {
                throw fail(nameNode, "recipient_domains: \(name) is not a domain name (subdomains are included)")
            }
            guard !policies.contains(where: { $0.domain == domain }) else {
                throw fail(nameNode, "recipient_domains: \(domain) appears twice")
            }
            let path = "recipient_domains.\(domain)"
            var policy = RecipientDomainPolicy(domain: domain, line: nameNode.mark?.line ?? 0)
            for (key, keyNode, setting) in try mapping(value, path) {
                switch key {
                case "thresholds": policy.thresholds = try readThresholds(setting, base: base)
                case "dry_run": policy.dryRun = try bool(setting, "\(path).dry_run")
                case "subject_prefix": policy.subjectPrefix = try string(setting, "\(path).subject_prefix")
                case "reject_text":
                    let text = try string(setting, "\(path).reject_text")
                    guard !text.isEmpty, !text.contains("\n"), !text.contains("\r") else {
                        throw fail(setting, "\(path).reject_text must be one non-empty line")
                    }
                    policy.rejectText = text
                case "failure_action":
                    guard let action = FailureAction(rawValue: try string(setting, "\(path).failure_action")) else {
                        throw fail(setting, "\(path).failure_action must be accept or tempfail")
                    }
                    policy.failureAction = action
                default:
                    throw fail(
                        keyNode,
                        "unknown key \(path).\(key) (known: thresholds, dry_run, subject_prefix, reject_text, failure_action)"
                    )
                }
            }
            policies.append(policy)
        }
        return policies
    }
}
