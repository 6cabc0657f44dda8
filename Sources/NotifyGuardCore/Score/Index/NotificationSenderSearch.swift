/// Whether a local part contains one of the notification-sender words (`noreply`, `alerts`), searched together.
struct NotificationSenderSearch: Sendable {
    private let patterns: PatternSet
    /// Words of fewer than two bytes, which a ``PatternSet`` leaves out (an empty one is in every local part).
    private let shortWords: [[UInt8]]

    init(_ words: [String]) {
        patterns = PatternSet(words.map { Array($0.utf8) })
        shortWords = words.map { Array($0.utf8) }.filter { $0.count < 2 }
    }

    /// Whether the local part of `address` (up to its first "@"; none without one), ASCII case folded, contains one
    /// of the words.
    func matches(localPartOf address: String) -> Bool {
        // In ASCII the first "@" Character is the first "@" byte: the local part is searched in place.
        let ascii = address.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            guard let at = ByteScan.index(of: UInt8(ascii: "@"), in: bytes, from: 0, to: bytes.count) else {
                return false
            }
            let local = UnsafeBufferPointer(rebasing: bytes[..<at])
            // The words are lowercase; a local part in capitals (`DoNotReply`) is searched lowered.
            guard local.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return matches(local) }
            return matches(local.map(ASCII.lower))
        }
        if let found = ascii ?? nil { return found }
        guard let at = address.firstIndex(of: "@") else { return false }
        return matches(Array(address[..<at].utf8).map(ASCII.lower))
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
