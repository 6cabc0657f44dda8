/// The scorer's answer for one message: the action, the score and why.
public struct Verdict: Sendable, Equatable {
    public var action: Action
    public var score: Double
    public var profile: String?
    public var reasons: [Reason]
    public var partial: Bool

    public init(action: Action, score: Double, profile: String?, reasons: [Reason], partial: Bool) {
        self.action = action
        self.score = score
        self.profile = profile
        self.reasons = reasons
        self.partial = partial
    }
}
