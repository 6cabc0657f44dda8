/// A text split at Unicode white space (the `White_Space` property: ASCII's tab to carriage return and space, NEL,
/// no-break spaces, the typographic spaces, line and paragraph separators, the ideographic space), each word
/// lowercased as `String.lowercased()` lowercases it (or as written: the same words, for showing a field as it was).
///
/// One pass over the UTF-8 bytes: the 25 white-space scalars are recognised by their encodings, so no scalar is
/// decoded and no Unicode property looked up (that took most of the time of skeleton matching).
enum WhitespaceWords {
    /// The first `maxWords` words of `text`, lowercased.
    static func lowercased(_ text: String, maxWords: Int) -> [String] {
        var text = text
        return text.withUTF8 { split($0, maxWords: maxWords, lowercase: true) }
    }

    /// The first `maxWords` words of `text` as written: word for word those of ``lowercased(_:maxWords:)``.
    static func asWritten(_ text: String, maxWords: Int) -> [String] {
        var text = text
        return text.withUTF8 { split($0, maxWords: maxWords, lowercase: false) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, maxWords: Int, lowercase: Bool) -> [String] {
        var words: [String] = []
        // About one word per six bytes of text: one allocation instead of a dozen as the array grows.
        words.reserveCapacity(min(maxWords, bytes.count / 6 + 1))
        var start = 0
        var asciiWord = true
        var index = 0
        let count = bytes.count
        func flush(_ end: Int) {
            guard end > start else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !lowercase {
                words.append(String(decoding: word, as: UTF8.self))
            } else if asciiWord {
                words.append(UTF8Strings.asciiLowercased(word))
            } else {
                words.append(TextCase.lowercased(String(decoding: word, as: UTF8.self)))
            }
        }
        while index < count, words.count < maxWords {
            // Most bytes are ASCII and no white space: passed over in a tight loop.
            while index < count, bytes[index] < 0x80, bytes[index] != 0x20, bytes[index] < 0x09 || bytes[index] > 0x0D {
                index += 1
            }
            guard index < count else { break }
            let byte = bytes[index]
            let spaceLength: Int
            if byte < 0x80 {
                spaceLength = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0
            } else {
                asciiWord = false
                spaceLength = whiteSpaceLength(at: index, in: bytes)
            }
            if spaceLength > 0 {
                flush(index)
                index += spaceLength
                start = index
                asciiWord = true
            } else {
                index += 1
            }
        }
        if words.count < maxWords {
            flush(count)
        }
        return words
    }

    /// The byte length of the white-space scalar at `index` (lead byte 0x80 or above), or 0.
    @inline(__always)
    private static func whiteSpaceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lead = bytes[index]
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch lead {
        case 0xC2:
            return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0  // NEL, no-break space
        case 0xE1:
            return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0  // ogham space mark
        case 0xE2:
            let second = at(1)
            let third = at(2)
            if second == 0x80 {
                // U+2000-200A spaces, U+2028 line and U+2029 paragraph separators, U+202F narrow no-break space
                return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0  // medium mathematical space
        case 0xE3:
            return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0  // ideographic space
        default:
            return 0
        }
    }
}
