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
