/// A rule's name, as the config's `rules:` section and the reasons give it, and its weight when the config names
/// none. Each rule declares its own (`extension RuleID { public static let ... }` in its file under `Rules/`); the
/// ones the scorer knows are those of the registered rules, ``Rules/ids``.
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public let defaultWeight: Double
    /// One per declared rule: two IDs are the same rule when they share it (a pointer comparison, where the scorer
    /// compares rules per reason).
    private let identity: Identity

    private final class Identity: Sendable {}

    init(_ rawValue: String, defaultWeight: Double) {
        self.rawValue = rawValue
        self.defaultWeight = defaultWeight
        identity = Identity()
    }

    /// The registered rule of that name, if there is one.
    public init?(rawValue: String) {
        guard let known = Rules.ids.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// Every registered rule, in the order the scorer runs them.
    public static var allCases: [RuleID] { Rules.ids }

    public var description: String { rawValue }

    public static func == (lhs: RuleID, rhs: RuleID) -> Bool { lhs.identity === rhs.identity }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(identity)) }
}
