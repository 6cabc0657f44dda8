/// Checks on UTF-8 bytes: whether they are ASCII only, whether they are well-formed; vector loops behind names.
enum UTF8Bytes {
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
}
