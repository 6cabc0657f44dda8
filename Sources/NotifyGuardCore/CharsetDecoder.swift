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
            return String(decoding: bytes, as: UTF8.self)
        }
        return convert(bytes, from: name) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Whether ``decode(_:charset:)`` returns exactly these bytes: true when they are read as UTF-8 (declared UTF-8 or
    /// ASCII, or plain ASCII in a charset that is a superset of it) and are well-formed. The HTML renderer then reads
    /// the decoded bytes in place instead of a string built (and validated) from them.
    static func decodesToItself(_ bytes: [UInt8], charset: String?) -> Bool {
        bytes.withUnsafeBufferPointer { decodesToItself($0, charset: charset) }
    }

    static func decodesToItself(_ bytes: UnsafeBufferPointer<UInt8>, charset: String?) -> Bool {
        !needsConversion(bytes, normalizedName: normalize(charset)) && isValidUTF8(bytes)
    }

    /// Whether the bytes go through iconv rather than being read as UTF-8.
    private static func needsConversion(_ bytes: UnsafeBufferPointer<UInt8>, normalizedName name: String) -> Bool {
        if name == "UTF-8" || name == "US-ASCII" { return false }
        // 7-bit stateful charsets (ISO-2022-*, UTF-7, HZ) look like ASCII but are not.
        if name.hasPrefix("ISO-2022") || name == "UTF-7" || name.hasPrefix("HZ") { return true }
        return !isASCII(bytes)
    }

    /// Whether every byte is below 0x80; eight bytes per step.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var any: UInt64 = 0
        // Loads stay inside `bytes`: index + 8 <= count before each.
        while index + 8 <= count {
            any |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < count {
            any |= UInt64(base[index])
            index += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the bytes are well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong forms, surrogates,
    /// code points past U+10FFFF or truncated sequences), which is exactly what `String(decoding:as:)` keeps as it
    /// is; anything else it repairs with U+FFFD. ASCII runs are checked eight bytes per step.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        // Every read is at an index checked against `count` first.
        while index < count {
            while index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            @inline(__always) func continuation(_ offset: Int) -> Bool {
                index + offset < count && base[index + offset] & 0xC0 == 0x80
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = base[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }  // overlong
                if lead == 0xED && second > 0x9F { return false }  // surrogate
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = base[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }  // overlong
                if lead == 0xF4 && second > 0x8F { return false }  // past U+10FFFF
                index += 4
            default:
                return false
            }
        }
        return true
    }

    static func normalize(_ charset: String?) -> String {
        var name = (charset ?? "").trimmingASCIIWhitespace().uppercased()
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
    /// iconv reads `bytes` in place (its input pointer is not const in C but is only read) and writes straight into
    /// the output buffer, 16 KB per call at most.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> String? {
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
