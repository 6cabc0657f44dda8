/// The reasons of one message, as its rules fire them: each with its rule's weight in the policy, none for a rule
/// weighted 0, and at most ``Scorer/maxHitsPerRule`` per rule, each with another detail.
struct Reasons {
    private(set) var list: [Reason] = []
    /// The rule of each reason in `list`.
    private var rules: [RuleID] = []
    /// The policy's weight of each registered rule, in ``Rules/ids`` order.
    private let weights: [Double]
    /// The weights the config sets, for a rule not (yet) registered.
    private let configured: [RuleID: Double]

    /// Room made when the first reason comes: a message that fires one rule usually fires a few.
    static let reserved = 6

    init(policy: borrowing Policy) {
        weights = policy.ruleWeights
        configured = policy.weights
    }

    /// Records that `rule` fired on what `detail` says, unless its weight is 0, it fired on that detail already or
    /// it fired as often as a rule may.
    mutating func fire(_ rule: RuleID, _ detail: String) {
        let weight = Rules.ids.firstIndex(of: rule).map { weights[$0] } ?? configured[rule] ?? rule.defaultWeight
        guard weight != 0 else { return }
        var hits = 0
        for (index, fired) in rules.enumerated() where fired == rule {
            guard list[index].detail != detail else { return }
            hits += 1
        }
        guard hits < Scorer.maxHitsPerRule else { return }
        if list.isEmpty {
            list.reserveCapacity(Self.reserved)
            rules.reserveCapacity(Self.reserved)
        }
        rules.append(rule)
        list.append(Reason(rule: rule.rawValue, score: weight, detail: detail))
    }

    /// The sum of the reasons' scores, in the order they fired.
    var total: Double { list.reduce(0) { $0 + $1.score } }
}
