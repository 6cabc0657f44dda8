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
        let name = normalize(charset)
        // 7-bit stateful charsets (ISO-2022-*, UTF-7, HZ) look like ASCII but are not.
        let statefulSevenBit = name.hasPrefix("ISO-2022") || name == "UTF-7" || name.hasPrefix("HZ")
        if name == "UTF-8" || name == "US-ASCII" || (!statefulSevenBit && bytes.allSatisfy({ $0 < 0x80 })) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return convert(bytes, from: name) ?? String(decoding: bytes, as: UTF8.self)
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
    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        let descriptor = iconv_open("UTF-8", charset)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 2)
        var chunk = [CChar](repeating: 0, count: 16 << 10)
        var input = bytes.map { CChar(bitPattern: $0) }
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = inputBuffer.baseAddress
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let produced: Int
                let result: Int
                (result, produced) = chunk.withUnsafeMutableBufferPointer { out in
                    var outPointer = out.baseAddress
                    var outLeft = out.count
                    let r = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (r, out.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced].lazy.map { UInt8(bitPattern: $0) })
                if result == -1 {
                    let error = errno
                    if error == E2BIG { continue }
                    // EILSEQ or EINVAL (truncated sequence): skip one byte, mark it, go on.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    _ = iconv(descriptor, nil, nil, nil, nil)
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
