#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in a declared charset to a Swift string through the C library's iconv.
///
/// Unknown or lying charsets degrade to UTF-8 with replacement characters; nothing here throws.
public enum CharsetDecoder {
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        bytes.withUnsafeBufferPointer { decode($0, charset: charset) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: String?) -> String {
        let name = normalize(charset)
        if !needsConversion(bytes, normalizedName: name) {
            return UTF8Strings.decoding(bytes)
        }
        return convert(bytes, from: name) ?? UTF8Strings.decoding(bytes)
    }

    /// Whether ``decode(_:charset:)`` returns exactly these bytes: true when they are read as UTF-8 (declared UTF-8 or
    /// ASCII, or plain ASCII in a charset that is a superset of it) and are well-formed. The HTML renderer then reads
    /// the decoded bytes in place instead of a string built (and validated) from them.
    static func decodesToItself(_ bytes: [UInt8], charset: String?) -> Bool {
        bytes.withUnsafeBufferPointer { decodesToItself($0, charset: charset) }
    }

    static func decodesToItself(_ bytes: UnsafeBufferPointer<UInt8>, charset: String?) -> Bool {
        let name = normalize(charset)
        if name == "UTF-8" || name == "US-ASCII" { return isValidUTF8(bytes) }
        // Plain ASCII is well-formed UTF-8: one scan answers both.
        return !isStateful(name) && isASCII(bytes)
    }

    /// Whether the bytes go through iconv rather than being read as UTF-8.
    private static func needsConversion(_ bytes: UnsafeBufferPointer<UInt8>, normalizedName name: String) -> Bool {
        if name == "UTF-8" || name == "US-ASCII" { return false }
        return isStateful(name) || !isASCII(bytes)
    }

    /// 7-bit stateful charsets (ISO-2022-*, UTF-7, HZ): they look like ASCII but are not.
    private static func isStateful(_ name: String) -> Bool {
        name.hasPrefix("ISO-2022") || name == "UTF-7" || name.hasPrefix("HZ")
    }

