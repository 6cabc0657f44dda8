/// Sixteen bytes at a time through Swift's SIMD types, which the compiler lowers to vector instructions (SSE2 on
/// x86-64, NEON on arm64): a comparison of 16 bytes costs about as much as one of a single byte. The scans that
/// look for rare bytes in text (marks, phone starts, letter and digit runs) classify a vector, and only where a lane
/// matches go byte by byte.
enum ByteVector {
    typealias Lanes = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    static let width = 16

    /// The 16 bytes at `base + offset`; the caller has checked that `offset + 16` is within its buffer.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> Lanes {
        UnsafeRawPointer(base + offset).loadUnaligned(as: Lanes.self)
    }

    /// The first lane of `mask` that is set, or nil when none is. (A set lane is all ones: the mask is read as two
    /// 64-bit halves in memory order, where the standard library's `any(_:)` calls a reduction that isn't inlined.)
    @inline(__always)
    static func firstSet(_ mask: Mask) -> Int? {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: halves[0])
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        let high = UInt64(littleEndian: halves[1])
        if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
        return nil
    }

    /// Whether every lane of each half of `mask` (lanes 0 to 7, 8 to 15) is set.
    @inline(__always)
    static func halvesSet(_ mask: Mask) -> (low: Bool, high: Bool) {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (halves[0] == UInt64.max, halves[1] == UInt64.max)
    }

    @inline(__always)
    static func equal(_ lanes: Lanes, _ byte: UInt8) -> Mask {
        lanes .== Lanes(repeating: byte)
    }

    /// Lanes holding an ASCII digit.
    @inline(__always)
    static func isDigit(_ lanes: Lanes) -> Mask {
        (lanes &- Lanes(repeating: UInt8(ascii: "0"))) .< Lanes(repeating: 10)
    }

    /// Lanes holding an ASCII letter or digit.
    @inline(__always)
    static func isAlphanumeric(_ lanes: Lanes) -> Mask {
        // Setting bit 5 lowercases a letter and moves no other byte into a...z.
        let folded = lanes | Lanes(repeating: 0x20)
        return isDigit(lanes) .| ((folded &- Lanes(repeating: UInt8(ascii: "a"))) .< Lanes(repeating: 26))
    }
}

extension ByteVector {
    /// The 16 bytes as two 64-bit words, each read little-endian: lane `k` of a word is its byte `k` (bits `8 * k` up).
    @inline(__always)
    static func words(_ lanes: Lanes) -> (low: UInt64, high: UInt64) {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
    }

    /// The top bit of each lane (set for bytes of 0x80 and above) as two 64-bit halves in memory order, read
    /// little-endian: lane `k` of a half is its bit `8 * k + 7`, so `trailingZeroBitCount >> 3` of a non-zero half is
    /// its first such lane.
    @inline(__always)
    static func topBitHalves(_ lanes: Lanes) -> (low: UInt64, high: UInt64) {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: halves[0]) & 0x8080_8080_8080_8080,
            UInt64(littleEndian: halves[1]) & 0x8080_8080_8080_8080)
    }

    /// The top bits of all lanes ORed together: zero when every byte is below 0x80.
    @inline(__always)
    static func topBits(_ lanes: Lanes) -> UInt64 {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return (halves[0] | halves[1]) & 0x8080_8080_8080_8080
    }

    /// The first `byte` in `base[start..<end]`, 16 bytes per step. `readable` (at least `end`) bytes from `base` may
    /// be read: a step loads `base[index..<index + 16]` only when `index + width <= readable`, and a match at or past
    /// `end` is none; without room for a load the rest goes byte by byte.
    @inline(__always)
    static func firstIndex(
        of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int, readable: Int
    ) -> Int? {
        var index = start
        while index < end {
            guard index + width <= readable else {
                while index < end {
                    if base[index] == byte { return index }
                    index += 1
                }
                return nil
            }
            if let lane = firstSet(equal(load(base, at: index), byte)) {
                return index + lane < end ? index + lane : nil
            }
            index += width
        }
        return nil
    }

    /// Copies the bytes of `source` from `index` up to the first one below 0x21 (space, tab, line breaks, other
    /// controls) to `target` from `written`, 16 and then 8 per step, moving both offsets past what it copied; it stops
    /// early where fewer than 8 bytes remain before `count`, for the caller to go on byte by byte. `target` needs room
    /// from `written` for the `count - index` bytes left: a step stores whole words, the bytes after the run included.
    @inline(__always)
    static func copyAboveSpace(
        _ source: UnsafePointer<UInt8>, at index: inout Int, count: Int, to target: UnsafeMutablePointer<UInt8>,
        at written: inout Int
    ) {
        // Each load inside `source` (index + 16 or 8 <= count) and each store inside the room.
        while index + width <= count {
            let lanes = load(source, at: index)
            UnsafeMutableRawPointer(target + written).storeBytes(of: lanes, as: Lanes.self)
            if let offset = firstSet(lanes .< Lanes(repeating: 0x21)) {
                written += offset
                index += offset
                return
            }
            written += width
            index += width
        }
        while index + 8 <= count {
            let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
            let below = ByteScan.belowSpaceMask(UInt64(littleEndian: word))
            if below != 0 {
                let offset = below.trailingZeroBitCount / 8
                written += offset
                index += offset
                return
            }
            written += 8
            index += 8
        }
    }

    /// Copies `source` to `target` (room for `source.count` bytes) with ASCII capitals lowercased, 16 bytes per step.
    static func copyLowercasingASCII(_ source: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        let count = source.count
        var index = 0
        // Each load and store inside the buffers: index + 16 <= count.
        while index + width <= count {
            let lanes = load(base, at: index)
            let capitals = (lanes &- Lanes(repeating: UInt8(ascii: "A"))) .< Lanes(repeating: 26)
            let lowered = lanes | Lanes(repeating: 0).replacing(with: 0x20, where: capitals)
            UnsafeMutableRawPointer(target + index).storeBytes(of: lowered, as: Lanes.self)
            index += width
        }
        while index < count {
            target[index] = ASCII.lower(base[index])
            index += 1
        }
    }
}
