#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A single-byte charset (Windows code pages, ISO 8859, KOI8) decoded through a table of what the C library's iconv
/// makes of each byte, where ``CharsetDecoder/convert(_:from:)`` would call iconv on the whole text: glibc converts
/// such text in two steps (to UCS-4, then to UTF-8) at about ten instructions per byte, the table copies ASCII
/// sixteen bytes per step and looks up the rest.
///
/// Only charsets whose converter maps each byte on its own are listed (no state, no composition: CP1255, CP1258 and
/// TCVN, which combine marks with the letter before, are not). For them the conversion of a text is the conversion
/// of each byte in turn, an undefined byte giving U+FFFD as ``CharsetDecoder/convert(_:from:)`` writes it; the table
/// is built from iconv itself, byte by byte, and used only if iconv converts all 256 bytes in a row to the same.
struct SingleByteCharset: Sendable {
    /// The UTF-8 of each byte value: its bytes packed first byte lowest in the low 24 bits, their count (1 to 3) in
    /// the top eight.
    private let entries: [UInt32]

    /// The table for a charset named as ``CharsetDecoder/normalize(_:)`` names it, if it is one of those listed and
    /// iconv knows it; built on first use, once per process.
    static func named(_ name: String) -> SingleByteCharset? {
        switch name {
        case "WINDOWS-1252": return Tables.windows1252
        case "WINDOWS-1250": return Tables.windows1250
        case "WINDOWS-1251": return Tables.windows1251
        case "WINDOWS-1253": return Tables.windows1253
        case "WINDOWS-1254": return Tables.windows1254
        case "WINDOWS-1256": return Tables.windows1256
        case "WINDOWS-1257": return Tables.windows1257
        case "ISO-8859-2": return Tables.iso8859_2
        case "ISO-8859-3": return Tables.iso8859_3
        case "ISO-8859-4": return Tables.iso8859_4
        case "ISO-8859-5": return Tables.iso8859_5
        case "ISO-8859-6": return Tables.iso8859_6
        case "ISO-8859-7": return Tables.iso8859_7
        case "ISO-8859-8": return Tables.iso8859_8
        case "ISO-8859-9": return Tables.iso8859_9
        case "ISO-8859-10": return Tables.iso8859_10
        case "ISO-8859-13": return Tables.iso8859_13
        case "ISO-8859-14": return Tables.iso8859_14
        case "ISO-8859-15": return Tables.iso8859_15
        case "ISO-8859-16": return Tables.iso8859_16
        case "KOI8-R": return Tables.koi8r
        case "KOI8-U": return Tables.koi8u
        default: return nil
        }
    }

    /// One lazily built table per charset (a static stored property is initialized once, on first use, safely
    /// across threads).
    private enum Tables {
        static let windows1252 = SingleByteCharset(iconvName: "WINDOWS-1252")
        static let windows1250 = SingleByteCharset(iconvName: "WINDOWS-1250")
        static let windows1251 = SingleByteCharset(iconvName: "WINDOWS-1251")
        static let windows1253 = SingleByteCharset(iconvName: "WINDOWS-1253")
        static let windows1254 = SingleByteCharset(iconvName: "WINDOWS-1254")
        static let windows1256 = SingleByteCharset(iconvName: "WINDOWS-1256")
        static let windows1257 = SingleByteCharset(iconvName: "WINDOWS-1257")
        static let iso8859_2 = SingleByteCharset(iconvName: "ISO-8859-2")
        static let iso8859_3 = SingleByteCharset(iconvName: "ISO-8859-3")
        static let iso8859_4 = SingleByteCharset(iconvName: "ISO-8859-4")
        static let iso8859_5 = SingleByteCharset(iconvName: "ISO-8859-5")
        static let iso8859_6 = SingleByteCharset(iconvName: "ISO-8859-6")
        static let iso8859_7 = SingleByteCharset(iconvName: "ISO-8859-7")
        static let iso8859_8 = SingleByteCharset(iconvName: "ISO-8859-8")
        static let iso8859_9 = SingleByteCharset(iconvName: "ISO-8859-9")
        static let iso8859_10 = SingleByteCharset(iconvName: "ISO-8859-10")
        static let iso8859_13 = SingleByteCharset(iconvName: "ISO-8859-13")
        static let iso8859_14 = SingleByteCharset(iconvName: "ISO-8859-14")
        static let iso8859_15 = SingleByteCharset(iconvName: "ISO-8859-15")
        static let iso8859_16 = SingleByteCharset(iconvName: "ISO-8859-16")
        static let koi8r = SingleByteCharset(iconvName: "KOI8-R")
        static let koi8u = SingleByteCharset(iconvName: "KOI8-U")
    }

