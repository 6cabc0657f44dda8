/// Strings made from UTF-8 bytes checked once, by ``UTF8Bytes/validateUTF8(_:)`` (16 or 32 ASCII bytes per step)
/// rather than byte by byte as `String(decoding:as:)` checks them.
///
/// Every string the parser makes is checked this way, also those well-formed by construction (a string's memory
/// safety doesn't rest on reasoning about where text was cut); a well-formed one is then copied through
/// `UTF8Span(unchecked:isKnownASCII:)` and `String(copying:)` (SE-0464), flagged ASCII as `String(decoding:as:)`
/// would flag it.
enum UTF8Strings {
    /// Exactly `String(decoding: bytes, as: UTF8.self)`: checked here, and repaired by the standard library only when
    /// it is not well-formed.
    static func decoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let check = UTF8Bytes.validateUTF8(bytes)
        guard check.isValid else { return String(decoding: bytes, as: UTF8.self) }
        return unchecked(bytes, isASCII: check.isASCII)
    }

    /// The scalar value and byte length of the sequence whose lead byte (0x80 or above) is `bytes[index]`, in
    /// well-formed UTF-8 such as a Swift string's: the lead byte gives the length (cut at the buffer's end), the
    /// bytes after it are continuations.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        let length = min(bytes.count - index, lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// The string of well-formed `bytes`, flagged ASCII as `String(decoding:as:)` flags it.
    private static func unchecked(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            // Well-formed: checked by `decoding(_:)`, the only caller, which is all `UTF8Span(unchecked:)` asks.
            return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
