#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed set of byte patterns searched for together: one pass over the text finds every occurrence of every
/// pattern, where searching pattern by pattern costs a pass each.
///
/// A bit per pair of bytes (65,536 bits) says where some pattern can start; only there are the patterns of that
/// first byte compared. Work is linear in the text times the patterns sharing a starting pair, which for word-like
/// patterns is a handful. Patterns must be at least two bytes long; shorter ones are left out (and never match).
struct PatternSet: Sendable {
    private let patterns: [[UInt8]]
    /// Per first byte, the indices of the patterns starting with it.
    private let byFirstByte: [[Int]]
    /// Bit `a << 8 | b` set when a pattern starts with the bytes `a b`.
    private let pairs: [UInt64]

    init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        for (index, pattern) in patterns.enumerated() where pattern.count >= 2 {
            byFirstByte[Int(pattern[0])].append(index)
            let pair = Int(pattern[0]) << 8 | Int(pattern[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.byFirstByte = byFirstByte
        self.pairs = pairs
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Calls `body(pattern, offset)` for every occurrence of every pattern in `text`, in order of offset (patterns
    /// at one offset in the order they were given). `body` returns false to stop the search.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        guard text.count >= 2, let base = text.baseAddress else { return }
        pairs.withUnsafeBufferPointer { pairs in
            var index = 0
            let last = text.count - 1
            while index < last {
                let pair = Int(base[index]) << 8 | Int(base[index + 1])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                    for candidate in byFirstByte[Int(base[index])] {
                        let pattern = patterns[candidate]
                        guard pattern.count <= text.count - index, pattern[1] == base[index + 1],
                            memcmp(base + index, pattern, pattern.count) == 0
                        else { continue }
                        if !body(candidate, index) { return }
                    }
                }
                index += 1
            }
        }
    }

    /// `forEachMatch(in:_:)` over an array's bytes.
    func forEachMatch(in text: [UInt8], _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        text.withUnsafeBufferPointer { forEachMatch(in: $0, body) }
    }
}
