/// Lowercasing as `String.lowercased()` does it, done on bytes where the text allows: the scorer lowercases every
/// subject, address and anchor text it compares.
enum TextCase {
    /// A lowercase word in the cases a sentence writes it: as it is, with its first letter a capital, and in
    /// capitals (for searches of text whose case is not folded).
    static func writtenCases(_ word: String) -> [String] {
        [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()]
    }

    /// `text.lowercased()`, byte for byte. All-ASCII text is lowercased on bytes (and returned as it is when it has
    /// no capitals); elsewhere each ASCII byte is lowered in place and only the other scalars ask Unicode.
    static func lowercased(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes -> String in
            if UTF8Bytes.isASCII(bytes) {
                return hasASCIICapitals(bytes) ? UTF8Strings.asciiLowercased(bytes) : text
            }
            // Written in place: no scalar's lowercase is longer than twice its UTF-8 (İ, two bytes, gives three),
            // so the capacity holds it; were it ever short, the text is lowercased by appending instead.
            let capacity = bytes.count * 2
            var overflowed = false
            let lowered = String(unsafeUninitializedCapacity: capacity) { out in
                var written = 0
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        out[written] = ASCII.lower(lead)
                        written += 1
                        index += 1
                        continue
                    }
                    // A Swift string is valid UTF-8.
                    let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                    var mapped = Unicode.Scalar(value).map(\.properties.lowercaseMapping)
                        ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self)
                    let fits = mapped.withUTF8 { scalarBytes -> Bool in
                        guard written + scalarBytes.count <= capacity else { return false }
                        for byte in scalarBytes {
                            out[written] = byte
                            written += 1
                        }
                        return true
                    }
                    guard fits else {
                        overflowed = true
                        return 0
                    }
                    index += length
                }
                return written
            }
            return overflowed ? text.lowercased() : lowered
        }
    }

    /// Whether the bytes hold an ASCII capital letter.
    static func hasASCIICapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// `text` trimmed of ASCII whitespace and lowercased, when that is one word (no space) holding a dot, as a
    /// domain or URL written out is; nil otherwise. The same as
    /// `text.trimmingASCIIWhitespace().lowercased()` tested for those, with most texts (words without a dot,
    /// ASCII sentences) turned away on their bytes before any copy.
    static func lowercasedDottedWord(_ text: String) -> String? {
        let turnedAway = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: 0, to: bytes.count) != nil else { return true }
            guard UTF8Bytes.isASCII(bytes) else { return false }
            let trimmed = ASCII.trimmingWhitespace(bytes)
            return ByteScan.index(of: 0x20, in: trimmed, from: 0, to: trimmed.count) != nil
        }
        guard turnedAway != true, turnedAway != nil || text.utf8.contains(UInt8(ascii: ".")) else { return nil }
        var trimmed = text.trimmingASCIIWhitespace()
        // ASCII: a space or dot byte is that Character, and lowercasing is ASCII's.
        if UTF8Bytes.isASCII(trimmed) {
            guard !trimmed.utf8.contains(0x20), trimmed.utf8.contains(UInt8(ascii: ".")) else { return nil }
            if trimmed.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                trimmed = String(decoding: asciiLowercased(trimmed.utf8), as: UTF8.self)
            }
            return trimmed
        }
        // A space byte between two ASCII bytes stays a space Character once lowercased (ASCII lowercases to ASCII,
        // and no ASCII character joins a space to its Character): a sentence, whatever else it holds.
        let sentence = trimmed.utf8.withContiguousStorageIfAvailable { bytes in
            (1..<max(1, bytes.count - 1)).contains { at in
                bytes[at] == 0x20 && bytes[at - 1] < 0x80 && bytes[at + 1] < 0x80
            }
        }
        guard sentence != true else { return nil }
        trimmed = lowercased(trimmed)
        guard !trimmed.isEmpty, !trimmed.contains(" "), trimmed.contains(".") else { return nil }
        return trimmed
    }

    /// The texts with ASCII capitals lowercased, each followed by a line feed, in one array (sized first, written
    /// 16 bytes per step).
    static func asciiLowercasedLines(_ texts: some Collection<String>) -> [UInt8] {
        let total = texts.reduce(0) { $0 + $1.utf8.count + 1 }
        return [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            guard let target = out.baseAddress else { return }
            var written = 0
            for var text in texts {
                // `total` counted every byte and line feed written here: each copy fits.
                text.withUTF8 { source in
                    ByteVector.copyLowercasingASCII(source, to: target + written)
                    written += source.count
                }
                target[written] = 10
                written += 1
            }
            initialized = written
        }
    }
}
