/// What ``FoldedText`` makes of a text, told from its bytes without folding it, where that can be told: for text
/// whose every scalar NFKC leaves as it is (``CompatibilityForms/isStable(_:)``) or maps to ASCII (spaces, dots,
/// `TM`), the folded text's ASCII runs are those of the text with its ASCII lowered and the letters that fold to
/// ASCII folded (`İ` and `ı` to `i`, `ß` and `ẞ` to `ss`); its other scalars are the lowercase forms of the text's.
/// (Lowercasing maps no other scalar NFKC leaves alone to ASCII; `LureTopicsTests` checks that.)
enum FoldProjection {
    /// The first `maxBytes` bytes of `text` (cut at a scalar boundary) as the folded text's ASCII runs, each other
    /// scalar one byte 0x80 (no ASCII run goes across it). Nil where a scalar takes the full fold, or where `stop`
    /// says yes to a scalar of another scalar's lowercase form.
    static func asciiRuns(of text: String, maxBytes: Int, stoppingAt stop: (UInt32) -> Bool) -> [UInt8]? {
        var contiguous = text
        return contiguous.withUTF8 { all -> [UInt8]? in
            let bytes = UTF8Strings.scalarPrefix(of: all, maxBytes: maxBytes)
            // No scalar projects to more bytes than it has (`…` to `...`, `ß` to `ss`).
            var told = true
            let projection = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
                written = 0
                func put(_ ascii: StaticString) {
                    ascii.withUTF8Buffer { for byte in $0 { out[written] = byte; written += 1 } }
                }
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        out[written] = ASCII.lower(lead)
                        written += 1
                        index += 1
                        continue
                    }
                    let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                    index += length
                    switch value {
                    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: put(" ")
                    case 0x2024: put(".")
                    case 0x2025: put("..")
                    case 0x2026: put("...")
                    case 0x2122: put("tm")
                    case 0x0130, 0x0131: put("i")
                    case 0x00DF, 0x1E9E: put("ss")
                    default:
                        guard CompatibilityForms.isStable(value), let scalar = Unicode.Scalar(value),
                            !scalar.properties.lowercaseMapping.unicodeScalars.contains(where: { stop($0.value) })
                        else {
                            told = false
                            return
                        }
                        out[written] = 0x80
                        written += 1
                    }
                }
            }
            return told ? projection : nil
        }
    }
}
