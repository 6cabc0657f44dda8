/// Whether a local part contains one of the notification-sender words (`noreply`, `alerts`), searched together.
struct NotificationSenderSearch: Sendable {
    private let patterns: PatternSet
    /// Words of fewer than two bytes, which a ``PatternSet`` leaves out (an empty one is in every local part).
    private let shortWords: [[UInt8]]

    init(_ words: [String]) {
        patterns = PatternSet(words.map { Array($0.utf8) })
        shortWords = words.map { Array($0.utf8) }.filter { $0.count < 2 }
    }

    func matches(_ localPart: [UInt8]) -> Bool {
        localPart.withUnsafeBufferPointer { matches($0) }
    }

    /// `matches(_:)` of bytes in place (an address's local part).
    func matches(_ localPart: UnsafeBufferPointer<UInt8>) -> Bool {
        if !shortWords.isEmpty, shortWords.contains(where: { ByteScan.contains(Array(localPart), $0) }) { return true }
        var found = false
        patterns.forEachMatch(in: localPart) { _, _ in
            found = true
            return false
        }
        return found
    }
}
