@testable import NotifyGuardCore
import Testing

/// The parser's byte-level fast paths against the standard library's behaviour they stand in for: an HTML part is
/// rendered from its bytes only when `String(decoding:as:)` would have kept them as they are.
@Suite struct ByteDecodingTests {
    /// A small deterministic generator (xorshift), so a failure reproduces.
    private struct Bytes {
        var state: UInt64

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }

        /// Bytes biased to where UTF-8 is decided: ASCII, continuation bytes and every kind of lead byte.
        mutating func sample(count: Int) -> [UInt8] {
            let interesting: [UInt8] = [
                0x41, 0x3C, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
            ]
            return (0..<count).map { _ in
                let value = next()
                return value % 3 == 0 ? UInt8(truncatingIfNeeded: value >> 8) : interesting[Int((value >> 16) % 26)]
            }
        }
    }

    private func standardLibraryKeeps(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = Bytes(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<20_000 {
            // Valid text around the sample, so the eight-byte ASCII steps and their edges are crossed too.
            let prefix = [UInt8](repeating: 0x61, count: round % 11)
            let bytes = prefix + generator.sample(count: 1 + round % 9) + Array("é€😀 text".utf8).prefix(round % 13)
            let valid = bytes.withUnsafeBufferPointer(CharsetDecoder.isValidUTF8)
            #expect(valid == standardLibraryKeeps(bytes), "\(bytes)")
        }
    }

    @Test func everyShortSequenceIsJudgedAsTheStandardLibraryDoes() {
        let bytes: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
        for a in bytes {
            for b in bytes {
                for c in bytes {
                    for d in bytes {
                        let sequence = [a, b, c, d]
                        #expect(sequence.withUnsafeBufferPointer(CharsetDecoder.isValidUTF8) == standardLibraryKeeps(sequence))
                    }
                }
            }
        }
    }

    @Test func asciiCheck() {
        for length in 0..<40 {
            var bytes = [UInt8](repeating: 0x7F, count: length)
            #expect(bytes.withUnsafeBufferPointer(CharsetDecoder.isASCII))
            for position in 0..<length {
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer(CharsetDecoder.isASCII))
                bytes[position] = 0x7F
            }
        }
    }

    @Test(arguments: [
        ("UTF-8", Array("café".utf8), true), ("utf8", [0xC3], false), (nil, Array("plain".utf8), true),
        ("iso-8859-1", Array("plain".utf8), true), ("iso-8859-1", [0x63, 0xE9], false),
        ("ISO-2022-JP", Array("plain".utf8), false), ("us-ascii", [0xE2, 0x82, 0xAC], true),
    ] as [(String?, [UInt8], Bool)])
    func decodesToItself(charset: String?, bytes: [UInt8], expected: Bool) {
        #expect(CharsetDecoder.decodesToItself(bytes, charset: charset) == expected)
        if expected { #expect(Array(CharsetDecoder.decode(bytes, charset: charset).utf8) == bytes) }
    }
}
