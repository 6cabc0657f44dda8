/// A few short byte strings looked for together in one pass: for each position, only the needles starting with
/// that byte are compared. For quick "could this text hold X at all" checks before a slower scan.
struct ByteNeedles: Sendable {
    private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ needles: some Sequence<[UInt8]>) {
        for needle in needles {
            guard let first = needle.first else { continue }
            if !byFirstByte[Int(first)].contains(needle) { byFirstByte[Int(first)].append(needle) }
        }
    }

    /// Whether one of the needles occurs in `bytes`.
    func occur(in bytes: [UInt8]) -> Bool { occur(in: bytes[...]) }

    func occur(in bytes: ArraySlice<UInt8>) -> Bool {
        let end = bytes.endIndex
        for index in bytes.indices {
            let candidates = byFirstByte[Int(bytes[index])]
            if candidates.isEmpty { continue }
            for needle in candidates where index + needle.count <= end {
                if bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            }
        }
        return false
    }

    /// `occur(in: foldedASCII(text.utf8.prefix(maxBytes)))` without the folded copy: whether one of the needles
    /// (folded, as `foldedASCII` folds them) occurs in the first `maxBytes` bytes of `text`, ASCII capitals lowered.
    func occurFoldingASCII(in text: String, maxBytes: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))])
            for index in 0..<bytes.count {
                let candidates = byFirstByte[Int(ASCII.lower(bytes[index]))]
                if candidates.isEmpty { continue }
                for needle in candidates where index + needle.count <= bytes.count {
                    var offset = 1
                    while offset < needle.count, ASCII.lower(bytes[index + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }

    /// The needles that occur in `bytes`, each once, in the order they are first found.
    func found(in bytes: [UInt8]) -> [[UInt8]] {
        var found: [[UInt8]] = []
        let end = bytes.endIndex
        for index in bytes.indices {
            let candidates = byFirstByte[Int(bytes[index])]
            if candidates.isEmpty { continue }
            for needle in candidates where index + needle.count <= end && !found.contains(needle) {
                if bytes[index..<(index + needle.count)].elementsEqual(needle) { found.append(needle) }
            }
        }
        return found
    }

    /// `bytes` with ASCII capitals lowercased, as needles written in lower case expect.
    static func foldedASCII(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var folded = Array(bytes)
        for index in folded.indices where folded[index] &- 0x41 < 26 { folded[index] |= 0x20 }
        return folded
    }
}
