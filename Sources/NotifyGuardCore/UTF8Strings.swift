/// Strings made from UTF-8 bytes without the standard library checking them again.
///
/// `String(decoding:as:)` validates its input byte by byte (about nine instructions per ASCII byte in Swift 6.3),
/// and most of the strings the parser makes are of bytes that are checked anyway (``CharsetDecoder/isValidUTF8(_:)``,
/// sixteen ASCII bytes per step) or are well-formed by construction (the HTML renderer's output from a well-formed
/// document). Such bytes become a string through `UTF8Span(unchecked:isKnownASCII:)` and `String(copying:)`
/// (SE-0464): one copy, no second validation. The result is the same string, representation flags included: the ASCII
/// flag `String(decoding:as:)` would set is computed here, sixteen bytes per step.
enum UTF8Strings {
    /// Exactly `String(decoding: bytes, as: UTF8.self)`: checked here, and repaired by the standard library only when
    /// it is not well-formed.
    static func decoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let check = CharsetDecoder.validateUTF8(bytes)
        guard check.isValid else { return String(decoding: bytes, as: UTF8.self) }
        return unchecked(bytes, isASCII: check.isASCII)
    }

    /// `String(decoding: bytes, as: UTF8.self)` for bytes the caller has shown to be well-formed UTF-8 (the doc
    /// comment at each call says why). Debug builds and the fuzzer check the claim.
    static func knownValid(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        #if NOTIFYGUARD_FUZZING
        precondition(CharsetDecoder.isValidUTF8(bytes), "bytes claimed well-formed are not")
        #endif
        assert(CharsetDecoder.isValidUTF8(bytes), "bytes claimed well-formed are not")
        return unchecked(bytes, isASCII: CharsetDecoder.isASCII(bytes))
    }

    /// The string of well-formed `bytes`, flagged ASCII as `String(decoding:as:)` flags it.
    private static func unchecked(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            // Well-formed: checked by the callers above, which is all `UTF8Span(unchecked:)` asks.
            return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
