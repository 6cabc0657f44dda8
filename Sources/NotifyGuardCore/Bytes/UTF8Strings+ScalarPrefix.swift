extension UTF8Strings {
    /// The first `maxBytes` bytes of `text`, cut back to a scalar boundary (a character is never cut in two): its
    /// bytes ASCII-lowercased when they are all ASCII (`asciiLowercased`, and `text` empty), else as a string.
    static func scalarPrefix(_ text: String, maxBytes: Int) -> (asciiLowercased: [UInt8]?, text: String) {
        var contiguous = text
        return contiguous.withUTF8 { all -> ([UInt8]?, String) in
            var end = min(all.count, max(maxBytes, 0))
            if end < all.count {
                while end > 0, all[end] & 0xC0 == 0x80 { end -= 1 }
            }
            let prefix = UnsafeBufferPointer(rebasing: all[..<end])
            if UTF8Bytes.isASCII(prefix) {
                let lowered = [UInt8](unsafeUninitializedCapacity: prefix.count) { out, count in
                    for index in 0..<prefix.count { out[index] = ASCII.lower(prefix[index]) }
                    count = prefix.count
                }
                return (lowered, "")
            }
            return (nil, end == all.count ? text : String(decoding: prefix, as: UTF8.self))
        }
    }
}
