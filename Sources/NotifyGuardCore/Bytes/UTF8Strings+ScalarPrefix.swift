extension UTF8Strings {
    /// The first `maxBytes` bytes of well-formed UTF-8, cut back to a scalar boundary (a character is never cut in
    /// two).
    static func scalarPrefix(of bytes: UnsafeBufferPointer<UInt8>, maxBytes: Int) -> UnsafeBufferPointer<UInt8> {
        var end = min(bytes.count, max(maxBytes, 0))
        if end < bytes.count {
            while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return UnsafeBufferPointer(rebasing: bytes[..<end])
    }

    /// ``scalarPrefix(of:maxBytes:)`` of `text`: its bytes ASCII-lowercased when they are all ASCII
    /// (`asciiLowercased`, and `text` empty), else as a string.
    static func scalarPrefix(_ text: String, maxBytes: Int) -> (asciiLowercased: [UInt8]?, text: String) {
        var contiguous = text
        return contiguous.withUTF8 { all -> ([UInt8]?, String) in
            let prefix = scalarPrefix(of: all, maxBytes: maxBytes)
            if UTF8Bytes.isASCII(prefix) {
                let lowered = [UInt8](unsafeUninitializedCapacity: prefix.count) { out, count in
                    for index in 0..<prefix.count { out[index] = ASCII.lower(prefix[index]) }
                    count = prefix.count
                }
                return (lowered, "")
            }
            return (nil, prefix.count == all.count ? text : String(decoding: prefix, as: UTF8.self))
        }
    }
}
