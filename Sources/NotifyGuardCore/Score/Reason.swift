/// One rule that fired: its id, the score it added and what it saw.
public struct Reason: Sendable, Equatable, Codable {
    public var rule: String
    public var score: Double
    public var detail: String

    public init(rule: String, score: Double, detail: String) {
        self.rule = rule
        self.score = score
        self.detail = detail
    }
}
