extension ByteVector {
    /// Which lanes of a mask are set, as the low 16 bits (lane k at bit k). Each 64-bit half, whose set lanes are
    /// 0xFF bytes, has its bytes' top bits gathered into its top byte by one multiplication (bit 8i + 7 moves to
    /// 56 + i; no two partial products meet, so nothing carries).
    @inline(__always)
    static func laneBits(_ mask: Mask) -> UInt32 {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = ((UInt64(littleEndian: halves[0]) & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
        let high = ((UInt64(littleEndian: halves[1]) & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
        return UInt32(truncatingIfNeeded: low | high << 8)
    }
}
