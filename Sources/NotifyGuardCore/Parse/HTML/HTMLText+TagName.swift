extension HTMLText {
    /// A tag name (ASCII letters and digits, lowercased), packed into two words when it is at most 16 bytes long,
    /// as every name the renderer acts on is: comparing names is then comparing integers. A longer name keeps its
    /// first 16 bytes packed and points at the rest in the document; names live only while their document is
    /// rendered, so the pointer stays valid, and the type stays a plain value (no reference counting on the stack of
    /// open elements).
    struct TagName: Equatable {
        private(set) var low: UInt64 = 0
        private(set) var high: UInt64 = 0
        private var long: UnsafePointer<UInt8>? = nil
        private var longCount = 0

        var isEmpty: Bool { low == 0 }
        /// Whether the name is longer than 16 bytes.
        var isLong: Bool { long != nil }

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            for offset in 0..<min(bytes.count, 16) {
                let lowered = UInt64(ASCII.lower(bytes[offset]))
                if offset < 8 {
                    low |= lowered << (8 * UInt64(offset))
                } else {
                    high |= lowered << (8 * UInt64(offset - 8))
                }
            }
            if bytes.count > 16 {
                long = bytes.baseAddress
                longCount = bytes.count
            }
        }

        /// A name shorter than 16 bytes from a vector of its bytes already lowercased (lanes from `count` on are
        /// ignored), as ``init(_:)`` packs it.
        @inline(__always) init(packed lanes: ByteVector.Lanes, count: Int) {
            let (low, high) = ByteVector.words(lanes)
            if count < 8 {
                self.low = low & ((1 << (8 * UInt64(count))) - 1)
            } else {
                self.low = low
                self.high = high & ((1 << (8 * UInt64(count - 8))) - 1)
            }
        }

        static func == (a: TagName, b: TagName) -> Bool {
            guard a.low == b.low, a.high == b.high, a.longCount == b.longCount else { return false }
            guard let left = a.long, let right = b.long else { return a.long == nil && b.long == nil }
            for offset in 16..<a.longCount where ASCII.lower(left[offset]) != ASCII.lower(right[offset]) {
                return false
            }
            return true
        }
    }
}
