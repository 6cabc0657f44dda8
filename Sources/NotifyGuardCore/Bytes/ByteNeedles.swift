/// A few short byte strings looked for together in one pass. For quick "could this text hold X at all" checks
/// before a slower scan.
///
/// The needles sit one after the other in one array, grouped by first byte, and are compared in place (no array per
/// candidate, no reference counting in the loop). The pass moves as Horspool's search does for many needles: after
/// the needles starting at a position are compared, it moves on by how far the last byte of the shortest needle's
/// window allows (for English text and needles of three or four bytes, two or three bytes a step).
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
    /// For a byte `b` that ends the window of `shortest` bytes at a position, how far the next position that may
    /// start a needle lies: the least distance from an occurrence of `b` in the first `shortest - 1` bytes of a
    /// needle to the window's end, else `shortest` (capped at 255).
    private let shifts: [UInt8]

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
        var shifts = [UInt8](repeating: UInt8(window), count: 256)
        for needle in needles {
            for (offset, byte) in needle.prefix(window - 1).enumerated() {
                shifts[Int(byte)] = min(shifts[Int(byte)], UInt8(window - 1 - offset))
            }
        }
        self.shifts = shifts
    }

    /// Whether one of the needles occurs in `bytes`.
    func occur(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { search($0, folding: false) { _, _ in false } }
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

    /// Calls `body` with each needle found in `text` (ASCII capitals lowered, as in ``occurFoldingASCII(in:maxBytes:)``)
    /// and the offset it starts at, in text order, while `body` returns true; whether `body` stopped the search.
    func forEachOccurrenceFoldingASCII(
        in text: UnsafeBufferPointer<UInt8>, _ body: (_ needle: [UInt8], _ offset: Int) -> Bool
    ) -> Bool {
        search(text, folding: true) { needle, offset in body(needles[needle], offset) }
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
    /// A position is skipped only where no needle can start: were one to start `k` bytes after the position (`k`
    /// less than the shift), the window's last byte would be its byte `shortest - 1 - k`, whose shift is `k` at most.
    private func search(
        _ text: UnsafeBufferPointer<UInt8>, folding: Bool, _ body: (_ needle: Int, _ offset: Int) -> Bool
    ) -> Bool {
        guard !needles.isEmpty, text.count >= shortest else { return false }
        return bytes.withUnsafeBufferPointer { pool in
            starts.withUnsafeBufferPointer { starts in
                groups.withUnsafeBufferPointer { groups in
                    shifts.withUnsafeBufferPointer { shifts in
                        let windowEnd = min(shortest, 255) - 1
                        var index = 0
                        while index + shortest <= text.count {
                            let first = Int(folding ? ASCII.lower(text[index]) : text[index])
                            var needle = groups[first]
                            let last = groups[first + 1]
                            while needle < last {
                                let start = starts[needle]
                                let length = starts[needle + 1] - start
                                if index + length <= text.count {
                                    var offset = 1
                                    while offset < length {
                                        let byte = folding ? ASCII.lower(text[index + offset]) : text[index + offset]
                                        if byte != pool[start + offset] { break }
                                        offset += 1
                                    }
                                    if offset == length, !body(needle, index) { return true }
                                }
                                needle += 1
                            }
                            let end = text[index + windowEnd]
                            index += Int(shifts[Int(folding ? ASCII.lower(end) : end)])
                        }
                        return false
                    }
                }
            }
        }
    }
}
