import Testing

@testable import NotifyGuardCore

/// The 16-byte classifiers the text scans stop on: each lane must say exactly what the byte-by-byte test says, for
/// every byte value in every lane, next to every kind of other byte.
@Suite struct ByteVectorTests {
    static let fillers: [UInt8] = [0x00, 0x20, 0x28, 0x2B, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61,
        0x7A, 0x7B, 0x7F, 0x80, 0xC3, 0xFF]

    /// Calls `body` with 16 bytes: `byte` in one lane, `filler` in the others, for every byte, lane and filler.
    static func forEveryPlacement(_ body: (_ bytes: [UInt8], _ lanes: ByteVector.Lanes) -> Void) {
        for value in 0...255 {
            for lane in 0..<16 {
                for filler in fillers {
                    var bytes = [UInt8](repeating: filler, count: 16)
                    bytes[lane] = UInt8(value)
                    let lanes = bytes.withUnsafeBufferPointer { ByteVector.load($0.baseAddress!, at: 0) }
                    body(bytes, lanes)
                }
            }
        }
    }

    static func lanesSet(_ mask: ByteVector.Mask) -> [Bool] { (0..<16).map { mask[$0] } }

    @Test func classifiersMatchByteTests() {
        Self.forEveryPlacement { bytes, lanes in
            #expect(Self.lanesSet(ByteVector.isDigit(lanes)) == bytes.map(ASCII.isDigit), "\(bytes)")
            #expect(Self.lanesSet(ByteVector.isAlphanumeric(lanes)) == bytes.map(ASCII.isAlnum), "\(bytes)")
            #expect(Self.lanesSet(ByteVector.equal(lanes, UInt8(ascii: "."))) == bytes.map { $0 == UInt8(ascii: ".") }, "\(bytes)")
        }
    }

    @Test func firstSetAndHalvesReadTheLanesInOrder() {
        for pattern in 0..<(1 << 16) where pattern % 7 == 0 || pattern.nonzeroBitCount <= 2 || pattern >= 0xFF00 || pattern & 0xFF == 0xFF {
            var mask = ByteVector.Mask(repeating: false)
            for lane in 0..<16 where pattern & (1 << lane) != 0 { mask[lane] = true }
            let first = (0..<16).first { pattern & (1 << $0) != 0 }
            #expect(ByteVector.firstSet(mask) == first, "\(pattern)")
            let halves = ByteVector.halvesSet(mask)
            #expect(halves.low == (pattern & 0xFF == 0xFF) && halves.high == (pattern >> 8 == 0xFF), "\(pattern)")
        }
    }

    @Test func copyLowercasingMatchesByteTest() {
        Self.forEveryPlacement { bytes, _ in
            // One vector, the byte loop alone, and vectors followed by a tail.
            for source in [bytes, Array(bytes.prefix(15)), bytes + bytes + Array(bytes.prefix(3))] {
                var copy = [UInt8](repeating: 0xAA, count: source.count)
                source.withUnsafeBufferPointer { from in
                    copy.withUnsafeMutableBufferPointer { to in
                        if let target = to.baseAddress { ByteVector.copyLowercasingASCII(from, to: target) }
                    }
                }
                #expect(copy == source.map(ASCII.lower), "\(source)")
            }
        }
    }

    @Test func copyAboveSpaceCopiesTheRunBeforeTheFirstByteBelow0x21() {
        Self.forEveryPlacement { bytes, _ in
            // One vector; a word and a tail; two vectors, a word and a tail.
            for (source, start) in [(bytes, 0), (bytes, 5), (bytes + bytes + Array(bytes.prefix(3)), 3)] {
                do {
                    var copy = [UInt8](repeating: 0xAA, count: source.count - start)
                    var index = start
                    var copied = 0
                    source.withUnsafeBufferPointer { from in
                        copy.withUnsafeMutableBufferPointer { to in
                            ByteVector.copyAboveSpace(from.baseAddress!, at: &index, count: source.count, to: to.baseAddress!, at: &copied)
                        }
                    }
                    #expect(index == start + copied)
                    // The whole run, or as much of it as whole steps reach: then fewer than 8 bytes are left.
                    let run = source[start...].prefix { $0 >= 0x21 }.count
                    #expect(copied == run || (copied < run && source.count - start - copied < 8), "\(source) \(start)")
                    #expect(copy.prefix(copied) == source[start...].prefix(copied), "\(source) \(start)")
                }
            }
        }
    }

    @Test func firstIndexFindsTheFirstByteBeforeTheEnd() {
        Self.forEveryPlacement { bytes, _ in
            // Vectors only, and vectors with bytes after the last one (past `end` too).
            for source in [bytes, bytes + bytes + Array(bytes.prefix(3))] {
                for end in [source.count, source.count - 1] {
                    for byte in [bytes.max() ?? 0, UInt8(ascii: "\"")] {
                        let found = source.withUnsafeBufferPointer { buffer in
                            ByteVector.firstIndex(of: byte, in: buffer.baseAddress!, from: 1, to: end, readable: source.count)
                        }
                        #expect(found == source[1..<end].firstIndex(of: byte), "\(source) \(end) \(byte)")
                    }
                }
            }
        }
    }

    @Test func wordsReadTheLanesLittleEndian() {
        Self.forEveryPlacement { bytes, lanes in
            let (low, high) = ByteVector.words(lanes)
            let word = { (range: Range<Int>) in range.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[$1]) } }
            #expect(low == word(0..<8) && high == word(8..<16), "\(bytes)")
        }
    }
}
