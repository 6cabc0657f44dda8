extension UTF8Strings {
    /// The first `maxBytes` bytes of `text` (all of it when shorter); a character cut in two becomes U+FFFD, as
    /// `String(decoding:as:)` repairs it.
    static func prefix(_ text: String, maxBytes: Int) -> String {
        guard text.utf8.count > maxBytes else { return text }
        var text = text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0.prefix(maxBytes)), as: UTF8.self) }
    }
}