    /// Whether every byte is below 0x80 (``firstNonASCII(_:from:count:)`` finds none).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return firstNonASCII(base, from: 0, count: bytes.count) == nil
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isASCII) ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether the bytes are well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong forms, surrogates,
    /// code points past U+10FFFF or truncated sequences), which is exactly what `String(decoding:as:)` keeps as it
    /// is; anything else it repairs with U+FFFD.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        validateUTF8(bytes).isValid
    }

    /// ``isValidUTF8(_:)``, and whether every byte is ASCII (meaningful for well-formed bytes only). ASCII runs are
    /// passed sixteen bytes per step (``firstNonASCII(_:from:count:)``); each sequence from a byte of 0x80 or above
    /// is checked byte by byte.
    static func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (isValid: Bool, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (true, true) }
        let count = bytes.count
        var index = 0
        var isASCII = true
        // `firstNonASCII` returns an index below `count`; every read after it is checked against `count` first.
        while let lead = firstNonASCII(base, from: index, count: count) {
            isASCII = false
            index = lead
            @inline(__always) func continuation(_ offset: Int) -> Bool {
                index &+ offset < count && base[index &+ offset] & 0xC0 == 0x80
            }
            // Sequences in a row (text in another script) are checked one after the other without going back to the
            // vector loop.
            repeat {
                switch base[index] {
                case 0xC2...0xDF:
                    guard continuation(1) else { return (false, false) }
                    index &+= 2
                case let first where first & 0xF0 == 0xE0:
                    guard continuation(1), continuation(2) else { return (false, false) }
                    let second = base[index &+ 1]
                    if first == 0xE0 && second < 0xA0 { return (false, false) }  // overlong
                    if first == 0xED && second > 0x9F { return (false, false) }  // surrogate
                    index &+= 3
                case 0xF0...0xF4:
                    guard continuation(1), continuation(2), continuation(3) else { return (false, false) }
                    let first = base[index], second = base[index &+ 1]
                    if first == 0xF0 && second < 0x90 { return (false, false) }  // overlong
                    if first == 0xF4 && second > 0x8F { return (false, false) }  // past U+10FFFF
                    index &+= 4
                default:
                    return (false, false)
                }
            } while index < count && base[index] >= 0x80
        }
        return (true, isASCII)
    }

    /// The first byte of 0x80 or above in `base[start..<count]`, or nil. 32 or 16 bytes per step; the last step of a
    /// buffer of at least 16 (or 8) bytes loads the last 16 (or 8) bytes again, the lanes before `start` masked off,
    /// where a byte-by-byte loop would run to the end. Every load lies inside `base[0..<count]`: vectors at `index`
    /// and `index + 16` only when `index + 32 <= count`, one when `index + 16 <= count`, at `count - 16` only when
    /// `count >= 16`, a word likewise.
    @inline(__always)
    static func firstNonASCII(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var index = start
        // Long ASCII runs (most of a body) two vectors per step, their top bits tested once.
        while index + 32 <= count,
            ByteVector.topBits(ByteVector.load(base, at: index) | ByteVector.load(base, at: index + 16)) == 0
        {
            index &+= 32
        }
        while index + 16 <= count {
            let high = ByteVector.topBitHalves(ByteVector.load(base, at: index))
            if high.low != 0 { return index + high.low.trailingZeroBitCount >> 3 }
            if high.high != 0 { return index + 8 + high.high.trailingZeroBitCount >> 3 }
            index += 16
        }
        guard index < count else { return nil }
        if count >= 16 {
            // Lanes 0 ..< skip (1 to 15 of them) were checked above.
            let skip = index - (count - 16)
            var high = ByteVector.topBitHalves(ByteVector.load(base, at: count - 16))
            if skip >= 8 {
                high.low = 0
                high.high &= ~0 << (8 * UInt64(skip - 8))
            } else {
                high.low &= ~0 << (8 * UInt64(skip))
            }
            if high.low != 0 { return count - 16 + high.low.trailingZeroBitCount >> 3 }
            if high.high != 0 { return count - 8 + high.high.trailingZeroBitCount >> 3 }
            return nil
        }
        if index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                & 0x8080_8080_8080_8080
            if word != 0 { return index + word.trailingZeroBitCount >> 3 }
            index += 8
            guard index < count else { return nil }
            // count >= 8 here; lanes 0 ..< skip (1 to 7 of them) of the last word were checked above.
            let skip = index - (count - 8)
            let last = UInt64(littleEndian: UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
                & 0x8080_8080_8080_8080 & (~0 << (8 * UInt64(skip)))
            return last != 0 ? count - 8 + last.trailingZeroBitCount >> 3 : nil
        }
        while index < count {
            if base[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }

    static func normalize(_ charset: String?) -> String {
        // No charset, and the spellings mail uses most, are answered without the trimmed, uppercased copy: each is
        // what the general steps below make of it.
        guard let charset else { return "UTF-8" }
        switch charset {
        case "utf-8", "UTF-8", "utf8", "UTF8": return "UTF-8"
        case "us-ascii", "US-ASCII", "ascii", "ASCII": return "US-ASCII"
        case "iso-8859-1", "ISO-8859-1": return "WINDOWS-1252"
        default: break
        }
        var name = charset.trimmingASCIIWhitespace().uppercased()
        if name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2 {
            name = String(name.dropFirst().dropLast())
        }
        switch name {
        case "", "UTF8", "UTF-8", "UNICODE-1-1-UTF-8": return "UTF-8"
        case "ASCII", "US-ASCII", "ANSI_X3.4-1968", "DEFAULT": return "US-ASCII"
        // Mail declares the narrow charsets but writes their supersets; decode with the superset.
        case "GB2312", "GBK", "X-GBK", "CP936": return "GB18030"
        case "KS_C_5601-1987", "EUC-KR": return "CP949"
        case "ISO-8859-1", "LATIN1": return "WINDOWS-1252"
        case "SHIFT-JIS", "SJIS", "X-SJIS", "SHIFT_JIS": return "CP932"
        default: return name
        }
    }

    /// iconv conversion; an invalid sequence becomes U+FFFD and decoding goes on. Nil when iconv lacks the charset.
    /// A single-byte charset is converted through its table of iconv's conversions (``SingleByteCharset``), which
    /// gives the same string.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> String? {
        if let table = SingleByteCharset.named(charset) { return table.decode(bytes) }
        return iconvConvert(bytes, from: charset)
    }

    /// ``convert(_:from:)`` through iconv. iconv reads `bytes` in place (its input pointer is not const in C but is
    /// only read) and writes straight into the output buffer, 16 KB per call at most.
    static func iconvConvert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> String? {
        let descriptor = iconv_open("UTF-8", charset)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        guard let start = bytes.baseAddress else { return "" }
        var output = ByteWriter(capacity: bytes.count * 2)
        let step = 16 << 10
        start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { input in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: input)
            var inLeft = bytes.count
            while inLeft > 0 {
                var result = 0
                output.write(upTo: step) { out in
                    out.withMemoryRebound(to: CChar.self, capacity: step) { target in
                        var outPointer: UnsafeMutablePointer<CChar>? = target
                        var outLeft = step
                        result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        return step - outLeft
                    }
                }
                if result == -1 {
                    let error = errno
                    if error == E2BIG { continue }
                    // EILSEQ or EINVAL (truncated sequence): skip one byte, mark it, go on.
                    output.append(0xEF)
                    output.append(0xBF)
                    output.append(0xBD)
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    _ = iconv(descriptor, nil, nil, nil, nil)
                }
            }
        }
        return output.string()
    }
}
