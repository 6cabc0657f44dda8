extension ByteScan {
    /// The first index of `a` or `b` in `base[start..<limit]`, or nil: 16 bytes per step, the last few one by one.
    /// Every load lies before `limit`.
    @inline(__always)
    static func index(of a: UInt8, or b: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to limit: Int) -> Int? {
        var index = start
        while index + 16 <= limit {
            let lanes = ByteVector.load(base, at: index)
            if let lane = ByteVector.firstSet(ByteVector.equal(lanes, a) .| ByteVector.equal(lanes, b)) {
                return index + lane
            }
            index += 16
        }
        while index < limit {
            if base[index] == a || base[index] == b { return index }
            index += 1
        }
        return nil
    }
}
