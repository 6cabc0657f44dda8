/// Where a parsed field's name and value lie in a buffer its header block shares, and how its value's string is made.
///
/// The name is well-formed UTF-8; the value is kept as received and repaired (and, for a message's own header,
/// unfolded) when its string is made. The buffer never changes once fields point into it.
struct HeaderBytes: Sendable {
    let source: [UInt8]
    let nameRange: Range<Int>
    let valueRange: Range<Int>
    /// Whether the value's string drops its CR and LF bytes (a message's own header, whose lines keep their breaks).
    let unfolds: Bool

    var value: String {
        let value = withValue(UTF8Strings.decoding)
        return unfolds ? Self.removingLineBreaks(value) : value
    }

    func withName<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        source[nameRange].withUnsafeBufferPointer(body)
    }

    func withValue<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        source[valueRange].withUnsafeBufferPointer(body)
    }

    /// `value` without its CR and LF bytes (a folded value unfolded).
    static func removingLineBreaks(_ value: String) -> String {
        var value = value
        return ByteScan.containsLineBreak(&value) ? ByteScan.removingLineBreaks(&value) : value
    }
}
