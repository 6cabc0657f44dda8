extension ASCII {
    /// Space, tab, LF, FF and CR (what `trimmingASCIIWhitespace()` trims), as bits over the byte values 0 to 32.
    private static let whitespace: UInt64 = 1 << 32 | 1 << 9 | 1 << 10 | 1 << 12 | 1 << 13

    /// Whether `byte` is space, tab, LF, FF or CR.
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte <= 32 && whitespace & (1 << UInt64(byte)) != 0
    }

    /// `bytes` without leading and trailing whitespace, as `trimmingASCIIWhitespace()` trims a string.
    static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, isWhitespace(bytes[start]) { start += 1 }
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
