/// Applies the policy's rules to a message's features. Pure: same input, same verdict.
///
/// It only orchestrates: it finds once what the rules share (``MessageContext``: the matched template, the
/// lexicon's wording), runs the registered rules (``Rules/steps``) in their fixed order, and sums their reasons'
/// weights into the action.
public struct Scorer: Sendable {
    public var policy: Policy
    /// How many times one rule may fire per message (distinct details); keeps one noisy signal from dominating.
    static let maxHitsPerRule = 3

    public init(policy: Policy) {
        self.policy = policy
    }

    /// Parses and scores a whole message (what `scan` does per file).
    public func score(rawMessage bytes: [UInt8]) -> Verdict {
        score(MessageParser.parse(bytes, limits: policy.limits))
    }

    public func score(_ message: ParsedMessage) -> Verdict {
        Self.verdict(MessageContext(features: MessageFeatures(message: message, policy: policy), policy: policy))
    }

    public func score(_ features: MessageFeatures) -> Verdict {
        Self.verdict(MessageContext(features: features, policy: policy))
    }

    /// Scores with other rules than the registered ones (a rule's tests, before it is registered).
    func score(_ features: MessageFeatures, rules steps: [RuleStep]) -> Verdict {
        Self.verdict(MessageContext(features: features, policy: policy), steps: steps)
    }

    /// Runs the rules on the message and sums their reasons.
    private static func verdict(_ message: MessageContext, steps: [RuleStep] = Rules.steps) -> Verdict {
        var reasons = Reasons(policy: message.policy)
        for step in steps {
            switch step {
            case .message(let rule):
                rule.check(message, into: &reasons)
            case .eachLink(let rules):
                for link in message.features.links {
                    let facts = LinkFacts(isTemplateLink: message.isTemplateLink(link))
                    for rule in rules { rule.check(link, facts, in: message, into: &reasons) }
                }
            }
        }
        let score = reasons.total
        let thresholds = message.profile?.thresholds ?? message.policy.thresholds
        return Verdict(
            action: thresholds.action(for: score), score: score, profile: message.profile?.name, reasons: reasons.list,
            partial: !message.features.truncations.isEmpty)
    }
}
