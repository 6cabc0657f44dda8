extension ByteScan {
    /// The last non-empty piece of `bytes` split at `separator` (empty when there is none), in place: what
    /// `split(separator:).last` gives (the domain of `a@b`, the last label of `a.b.`).
    static func lastPiece(of bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8) -> UnsafeBufferPointer<UInt8> {
        var end = bytes.count
        while end > 0, bytes[end - 1] == separator { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != separator { start -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
