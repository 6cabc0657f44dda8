extension UTF8Strings {
    /// The bytes with ASCII capitals lowercased and every other byte kept, as a string: one copy, straight into the
    /// string's storage.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for index in 0..<bytes.count { out[index] = ASCII.lower(bytes[index]) }
            return bytes.count
        }
    }

    /// UTF-8 bytes as a lowercased string: ASCII text as ``asciiLowercased(_:)`` makes it, other text through
    /// `String.lowercased()`.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        UTF8Bytes.isASCII(bytes) ? asciiLowercased(bytes) : String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
