#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed set of byte patterns searched for together: one pass over the text finds every occurrence of every
/// pattern, where searching pattern by pattern costs a pass each.
///
/// Bit tables (65,536 bits each) say where some pattern can start: a hash of the next four bytes, for patterns
/// that long, and the next two bytes, for shorter ones (and in a text's last three bytes, where no four fit). Only
/// there are the patterns of that first byte compared. Ordinary text is full of the pairs patterns start with
/// ("yo", "pa") but rarely holds their first four bytes at a given place, so few positions get that far. Work is
/// linear in the text times the patterns sharing a first byte. Patterns must be at least two bytes long; shorter
/// ones are left out (and never match).
struct PatternSet: Sendable {
    private let patterns: [[UInt8]]
    /// Per first byte, the indices of the patterns starting with it, ascending.
    private let byFirstByte: [[Int]]
    /// Bit `a << 8 | b` set when a pattern starts with the bytes `a b`.
    private let pairs: [UInt64]
    /// `pairs` of the patterns shorter than four bytes only.
    private let shortPairs: [UInt64]
    private let hasShortPatterns: Bool
    /// Bit `quadHash` of the first four bytes of each pattern of four bytes or more.
    private let quads: [UInt64]

    init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var shortPairs = [UInt64](repeating: 0, count: 1024)
        var quads = [UInt64](repeating: 0, count: 1024)
        var hasShortPatterns = false
        for (index, pattern) in patterns.enumerated() where pattern.count >= 2 {
            byFirstByte[Int(pattern[0])].append(index)
            let pair = Int(pattern[0]) << 8 | Int(pattern[1])
            Self.set(&pairs, pair)
            if pattern.count >= 4 {
                let quad = UInt32(pattern[0]) | UInt32(pattern[1]) << 8 | UInt32(pattern[2]) << 16 | UInt32(pattern[3]) << 24
                Self.set(&quads, Self.quadHash(quad))
            } else {
                Self.set(&shortPairs, pair)
                hasShortPatterns = true
            }
        }
        self.byFirstByte = byFirstByte
        self.pairs = pairs
        self.shortPairs = shortPairs
        self.hasShortPatterns = hasShortPatterns
        self.quads = quads
    }

    var isEmpty: Bool { patterns.isEmpty }

    private static func set(_ bits: inout [UInt64], _ bit: Int) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// 16 bits of a multiplicative hash of four bytes read as a little-endian integer.
    @inline(__always)
    static func quadHash(_ quad: UInt32) -> Int { Int((quad &* 2_654_435_761) >> 16) }

    /// Calls `body(pattern, offset)` for every occurrence of every pattern in `text`, in order of offset (patterns
    /// at one offset in the order they were given). `body` returns false to stop the search.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        guard text.count >= 2, let base = text.baseAddress else { return }
        pairs.withUnsafeBufferPointer { pairs in
            shortPairs.withUnsafeBufferPointer { shortPairs in
                quads.withUnsafeBufferPointer { quads in
                    @inline(__always) func isSet(_ bits: UnsafeBufferPointer<UInt64>, _ bit: Int) -> Bool {
                        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                    }
                    /// Reports the patterns found at `index`; false when `body` asked to stop.
                    func report(at index: Int) -> Bool {
                        for candidate in byFirstByte[Int(base[index])] {
                            let pattern = patterns[candidate]
                            guard pattern.count <= text.count - index, pattern[1] == base[index + 1],
                                memcmp(base + index, pattern, pattern.count) == 0
                            else { continue }
                            if !body(candidate, index) { return false }
                        }
                        return true
                    }
                    var index = 0
                    let quadEnd = text.count - 3
                    while index < quadEnd {
                        // The tight loop: most positions fail the filter.
                        while index < quadEnd {
                            let quad = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                            if isSet(quads, Self.quadHash(quad)) { break }
                            if hasShortPatterns, isSet(shortPairs, Int(base[index]) << 8 | Int(base[index + 1])) { break }
                            index += 1
                        }
                        guard index < quadEnd else { break }
                        guard report(at: index) else { return }
                        index += 1
                    }
                    while index + 1 < text.count {
                        if isSet(pairs, Int(base[index]) << 8 | Int(base[index + 1])) {
                            guard report(at: index) else { return }
                        }
                        index += 1
                    }
                }
            }
        }
    }

    /// `forEachMatch(in:_:)` over an array's bytes.
    func forEachMatch(in text: [UInt8], _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        text.withUnsafeBufferPointer { forEachMatch(in: $0, body) }
    }
}
