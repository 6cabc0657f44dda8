/// Disguises and properties of a link.
public struct LinkFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let defanged = LinkFlags(rawValue: 1 << 0)
    public static let spacedDots = LinkFlags(rawValue: 1 << 1)
    public static let userinfo = LinkFlags(rawValue: 1 << 2)
    public static let ipLiteral = LinkFlags(rawValue: 1 << 3)
    public static let punycode = LinkFlags(rawValue: 1 << 4)
    public static let unicodeHost = LinkFlags(rawValue: 1 << 5)
    public static let bareDomain = LinkFlags(rawValue: 1 << 6)
    public static let unwrapped = LinkFlags(rawValue: 1 << 7)
}
