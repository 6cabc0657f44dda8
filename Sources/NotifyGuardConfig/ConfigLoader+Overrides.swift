import NotifyGuardCore
import Yams

/// The `overrides` section: `allow` and `block` lists of one-key entries, and `block_action`.
extension NodeReader {
    func readOverrides(_ node: Node) throws(ConfigError) -> Overrides {
        var overrides = Overrides()
        for (key, keyNode, value) in try mapping(node, "overrides") {
            switch key {
            case "allow": overrides.allow = try readOverrideEntries(value, list: .allow)
            case "block": overrides.block = try readOverrideEntries(value, list: .block)
            case "block_action":
                guard let action = Action(rawValue: try string(value, "overrides.block_action")), action != .accept
                else {
                    throw fail(value, "overrides.block_action must be tag, quarantine or reject")
                }
                overrides.blockAction = action
            default: throw fail(keyNode, "unknown key overrides.\(key)")
            }
        }
        return overrides
    }

    /// Each entry is a mapping with one key of ``OverrideKey`` and an optional `note` (free text for the admin).
    func readOverrideEntries(_ node: Node, list: OverrideList) throws(ConfigError) -> [OverrideEntry] {
        let path = "overrides.\(list.rawValue)"
        guard case .sequence(let sequence) = node else { throw fail(node, "\(path) must be a list") }
        let known = OverrideKey.allCases.map(\.rawValue).joined(separator: ", ")
        var entries: [OverrideEntry] = []
        for item in sequence {
            guard case .mapping = item else {
                throw fail(item, "\(path) entries are mappings of one key (\(known)), e.g. `- dkim: partner.example`")
            }
            var entry: OverrideEntry? = nil
            for (key, keyNode, value) in try mapping(item, "an entry of \(path)") {
                if key == "note" {
                    _ = try string(value, "\(path) note")
                    continue
                }
                guard let overrideKey = OverrideKey(rawValue: key) else {
                    throw fail(keyNode, "unknown key \(key) in \(path) (known: \(known), note)")
                }
                guard entry == nil else {
                    throw fail(keyNode, "\(path) entry has more than one key; write one entry per key")
                }
                entry = try overrideEntry(list: list, key: overrideKey, value)
            }
            guard let entry else { throw fail(item, "\(path) entry without a key (\(known))") }
            if !entries.contains(where: { $0.key == entry.key && $0.value == entry.value }) { entries.append(entry) }
        }
        return entries
    }

    func overrideEntry(list: OverrideList, key: OverrideKey, _ node: Node) throws(ConfigError) -> OverrideEntry {
        let path = "overrides.\(list.rawValue).\(key.rawValue)"
        let text = try string(node, path).trimmingWhitespace()
        guard !text.isEmpty else { throw fail(node, "\(path) is empty") }
        let line = node.mark?.line ?? 0
        switch key {
        case .from, .rcpt:
            let value = text.lowercased()
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.count == 1 || !parts[0].isEmpty && !parts[0].contains(where: \.isWhitespace),
                let domain = parts.last, DomainName.isValid(String(domain))
            else {
                throw fail(node, "\(path) must be an address (user@example.com) or a domain (example.com): \(text)")
            }
            return OverrideEntry(list: list, key: key, value: value, line: line)
        case .dkim, .link:
            let value = text.lowercased()
            if value.hasPrefix("*.") || value.hasPrefix(".") {
                throw fail(node, "\(path): write the domain without \"*.\" or a leading dot; subdomains are included")
            }
            guard DomainName.isValid(value) else { throw fail(node, "\(path) must be a domain name: \(text)") }
            return OverrideEntry(list: list, key: key, value: value, line: line)
        case .field:
            let value = OverrideEntry.normalisedField(text)
            guard value.count <= 256 else { throw fail(node, "\(path) is longer than 256 characters") }
            return OverrideEntry(list: list, key: key, value: value, line: line)
        case .client:
            guard let network = IPNetwork(text) else {
                throw fail(
                    node,
                    "\(path) must be an IP address or a network with its host bits zero (192.0.2.0/24, 2001:db8::/32): \(text)"
                )
            }
            return OverrideEntry(list: list, key: key, value: text.lowercased(), network: network, line: line)
        }
    }
}

/// Host names as the config accepts them: dot-separated labels of letters, digits and hyphens (or non-ASCII
/// letters of an IDN), none empty, none starting or ending with a hyphen, at most 253 bytes.
enum DomainName {
    static func isValid(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { scalar in
                    scalar.value >= 0x80
                        ? scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        : ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
                }
        }
    }
}

extension String {
    /// Without leading and trailing white space.
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
