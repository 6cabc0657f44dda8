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

    /// `bytes` with ASCII capitals lowercased, as needles written in lower case expect.
    static func foldedASCII(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
