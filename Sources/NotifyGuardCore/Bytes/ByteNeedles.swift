/// A few short byte strings looked for together in one pass. For quick "could this text hold X at all" checks
/// before a slower scan.
///
/// The needles sit one after the other in one array, grouped by first byte, and are compared in place (no array per
/// candidate, no reference counting in the loop). The pass moves as Wu and Manber's search does: the last two bytes
/// of a window as long as the shortest needle tell how far on the next position that may start a needle lies, and
/// only where that is the position itself are the needles starting there compared (for needles of four bytes or
/// more, mostly three bytes a step and no comparison).
struct ByteNeedles: Sendable {
    /// The distinct needles, as given (deduplicated), grouped by first byte.
    private let needles: [[UInt8]]
    /// The needles' bytes, concatenated in `needles` order, and where each starts (one more entry: the end).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// For first byte `b`, the needles `groups[b]..<groups[b + 1]`.
    private let groups: [Int]
    /// The shortest needle's length: no needle starts at a position with fewer bytes after it.
    private let shortest: Int
    /// The window the shifts are taken over: `shortest` bytes, at most 255.
    private let window: Int
    /// For the last two bytes of the window at a position, in the slot ``pairSlot(_:_:)`` gives them: how far on the
    /// next position that may start a needle lies, 0 for the position itself. The least distance from such a pair
    /// among the window's bytes of a needle to the window's end, else `window - 1` (a needle may start at the
    /// window's last byte). Pairs that share a slot share the least distance. Unused for a window of one byte.
    private let pairShifts: [UInt8]

    /// The slot of a pair of bytes in `pairShifts`: the low six bits of each (letters and digits of one case apart).
    @inline(__always)
    private static func pairSlot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x3F) << 6 | Int(second & 0x3F)
    }

    init(_ given: some Sequence<[UInt8]>) {
        var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
        for needle in given {
            guard let first = needle.first else { continue }
            if !byFirstByte[Int(first)].contains(needle) { byFirstByte[Int(first)].append(needle) }
        }
        needles = byFirstByte.flatMap { $0 }
        bytes = needles.flatMap { $0 }
        starts = needles.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        groups = byFirstByte.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        shortest = needles.map(\.count).min() ?? 1
        let window = min(shortest, 255)
        var pairShifts = [UInt8](repeating: UInt8(max(window - 1, 0)), count: 4096)
        for needle in needles where window >= 2 {
            for offset in 0...(window - 2) {
                let slot = Self.pairSlot(needle[offset], needle[offset + 1])
                pairShifts[slot] = min(pairShifts[slot], UInt8(window - 2 - offset))
            }
        }
        self.window = window
        self.pairShifts = pairShifts
    }

    /// Whether one of the needles occurs in `bytes`.
    func occur(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { search($0, folding: false) { _, _ in false } }
    }

    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        search(text, folding: false) { _, _ in false }
    }

    func occur(in text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { search($0, folding: false) { _, _ in false } }
    }

    /// `occur(in: Array(text.utf8.prefix(maxBytes)))` without the copy.
    func occur(inUTF8Of text: String, maxBytes: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { all in
            search(UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))]), folding: false) { _, _ in false }
        }
    }

    /// `occur(in: asciiLowercased(text.utf8.prefix(maxBytes)))` without the lowered copy: whether one of the
    /// needles (lowercased as `asciiLowercased` lowercases them) occurs in the first `maxBytes` bytes of `text`, ASCII capitals lowered.
    func occurFoldingASCII(in text: String, maxBytes: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { all in
            search(UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))]), folding: true) { _, _ in false }
        }
    }

    /// The distinct needles, in the order ``forEachOccurrenceFoldingASCII(in:_:)`` numbers them.
    var distinctNeedles: [[UInt8]] { needles }

    /// Calls `body` with each needle found in `text` (ASCII capitals lowered, as in ``occurFoldingASCII(in:maxBytes:)``)
    /// and the offset it starts at, in text order, while `body` returns true; whether `body` stopped the search.
    /// A needle is given as its index in ``distinctNeedles``.
    func forEachOccurrenceFoldingASCII(
        in text: UnsafeBufferPointer<UInt8>, _ body: (_ needle: Int, _ offset: Int) -> Bool
    ) -> Bool {
        search(text, folding: true, body)
    }

    /// The needles that occur in `bytes`, each once, in the order they are first found.
    func found(in text: [UInt8]) -> [[UInt8]] {
        var seen = [Bool](repeating: false, count: needles.count)
        var found: [[UInt8]] = []
        text.withUnsafeBufferPointer { buffer in
            _ = search(buffer, folding: false) { needle, _ in
                if !seen[needle] {
                    seen[needle] = true
                    found.append(needles[needle])
                }
                return true  // look on
            }
        }
        return found
    }

    /// Calls `body` with the index of each needle occurring at each position and that position, in text order,
    /// while it returns true; whether an occurrence was found and `body` stopped the search there.
    ///
    /// A position is skipped only where no needle can start: were one to start `k` bytes after it (`k` less than the
    /// shift, so at most `window - 2`), the window's last two bytes would be its bytes `window - 2 - k` and
    /// `window - 1 - k`, whose pair's shift is `k` at most.
    private func search(
        _ text: UnsafeBufferPointer<UInt8>, folding: Bool, _ body: (_ needle: Int, _ offset: Int) -> Bool
    ) -> Bool {
        guard !needles.isEmpty, text.count >= shortest else { return false }
        return bytes.withUnsafeBufferPointer { pool in
            starts.withUnsafeBufferPointer { starts in
                groups.withUnsafeBufferPointer { groups in
                    pairShifts.withUnsafeBufferPointer { pairShifts in
                        func at(_ index: Int) -> UInt8 { folding ? ASCII.lower(text[index]) : text[index] }
                        let windowEnd = window - 1
                        var index = 0
                        while index + shortest <= text.count {
                            if windowEnd >= 1 {
                                let shift = pairShifts[Self.pairSlot(at(index + windowEnd - 1), at(index + windowEnd))]
                                if shift > 0 {
                                    index += Int(shift)
                                    continue
                                }
                            }
                            let first = Int(at(index))
                            var needle = groups[first]
                            let groupEnd = groups[first + 1]
                            while needle < groupEnd {
                                let start = starts[needle]
                                let length = starts[needle + 1] - start
                                if index + length <= text.count {
                                    var offset = 1
                                    while offset < length, at(index + offset) == pool[start + offset] { offset += 1 }
                                    if offset == length, !body(needle, index) { return true }
                                }
                                needle += 1
                            }
                            index += 1
                        }
                        return false
                    }
                }
            }
        }
    }
}
