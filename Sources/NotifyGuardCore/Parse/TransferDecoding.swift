/// Content-Transfer-Encoding of a MIME part.
enum TransferEncoding: Sendable {
    case identity, base64, quotedPrintable

    /// From a Content-Transfer-Encoding value's UTF-8 bytes, without making strings: the value trimmed of ASCII
    /// whitespace, compared with the two names with ASCII letters in either case. That is the same as comparing the
    /// Unicode-lowercased string: no non-ASCII character lowercases to their letters (only the Kelvin sign lowercases
    /// to an ASCII letter, k).
    init(utf8 value: UnsafeBufferPointer<UInt8>) {
        let token = ASCII.trimmingWhitespace(value)
        func equals(_ name: StaticString) -> Bool {
            guard token.count == name.utf8CodeUnitCount else { return false }
            let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            return zip(token, expected).allSatisfy { ASCII.lower($0) == $1 }
        }
        if equals("base64") {
            self = .base64
        } else if equals("quoted-printable") {
            self = .quotedPrintable
        } else {
            self = .identity
        }
    }
}

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

/// Quoted-printable decoding of one line; invalid escapes are kept literally.
enum QuotedPrintable {
    /// Decodes `line` (without its line ending) and appends a line break unless it ended with a soft break.
    static func decodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8], underscoreIsSpace: Bool = false) {
        line.withUnsafeBufferPointer { decodeLine($0, into: &output, underscoreIsSpace: underscoreIsSpace) }
    }

    /// Decodes straight into `output`'s storage: the result is never longer than the line plus its break.
    static func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], underscoreIsSpace: Bool = false) {
        output.appendBytes(upTo: line.count + 1) { decodeLine(line, to: $0, underscoreIsSpace: underscoreIsSpace) }
    }

    static func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into output: inout ByteWriter) {
        output.write(upTo: line.count + 1) { decodeLine(line, to: $0, underscoreIsSpace: false) }
    }

    /// Decodes whole lines (each ending in LF), as ``decodeLine(_:into:)`` decodes each without its LF and the CR
    /// before it, in one pass into room reserved once (a line's result is never longer than the line with its LF).
    static func decodeLines(_ run: UnsafeBufferPointer<UInt8>, into output: inout ByteWriter) {
        _ = decodeLines(run, from: 0, to: run.count, maxLineBytes: .max, stopAtDashes: false, into: &output)
    }

    /// Decodes the whole lines of `bytes[start..<limit]` as ``decodeLine(_:into:)`` decodes each without its LF and
    /// the CR before it, up to the first line that does not end in an LF before `limit`, is longer than
    /// `maxLineBytes` (its CR included), or, with `stopAtDashes`, starts with `--`; returns where that line starts
    /// (`start` when it is the first). Those are the lines the MIME parser hands on as one run: the run is found
    /// while it is decoded, where finding it first went through every line once more.
    ///
    /// Literal bytes are copied 16 at a time up to the next `=` or LF. An `=` followed by two hex digits is an escape
    /// (the line's end can't cut it: hex digits are not CR, LF, space or tab); one followed only by spaces and tabs
    /// up to the line's end (before its CR) is a soft break, which drops the line break; any other is literal. At a
    /// line's end its CR and then its trailing spaces and tabs are taken back from what was written, down to the
    /// last escape's byte: exactly the bytes the line-by-line definition trims before decoding. What a line that
    /// is not taken wrote is taken back too (the count returned is the one at its start).
    static func decodeLines(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, maxLineBytes: Int, stopAtDashes: Bool,
        into output: inout ByteWriter
    ) -> Int {
        guard let base = bytes.baseAddress, start < limit, limit <= bytes.count else { return start }
        // Indices below are relative to `start`: source[0..<count] is bytes[start..<limit].
        let source = base + start
        let count = limit - start
        var taken = 0
        output.write(upTo: count) { out in
            var written = 0
            var index = 0
            var lineStart = 0
            /// What trimming may take back: bytes written from here on are the current line's literal bytes.
            var floor = 0
            /// Bytes written up to the start of the current line: what is kept if the line is not taken.
            var kept = 0
            if stopAtDashes, count >= 2, source[0] == UInt8(ascii: "-"), source[1] == UInt8(ascii: "-") { return 0 }
            // `written <= index` throughout (an escape writes one byte for three, a line break one for its one or
            // two), so a 16-byte store at `out + written` with `index + 16 <= count` stays in the room of `count`.
            while index < count {
                scanning: do {
                    while index + 16 <= count {
                        let lanes = ByteVector.load(source, at: index)
                        UnsafeMutableRawPointer(out + written).storeBytes(of: lanes, as: ByteVector.Lanes.self)
                        let stops = ByteVector.equal(lanes, UInt8(ascii: "=")) .| ByteVector.equal(lanes, 10)
                        if let offset = ByteVector.firstSet(stops) {
                            written += offset
                            index += offset
                            break scanning
                        }
                        written += 16
                        index += 16
                    }
                    while index < count, source[index] != UInt8(ascii: "="), source[index] != 10 {
                        out[written] = source[index]
                        written += 1
                        index += 1
                    }
                }
                guard index < count else { break }
                var newline = -1
                if source[index] == 10 {
                    newline = index
                    // The line's end: its CR (a literal byte, written last) and trailing spaces and tabs go.
                    if index > lineStart, source[index - 1] == 13 { written -= 1 }
                    while written > floor, out[written - 1] == 32 || out[written - 1] == 9 { written -= 1 }
                    out[written] = 10
                    written += 1
                } else if index + 2 < count, let high = ASCII.hexValue(source[index + 1]),
                    let low = ASCII.hexValue(source[index + 2])
                {
                    // source[index] is `=`; the line ends in LF, so index + 2 < count is checked only for the digits.
                    out[written] = high << 4 | low
                    written += 1
                    index += 3
                    floor = written
                    continue
                } else {
                    var after = index + 1
                    while after < count, ASCII.isSpace(source[after]) { after += 1 }
                    // Only spaces and tabs up to the LF, or up to a CR just before it: a soft break.
                    if after < count, source[after] == 10 {
                        newline = after
                    } else if after + 1 < count, source[after] == 13, source[after + 1] == 10 {
                        newline = after + 1
                    } else {
                        out[written] = UInt8(ascii: "=")
                        written += 1
                        index += 1
                        continue
                    }
                }
                // A line ended at `newline`: taken unless it is too long; the next one is not taken if it starts
                // with `--` (both bytes before `count`: else it can't end before `count` either).
                guard newline - lineStart <= maxLineBytes else { break }
                index = newline + 1
                lineStart = index
                floor = written
                kept = written
                taken = index
                if stopAtDashes, index + 1 < count, source[index] == UInt8(ascii: "-"),
                    source[index + 1] == UInt8(ascii: "-")
                {
                    break
                }
            }
            return kept
        }
        return start + taken
    }

    /// Decodes into `out`, which has room for the line plus a break; returns how many bytes it wrote.
    private static func decodeLine(
        _ line: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>, underscoreIsSpace: Bool
    ) -> Int {
        var end = line.count
        while end > 0, ASCII.isSpace(line[end - 1]) { end -= 1 }
        var soft = false
        if end > 0, line[end - 1] == UInt8(ascii: "=") {
            soft = true
            end -= 1
        }
        var written = 0
        var index = 0
        if !underscoreIsSpace, let base = line.baseAddress {
            // Literal runs up to the next `=` are copied whole, eight bytes per step, then the `=` is decoded at once
            // (the header form, with `_` as space, goes the general way below). A step reads line[index..<index + 8]
            // (index + 8 <= end) and writes as many bytes at out + written; written <= index always (an escape
            // writes one byte for three), so the write stays inside the line.count + 1 bytes of room.
            while index < end {
                while index + 8 <= end {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(out + written).storeBytes(of: word, as: UInt64.self)
                    let equals = ByteScan.zeroByteMask(UInt64(littleEndian: word) ^ 0x3D3D_3D3D_3D3D_3D3D)
                    if equals != 0 {
                        let offset = equals.trailingZeroBitCount / 8
                        written += offset
                        index += offset
                        break
                    }
                    written += 8
                    index += 8
                }
                while index < end, line[index] != UInt8(ascii: "=") {
                    out[written] = line[index]
                    written += 1
                    index += 1
                }
                guard index < end else { break }
                // line[index] is `=`.
                if index + 2 < end, let high = ASCII.hexValue(line[index + 1]),
                    let low = ASCII.hexValue(line[index + 2])
                {
                    out[written] = high << 4 | low
                    index += 3
                } else {
                    out[written] = UInt8(ascii: "=")
                    index += 1
                }
                written += 1
            }
        }
        // The header form, byte by byte (and nothing left here once the loop above has run).
        while index < end {
            let byte = line[index]
            if byte == UInt8(ascii: "="), index + 2 < end,
                let high = ASCII.hexValue(line[index + 1]), let low = ASCII.hexValue(line[index + 2])
            {
                out[written] = high << 4 | low
                index += 3
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                out[written] = 32
                index += 1
            } else {
                out[written] = byte
                index += 1
            }
            written += 1
        }
        if !soft {
            out[written] = 10
            written += 1
        }
        return written
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String { self[...].trimmingASCIIWhitespace() }

    /// Drops leading and trailing characters found in `set` (quotes and spaces around an HTML attribute's URL).
    func trimmingCharacters(inSet set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension Substring {
    /// Drops leading and trailing ASCII whitespace; works on UTF-8 bytes (ASCII bytes are always scalar boundaries).
    func trimmingASCIIWhitespace() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(self[start..<end])
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

extension Unicode.Scalar {
    var isASCIIWhitespace: Bool { value == 32 || value == 9 || value == 10 || value == 13 || value == 12 }
}
