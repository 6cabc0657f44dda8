#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches through the C library (`memchr`, `memcmp`): vectorised, where a Swift loop over `[UInt8]` pays a
/// bounds check per byte. The parser's hot loops find line breaks, escapes and tag starts with these.
enum ByteScan {
    /// Offset of the first `byte` in `buffer[from..<to]`.
    @inline(__always)
    static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = buffer.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else {
            return nil
        }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// Whether the first `count` bytes of `a` and `b` are equal (both must hold at least `count` bytes).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let left = a.baseAddress, let right = b.baseAddress, a.count >= count, b.count >= count else { return false }
        return memcmp(left, right, count) == 0
    }

    /// Where `needle` first occurs in `haystack` at or after `from`: memchr finds candidates for the first byte,
    /// the second byte is compared before memcmp.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return from }
        guard from >= 0, needle.count <= haystack.count - from else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                let last = hay.count - pin.count  // last possible start
                var offset = from
                while let start = index(of: first, in: hay, from: offset, to: last + 1) {
                    if pin.count == 1
                        || (hay[start + 1] == pin[1] && equal(UnsafeBufferPointer(rebasing: hay[start...]), pin, count: pin.count))
                    {
                        return start
                    }
                    offset = start + 1
                }
                return nil
            }
        }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    /// Whether the string holds a CR or LF byte.
    static func containsLineBreak(_ text: inout String) -> Bool {
        text.withUTF8(containsLineBreak)
    }

    /// Whether the bytes hold a CR or LF.
    static func containsLineBreak(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        index(of: 10, in: buffer, from: 0, to: buffer.count) != nil
            || index(of: 13, in: buffer, from: 0, to: buffer.count) != nil
    }

    /// `text` without its CR and LF bytes (a folded header value unfolded).
    static func removingLineBreaks(_ text: inout String) -> String {
        text.withUTF8 { buffer in
            var out = ByteWriter(capacity: buffer.count)
            appendRemovingLineBreaks(buffer, to: &out)
            return out.string()
        }
    }

    /// Appends `buffer` without its CR and LF bytes, copied in runs between them.
    static func appendRemovingLineBreaks(_ buffer: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter) {
        var start = 0
        for index in 0..<buffer.count where buffer[index] == 10 || buffer[index] == 13 {
            out.append(UnsafeBufferPointer(rebasing: buffer[start..<index]))
            start = index + 1
        }
        out.append(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
}

/// Eight bytes at a time in a `UInt64`: masks that mark bytes of one kind, for scans that skip runs without them.
extension ByteScan {
    /// A mask with the top bit set in each byte of `word` that is zero (the lowest set bit is always a true zero
    /// byte; bits above it may not be). With `word` read little-endian, `trailingZeroBitCount / 8` of a non-zero
    /// result is the offset of the first zero byte.
    @inline(__always)
    static func zeroByteMask(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// A mask with the top bit set in each byte of `word` below 0x21 (space, tab, line breaks, other controls), as
    /// ``zeroByteMask(_:)`` marks zero bytes: the lowest set bit is always such a byte (bits above it may not be),
    /// so with `word` read little-endian, `trailingZeroBitCount / 8` of a non-zero result is the offset of the first.
    @inline(__always)
    static func belowSpaceMask(_ word: UInt64) -> UInt64 {
        (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080
    }

    /// Where the run of ASCII bytes starting at `start` ends in `base[0..<count]`: the first byte of 0x80 or above, or
    /// `count`. Eight bytes per step, for the short texts where ``UTF8Bytes/firstNonASCII(_:from:count:)``'s
    /// setup costs more than its vectors save.
    @inline(__always)
    static func asciiRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        // Reads stay inside the buffer: index + 8 <= count before each load.
        while index + 8 <= count,
            UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
            index += 8
        }
        while index < count, base[index] < 0x80 { index += 1 }
        return index
    }
}
