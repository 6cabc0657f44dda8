@testable import NotifyGuardCore
import Testing

/// The vector UTF-8 check and the strings made without the standard library's second check, against the standard
/// library's own judgement: every length up to past two vector steps, a bad or non-ASCII byte at every position.
@Suite struct UTF8StringsTests {
    private func standardLibraryKeeps(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    private func check(_ bytes: [UInt8]) {
        let valid = standardLibraryKeeps(bytes)
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        bytes.withUnsafeBufferPointer { buffer in
            let result = UTF8Bytes.validateUTF8(buffer)
            #expect(result.isValid == valid, "\(bytes)")
            if valid { #expect(result.isASCII == ascii, "\(bytes)") }
            #expect(UTF8Bytes.isASCII(buffer) == ascii, "\(bytes)")
            let first = bytes.firstIndex { $0 >= 0x80 }
            if let base = buffer.baseAddress {
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex { $0 >= 0x80 }
                    #expect(UTF8Bytes.firstNonASCII(base, from: start, count: bytes.count) == expected)
                    #expect(ByteScan.asciiRunEnd(base, from: start, count: bytes.count) == expected ?? bytes.count)
                }
            } else {
                #expect(first == nil)
            }
            let string = UTF8Strings.decoding(buffer)
            #expect(string == String(decoding: bytes, as: UTF8.self))
            #expect(Array(string.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
            if valid {
                #expect(Array(string.utf8) == bytes)
                // The ASCII flag is what String(decoding:as:) sets: ASCII strings compare and count as it does.
                #expect(string.count == String(decoding: bytes, as: UTF8.self).count)
                #expect(string.utf16.count == String(decoding: bytes, as: UTF8.self).utf16.count)
            }
        }
    }

    @Test func generatedBytesAreJudgedAsTheStandardLibraryJudgesThem() {
        var generator = TestRandom(state: 0x2545_F491_4F6C_DD1D)
        for round in 0..<6_000 {
            var bytes: [UInt8] = []
            let target = round % 90
            while bytes.count < target { bytes += generator.utf8Piece() }
            check(bytes)
        }
    }

    @Test func oneByteAtEveryPositionOfEveryLength() {
        // ASCII with one non-ASCII or bad byte (or a whole sequence) at each position: the vector steps, the last
        // overlapping vector or word and the byte loop must each find it.
        let singles: [[UInt8]] = [[0x80], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xFF], [0xE2, 0x80]]
        for length in 0..<72 {
            check([UInt8](repeating: 0x41, count: length))
            for single in singles where single.count <= length {
                for position in 0...(length - single.count) {
                    var bytes = [UInt8](repeating: 0x41, count: length)
                    bytes.replaceSubrange(position..<(position + single.count), with: single)
                    check(bytes)
                }
            }
        }
    }

    @Test func emptyAndNilBuffers() {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(UTF8Bytes.validateUTF8(empty) == (true, true))
        #expect(UTF8Bytes.isASCII(empty))
        #expect(UTF8Strings.decoding(empty) == "")
    }
}

private extension TestRandom {
    /// One piece: an ASCII byte, a well-formed sequence of each length, or a byte or pair that breaks UTF-8.
    mutating func utf8Piece() -> [UInt8] {
        let pieces: [[UInt8]] = [
            [0x61], [0x20], [0x7F], [0x00], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80],
            [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0x80], [0xBF], [0xC0, 0x80],
            [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
        ]
        let value = next()
        // Mostly ASCII, so runs long enough for the vector steps come up.
        return value % 4 != 0 ? [0x61 + UInt8(value >> 8 & 15)] : pieces[Int(value >> 16 % UInt64(pieces.count))]
    }
}
