extension Array where Element == UInt8 {
    /// Appends up to `maxCount` bytes that `body` writes straight into the array's storage, returning how many it
    /// wrote. Decoders use this instead of one `append` (with its uniqueness and capacity checks) per byte.
    mutating func appendBytes(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard maxCount > 0 else { return }
        let old = count
        // Room is made by copying zeros (a memcpy) rather than appending a repeated element (a generic loop).
        var missing = maxCount
        while missing > 0 {
            let step = Swift.min(missing, zeroBytes.count)
            zeroBytes.withUnsafeBufferPointer { append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<step])) }
            missing -= step
        }
        let written = withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return Swift.min(maxCount, Swift.max(0, body(base + old)))
        }
        removeLast(maxCount - written)
    }
}

/// Source of the zeros ``Swift/Array/appendBytes(upTo:_:)`` makes room with.
private let zeroBytes = [UInt8](repeating: 0, count: 16 << 10)
