/// Punctuation of other scripts beside a link: quotes, brackets, commas and full stops (`“…”`, `«…»`, `،`, `」`)
/// that no host name holds (IDNA allows no punctuation in a label), so a link written against them ends there.
extension LinkExtractor {
    /// Whether a scalar is punctuation other than a dash or a connector.
    static func isPunctuation(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// `start..<end` of `text` (well-formed UTF-8) without the non-ASCII punctuation at either end.
    static func trimmingPunctuationScalars(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (start: Int, end: Int) {
        var start = start
        var end = end
        while start < end, text[start] >= 0xC0 {
            let (value, length) = UTF8Strings.scalar(at: start, in: text)
            guard start + length <= end, isPunctuation(value) else { break }
            start += length
        }
        while end > start, text[end - 1] >= 0x80 {
            var lead = end - 1
            while lead > start, text[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (value, length) = UTF8Strings.scalar(at: lead, in: text)
            guard lead + length == end, isPunctuation(value) else { break }
            end = lead
        }
        return (start, end)
    }

    /// How many bytes at the start of `bytes` (well-formed UTF-8) a host name can take: up to the first ASCII byte
    /// other than a letter, digit, `-`, `.`, `_` or `%`, or the first punctuation scalar (`example.org，谢谢`).
    static func hostPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard ASCII.isAlnum(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
                else { return index }
                index += 1
                continue
            }
            let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
            if isPunctuation(value) { return index }
            index += length
        }
        return index
    }
}
