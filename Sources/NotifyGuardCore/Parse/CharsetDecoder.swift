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
        if name == "UTF-8" || name == "US-ASCII" { return UTF8Bytes.isValidUTF8(bytes) }
        // Plain ASCII is well-formed UTF-8: one scan answers both.
        return !isStateful(name) && UTF8Bytes.isASCII(bytes)
    }

    /// Whether the bytes go through iconv rather than being read as UTF-8.
    private static func needsConversion(_ bytes: UnsafeBufferPointer<UInt8>, normalizedName name: String) -> Bool {
        if name == "UTF-8" || name == "US-ASCII" { return false }
        return isStateful(name) || !UTF8Bytes.isASCII(bytes)
    }

    /// 7-bit stateful charsets (ISO-2022-*, UTF-7, HZ): they look like ASCII but are not.
    private static func isStateful(_ name: String) -> Bool {
        name.hasPrefix("ISO-2022") || name == "UTF-7" || name.hasPrefix("HZ")
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
