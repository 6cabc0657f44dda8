/// Scores from which each action applies (inclusive).
public struct Thresholds: Sendable, Equatable {
    public var tag: Double
    public var quarantine: Double
    public var reject: Double

    public init(tag: Double, quarantine: Double, reject: Double) {
        self.tag = tag
        self.quarantine = quarantine
        self.reject = reject
    }

    public func action(for score: Double) -> Action {
        if score >= reject { return .reject }
        if score >= quarantine { return .quarantine }
        if score >= tag { return .tag }
        return .accept
    }
}
