/// Streaming base64 decoder that skips anything outside the alphabet (garbage, whitespace, stray `=`).
struct Base64Decoder {
    private var quad: UInt32 = 0
    private var count = 0

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8).enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        // URL-safe alphabet too: senders use it and decoding it costs nothing.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    mutating func decode(_ input: ArraySlice<UInt8>, into output: inout [UInt8]) {
        input.withUnsafeBufferPointer { decode($0, into: &output) }
    }

    /// Decodes straight into `output`'s storage: every 4 alphabet bytes give 3 output bytes.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let room = maxOutput(input)
        guard room > 0 else { return carry(input) }
        output.appendBytes(upTo: room) { decode(input, to: $0) }
    }

    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into output: inout ByteWriter) {
        let room = maxOutput(input)
        guard room > 0 else { return carry(input) }
        output.write(upTo: room) { decode(input, to: $0) }
    }

    /// Takes in a piece too short to complete a group (a line of two characters, an unpadded encoded word):
    /// nothing is written, but its characters join the carried group. (The output helpers don't call their
    /// writer for zero bytes of room, which once dropped such pieces: lines `QU` and `JD` decoded to nothing.)
    private mutating func carry(_ input: UnsafeBufferPointer<UInt8>) {
        // With fewer than four characters in all, `decode(_:to:)` never completes a group, so never writes.
        var unused: UInt8 = 0
        _ = withUnsafeMutablePointer(to: &unused) { decode(input, to: $0) }
    }

    /// Room the decoded bytes of `input` need, with the group carried over.
    private func maxOutput(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        (count + input.count) / 4 * 3
    }

    /// Decodes into `out`, which has room for ``maxOutput(_:)`` bytes; returns how many it wrote. Sixteen, or four,
    /// alphabet bytes in a row at a group boundary (nearly all of a well-formed line) are decoded in one step;
    /// anything else goes byte by byte, which gives the same bytes.
    ///
    /// Room: at a group boundary (`count == 0`) the bytes written are three for every four alphabet bytes taken,
    /// carried ones included, so with `index + 16 <= end` at least 12 bytes of room are left (and 3 with
    /// `index + 4 <= end`): what a step writes.
    private mutating func decode(_ input: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        Self.table.withUnsafeBufferPointer { table in
            var quad = self.quad
            var count = self.count
            var written = 0
            var index = 0
            let end = input.count
            guard let base = input.baseAddress else { return 0 }
            while index < end {
                if count == 0 {
                    // The groups before the first byte outside the alphabet are taken; the bytes stored for the
                    // others lie past `written` and are written again (or are past the count returned).
                    while index + 16 <= end {
                        let (sextets, valid) = Self.sextets(ByteVector.load(base, at: index))
                        Self.store(sextets, to: out + written)
                        let groups = valid >> 2
                        written += 3 * groups
                        index += 4 * groups
                        guard valid == 16 else { break }
                    }
                    guard index < end else { break }
                }
                if count == 0, index + 4 <= end {
                    let a = table[Int(input[index])], b = table[Int(input[index + 1])]
                    let c = table[Int(input[index + 2])], d = table[Int(input[index + 3])]
                    // Alphabet values are below 64; the 0xFF of a skipped byte has the top bits set.
                    if (a | b | c | d) & 0xC0 == 0 {
                        let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                        out[written] = UInt8(truncatingIfNeeded: group >> 16)
                        out[written + 1] = UInt8(truncatingIfNeeded: group >> 8)
                        out[written + 2] = UInt8(truncatingIfNeeded: group)
                        written += 3
                        index += 4
                        continue
                    }
                }
                let value = table[Int(input[index])]
                index += 1
                if value == 0xFF {
                    // A line break is two bytes outside the alphabet: both are passed before a vector is tried again.
                    while index < end, table[Int(input[index])] == 0xFF { index += 1 }
                    continue
                }
                quad = (quad << 6) | UInt32(value)
                count += 1
                if count == 4 {
                    out[written] = UInt8(truncatingIfNeeded: quad >> 16)
                    out[written + 1] = UInt8(truncatingIfNeeded: quad >> 8)
                    out[written + 2] = UInt8(truncatingIfNeeded: quad)
                    written += 3
                    quad = 0
                    count = 0
                }
            }
            self.quad = quad
            self.count = count
            return written
        }
    }

    /// The alphabet values of 16 bytes (letters, digits, `+` and `-` for 62, `/` and `_` for 63, classified by lane)
    /// and how many lanes from the first are in the alphabet (16 when all are); lanes from the first byte outside
    /// it (the table's 0xFF) on hold no value.
    @inline(__always)
    private static func sextets(_ bytes: ByteVector.Lanes) -> (values: ByteVector.Lanes, valid: Int) {
        typealias Lanes = ByteVector.Lanes
        @inline(__always) func lanes(_ mask: ByteVector.Mask) -> Lanes { unsafeBitCast(mask, to: Lanes.self) }
        let upper = lanes((bytes &- Lanes(repeating: 65)) .< Lanes(repeating: 26))
        let lower = lanes((bytes &- Lanes(repeating: 97)) .< Lanes(repeating: 26))
        let digit = lanes((bytes &- Lanes(repeating: 48)) .< Lanes(repeating: 10))
        let plus = lanes(ByteVector.equal(bytes, UInt8(ascii: "+")) .| ByteVector.equal(bytes, UInt8(ascii: "-")))
        let slash = lanes(ByteVector.equal(bytes, UInt8(ascii: "/")) .| ByteVector.equal(bytes, UInt8(ascii: "_")))
        let inAlphabet = unsafeBitCast(upper | lower | digit | plus | slash, to: SIMD2<UInt64>.self)
        let lowOut = ~UInt64(littleEndian: inAlphabet[0])
        let highOut = ~UInt64(littleEndian: inAlphabet[1])
        let valid = lowOut != 0 ? lowOut.trailingZeroBitCount >> 3 : highOut != 0 ? 8 + highOut.trailingZeroBitCount >> 3 : 16
        let values = (upper & (bytes &- Lanes(repeating: 65))) | (lower & (bytes &- Lanes(repeating: 71)))
            | (digit & (bytes &+ Lanes(repeating: 4))) | (plus & Lanes(repeating: 62)) | (slash & Lanes(repeating: 63))
        return (values, valid)
    }

    /// Writes the 12 bytes of 16 alphabet values (four groups) at `out`, which has room for them: the values are
    /// merged in pairs (12 bits in each 16-bit lane), then in fours (24 bits in each 32-bit lane), all lanes at
    /// once, and each group's three bytes are put in memory order.
    @inline(__always)
    private static func store(_ sextets: ByteVector.Lanes, to out: UnsafeMutablePointer<UInt8>) {
        #if _endian(little)
        // Lanes of the wider views are the narrower lanes in memory order, first lowest (little-endian).
        let words = unsafeBitCast(sextets, to: SIMD8<UInt16>.self)
        let pairs = (words & SIMD8(repeating: 0x3F)) &<< SIMD8(repeating: 6) | words &>> SIMD8(repeating: 8)
        let quads = unsafeBitCast(pairs, to: SIMD4<UInt32>.self)
        let groups = (quads & SIMD4(repeating: 0xFFF)) &<< SIMD4(repeating: 12) | quads &>> SIMD4(repeating: 16)
        let first = groups[0].byteSwapped >> 8, second = groups[1].byteSwapped >> 8
        let third = groups[2].byteSwapped >> 8, fourth = groups[3].byteSwapped >> 8
        let low = UInt64(first) | UInt64(second) << 24 | UInt64(third) << 48
        UnsafeMutableRawPointer(out).storeBytes(of: low, as: UInt64.self)
        UnsafeMutableRawPointer(out + 8).storeBytes(of: third >> 16 | fourth << 8, as: UInt32.self)
        #else
        for group in 0..<4 {
            var value: UInt32 = 0
            for lane in 0..<4 { value = value << 6 | UInt32(sextets[group * 4 + lane]) }
            out[group * 3] = UInt8(truncatingIfNeeded: value >> 16)
            out[group * 3 + 1] = UInt8(truncatingIfNeeded: value >> 8)
            out[group * 3 + 2] = UInt8(truncatingIfNeeded: value)
        }
        #endif
    }

    /// Emits the bytes of a final partial group (unpadded input).
    mutating func finish(into output: inout [UInt8]) {
        output.append(contentsOf: takeFinalGroup())
    }

    mutating func finish(into output: inout ByteWriter) {
        for byte in takeFinalGroup() { output.append(byte) }
    }

    /// The bytes of the partial group carried at the end (one for two characters, two for three); resets.
    private mutating func takeFinalGroup() -> [UInt8] {
        defer {
            quad = 0
            count = 0
        }
        switch count {
        case 2: return [UInt8(truncatingIfNeeded: quad >> 4)]
        case 3: return [UInt8(truncatingIfNeeded: quad >> 10), UInt8(truncatingIfNeeded: quad >> 2)]
        default: return []
        }
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var decoder = Base64Decoder()
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        decoder.decode(bytes, into: &out)
        decoder.finish(into: &out)
        return out
    }
}
