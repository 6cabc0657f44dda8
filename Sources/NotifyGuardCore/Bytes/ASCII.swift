/// Byte-level ASCII helpers that never allocate.
enum ASCII {
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isDigit(byte) || isAlpha(byte) }
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }

    /// The first eight bytes (fewer for a shorter buffer, the rest zero) packed into a word, first byte lowest.
    /// Read in one or two loads (two overlapping four-byte ones for four to seven bytes), all inside `bytes`.
    @inline(__always)
    static func packedPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        if count >= 8 { return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) }
        if count >= 4 {
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return first | last << (8 * UInt64(count - 4))
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(base[offset]) << (8 * UInt64(offset)) }
        return word
    }

    /// `word` with each of its eight bytes lowercased as ``lower(_:)`` lowercases one: a byte from 0x41 to 0x5A gets
    /// bit 5 set. Adding to each byte's low seven bits carries into its top bit only, never into the next byte.
    @inline(__always)
    static func lowercased(packed word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    /// Whether every byte of a short buffer (a header name) is below 0x80: eight bytes per load, the last load
    /// overlapping; cheaper than ``UTF8Bytes/isASCII(_:)`` for a few words.
    @inline(__always)
    static func isASCII(short bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var any: UInt64 = 0
        if count >= 8 {
            var index = 0
            while index + 8 <= count {
                any |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            any |= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            any = UInt64(raw.loadUnaligned(as: UInt32.self) | raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            for index in 0..<count { any |= UInt64(base[index]) }
        }
        return any & 0x8080_8080_8080_8080 == 0
    }
}

/// Lowercases ASCII letters only, byte by byte: cheap, and enough for matching domains, schemes and the lexicon
/// (whose entries are stored lowercased; non-ASCII capitals are rare in the phrases that matter).
func asciiLowercased<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
    // Contiguous input (arrays, their slices, a string's UTF-8) is written straight into the new array's storage.
    if let lowered = bytes.withContiguousStorageIfAvailable({ source in
        [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
            for index in 0..<source.count { out[index] = ASCII.lower(source[index]) }
            count = source.count
        }
    }) {
        return lowered
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for byte in bytes { out.append(ASCII.lower(byte)) }
    return out
}
