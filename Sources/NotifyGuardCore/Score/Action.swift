/// What the scorer's verdict asks the MTA to do, in increasing severity.
public enum Action: String, Sendable, Codable, Comparable, CaseIterable {
    case accept, tag, quarantine, reject

    private var rank: Int {
        switch self {
        case .accept: return 0
        case .tag: return 1
        case .quarantine: return 2
        case .reject: return 3
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.rank < rhs.rank }
}
