/// A few short byte strings looked for together in one pass: for each position, only the needles starting with
/// that byte are compared. For quick "could this text hold X at all" checks before a slower scan.
///
/// The needles sit one after the other in one array, grouped by first byte, so the pass reads a 257-entry table
/// per text byte and compares in place (no array per candidate, no reference counting in the loop).
struct ByteNeedles: Sendable {
    /// The distinct needles, as given (deduplicated), grouped by first byte.
    private let needles: [[UInt8]]
    /// The needles' bytes, concatenated in `needles` order, and where each starts (one more entry: the end).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// For first byte `b`, the needles `groups[b]..<groups[b + 1]`.
    private let groups: [Int]

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
    }

    /// Whether one of the needles occurs in `bytes`.
    func occur(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { search($0, folding: false) { _ in false } }
    }

    func occur(in text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { search($0, folding: false) { _ in false } }
    }

    /// `occur(in: Array(text.utf8.prefix(maxBytes)))` without the copy.
    func occur(inUTF8Of text: String, maxBytes: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { all in
            search(UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))]), folding: false) { _ in false }
        }
    }

    /// `occur(in: asciiLowercased(text.utf8.prefix(maxBytes)))` without the lowered copy: whether one of the
    /// needles (lowercased as `asciiLowercased` lowercases them) occurs in the first `maxBytes` bytes of `text`, ASCII capitals lowered.
    func occurFoldingASCII(in text: String, maxBytes: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { all in
            search(UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))]), folding: true) { _ in false }
        }
    }

    /// The needles that occur in `bytes`, each once, in the order they are first found.
    func found(in text: [UInt8]) -> [[UInt8]] {
        var seen = [Bool](repeating: false, count: needles.count)
        var found: [[UInt8]] = []
        text.withUnsafeBufferPointer { buffer in
            _ = search(buffer, folding: false) { needle in
                if !seen[needle] {
                    seen[needle] = true
                    found.append(needles[needle])
                }
                return true  // look on
            }
        }
        return found
    }

    /// Calls `body` with the index of each needle occurring at each position, in text order, while it returns
    /// true; whether an occurrence was found and `body` stopped the search there.
    private func search(
        _ text: UnsafeBufferPointer<UInt8>, folding: Bool, _ body: (_ needle: Int) -> Bool
    ) -> Bool {
        guard !needles.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { pool in
            starts.withUnsafeBufferPointer { starts in
                groups.withUnsafeBufferPointer { groups in
                    for index in 0..<text.count {
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
                                if offset == length, !body(needle) { return true }
                            }
                            needle += 1
                        }
                    }
                    return false
                }
            }
        }
    }

}
