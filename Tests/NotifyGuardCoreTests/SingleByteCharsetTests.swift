@testable import NotifyGuardCore
import Testing

/// Single-byte charsets decoded through their tables (``SingleByteCharset``) against iconv itself, the conversion
/// they stand in for.
@Suite struct SingleByteCharsetTests {
    static let names = [
        "WINDOWS-1252", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1253", "WINDOWS-1254", "WINDOWS-1256",
        "WINDOWS-1257", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
        "ISO-8859-8", "ISO-8859-9", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
        "KOI8-R", "KOI8-U",
    ]

    private func agree(_ bytes: [UInt8], _ name: String, _ table: SingleByteCharset) {
        let expected = bytes.withUnsafeBufferPointer { CharsetDecoder.iconvConvert($0, from: name) }
        let decoded = bytes.withUnsafeBufferPointer { table.decode($0) }
        #expect(decoded == expected, "\(name): \(bytes)")
        #expect(decoded.utf8.elementsEqual(expected?.utf8 ?? "".utf8), "\(name): \(bytes)")
    }

    @Test(arguments: names)
    func tableDecodesAsIconv(name: String) throws {
        // glibc has every one of these: a missing table would quietly fall back to iconv and test nothing.
        let table = try #require(SingleByteCharset.named(name))
        agree([], name, table)
        for value in 0..<256 { agree([UInt8(value)], name, table) }
        agree((0..<256).map { UInt8($0) }, name, table)
        agree((0..<256).reversed().map { UInt8($0) }, name, table)
        var generator = TestRandom(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(name.utf8.count))
        // ASCII text with a byte of 0x80 or above at every position of lengths across the 16-byte steps, and texts
        // of many such bytes.
        for length in 1..<50 {
            for position in 0..<length {
                var bytes = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                bytes[position] = 0x80 | UInt8(truncatingIfNeeded: generator.next())
                agree(bytes, name, table)
            }
        }
        for round in 0..<300 {
            let bytes: [UInt8] = (0..<(round % 90)).map { _ in
                let value = generator.next()
                return value % 4 == 0 ? UInt8(truncatingIfNeeded: value >> 8) : UInt8(truncatingIfNeeded: value >> 16) & 0x7F
            }
            agree(bytes, name, table)
        }
    }

    @Test func unlistedCharsetsGoThroughIconv() {
        // Charsets that combine marks with the letter before, stateful ones and multi-byte ones have no table.
        for name in ["WINDOWS-1255", "WINDOWS-1258", "TCVN", "ISO-2022-JP", "UTF-7", "GB18030", "CP949", "CP932"] {
            #expect(SingleByteCharset.named(name) == nil)
        }
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9]
        #expect(CharsetDecoder.decode(bytes, charset: "iso-8859-1") == "café")
        #expect(CharsetDecoder.decode(bytes, charset: "koi8-r") == "cafИ")
    }
}