    /// Asks iconv for each byte's conversion; nil when iconv lacks the charset, a byte converts to more than three
    /// bytes or fails other than as an invalid sequence, an ASCII byte is not itself, or the 256 bytes converted in
    /// one text (``CharsetDecoder/iconvConvert(_:from:)``) are not the bytes' conversions in a row.
    init?(iconvName name: String) {
        let descriptor = iconv_open("UTF-8", name)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var entries = [UInt32](repeating: 0, count: 256)
        for value in 0..<256 {
            var input = CChar(bitPattern: UInt8(value))
            var output = (UInt64(0), UInt64(0))
            var result = 0
            var inLeft = 1
            var outLeft = 16
            let error: Int32 = withUnsafeMutablePointer(to: &input) { inputPointer in
                withUnsafeMutableBytes(of: &output) { outputBytes in
                    var inPointer: UnsafeMutablePointer<CChar>? = inputPointer
                    var outPointer = outputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    _ = iconv(descriptor, nil, nil, nil, nil)
                    result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return result == -1 ? errno : 0
                }
            }
            let written = 16 - outLeft
            var bytes = withUnsafeBytes(of: &output) { Array($0.prefix(written)) }
            if result == -1 {
                // An undefined byte: convert writes U+FFFD for it and goes on with the next one.
                guard error == EILSEQ, written == 0 else { return nil }
                bytes = [0xEF, 0xBF, 0xBD]
            } else if inLeft != 0 {
                return nil
            }
            guard (1...3).contains(bytes.count), value >= 0x80 || bytes == [UInt8(value)] else { return nil }
            var entry = UInt32(bytes.count) << 24
            for (offset, byte) in bytes.enumerated() { entry |= UInt32(byte) << (8 * UInt32(offset)) }
            entries[value] = entry
        }
        self.entries = entries
        let all = (0..<256).map { UInt8($0) }
        var expected: [UInt8] = []
        for value in all { expected += Self.bytes(of: entries[Int(value)]) }
        let converted = all.withUnsafeBufferPointer { CharsetDecoder.iconvConvert($0, from: name) }
        guard let converted, Array(converted.utf8) == expected else { return nil }
    }

    private static func bytes(of entry: UInt32) -> [UInt8] {
        (0..<Int(entry >> 24)).map { UInt8(truncatingIfNeeded: entry >> (8 * UInt32($0))) }
    }

    /// The text of `bytes` in this charset: what ``CharsetDecoder/convert(_:from:)`` returns through iconv.
    ///
    /// Every byte gives one to three bytes, so `written <= 3 * index` throughout, and the room of `3 * count + 16`
    /// holds a 16-byte store at `out + written` (made only with `index + 16 <= count`) and a 4-byte one for an entry.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return "" }
        let count = bytes.count
        var output = ByteWriter()
        entries.withUnsafeBufferPointer { entries in
            output.write(upTo: 3 * count + 16) { out in
                var written = 0
                var index = 0
                while index < count {
                    if index + 16 <= count {
                        let lanes = ByteVector.load(source, at: index)
                        UnsafeMutableRawPointer(out + written).storeBytes(of: lanes, as: ByteVector.Lanes.self)
                        let high = ByteVector.topBitHalves(lanes)
                        guard high.low != 0 || high.high != 0 else {
                            written += 16
                            index += 16
                            continue
                        }
                        let offset =
                            high.low != 0 ? high.low.trailingZeroBitCount >> 3 : 8 + high.high.trailingZeroBitCount >> 3
                        written += offset
                        index += offset
                    }
                    let byte = source[index]
                    index += 1
                    if byte < 0x80 {
                        out[written] = byte
                        written += 1
                        continue
                    }
                    let entry = entries[Int(byte)]
                    UnsafeMutableRawPointer(out + written).storeBytes(
                        of: UInt32(littleEndian: entry & 0xFF_FFFF), as: UInt32.self)
                    written += Int(entry >> 24)
                }
                return written
            }
        }
        return output.string()
    }
}
