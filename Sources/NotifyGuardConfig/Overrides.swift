import NotifyGuardCore

/// The two override lists: allow entries let mail through whatever the rules say, block entries stop it.
public enum OverrideList: String, Sendable, CaseIterable {
    case allow, block
}

/// What an override entry compares, each with its own matching rule (see ``OverrideEntry``).
public enum OverrideKey: String, Sendable, CaseIterable {
    /// The From header's address (`user@domain`) or domain (subdomains included).
    case from
    /// The `d=` domain of a DKIM signature a trusted Authentication-Results shows passing (subdomains included).
    case dkim
    /// A template field's text: the tenant label of a subdomain platform, or the From display name.
    case field
    /// A link's host (subdomains included).
    case link
    /// An envelope recipient's address or domain (subdomains included).
    case rcpt
    /// The SMTP client's IP address, or a network in CIDR notation.
    case client
}

/// One entry of `overrides.allow` or `overrides.block`, checked and normalised when the config is read.
public struct OverrideEntry: Sendable, Equatable {
    public var list: OverrideList
    public var key: OverrideKey
    /// Lowercased address or domain; for `field`, the text lowercased with runs of white space made one space;
    /// for `client`, the network as written.
    public var value: String
    /// The parsed network of a `client` entry.
    public var network: IPNetwork?
    /// Where the entry is in the config file.
    public var line: Int

    public init(list: OverrideList, key: OverrideKey, value: String, network: IPNetwork? = nil, line: Int = 0) {
        self.list = list
        self.key = key
        self.value = value
        self.network = network
        self.line = line
    }

    /// How the entry shows in the verdict line and the result header: `allow(dkim:partner.example)`.
    public var label: String { "\(list.rawValue)(\(key.rawValue):\(value))" }

    /// The field text form `field` entries are compared in: lowercased, white space runs as one space, trimmed.
    public static func normalisedField(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The `overrides` section.
public struct Overrides: Sendable, Equatable {
    public var allow: [OverrideEntry] = []
    public var block: [OverrideEntry] = []
    /// The action a matching block entry gives at least: tag, quarantine or reject.
    public var blockAction: Action = .reject

    public init() {}

    public var isEmpty: Bool { allow.isEmpty && block.isEmpty }
}
