/// Content-Transfer-Encoding of a MIME part.
enum TransferEncoding: Sendable {
    case identity, base64, quotedPrintable

    init(headerValue: String?) {
        let token = (headerValue ?? "").trimmingASCIIWhitespace().lowercased()
        switch token {
        case "base64": self = .base64
        case "quoted-printable": self = .quotedPrintable
        default: self = .identity
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
        output.appendBytes(upTo: (count + input.count) / 4 * 3) { out in
            Self.table.withUnsafeBufferPointer { table in
                var quad = self.quad
                var count = self.count
                var written = 0
                for byte in input {
                    let value = table[Int(byte)]
                    if value == 0xFF { continue }
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
    }

    /// Emits the bytes of a final partial group (unpadded input).
    mutating func finish(into output: inout [UInt8]) {
        if count == 2 {
            output.append(UInt8(truncatingIfNeeded: quad >> 4))
        } else if count == 3 {
            output.append(UInt8(truncatingIfNeeded: quad >> 10))
            output.append(UInt8(truncatingIfNeeded: quad >> 2))
        }
        quad = 0
        count = 0
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
        var end = line.count
        while end > 0, ASCII.isSpace(line[end - 1]) { end -= 1 }
        var soft = false
        if end > 0, line[end - 1] == UInt8(ascii: "=") {
            soft = true
            end -= 1
        }
        output.appendBytes(upTo: end + 1) { out in
            var written = 0
            var index = 0
            while index < end {
                // Literal runs up to the next escape are copied whole (not with `_` as space, the header form).
                if !underscoreIsSpace, let base = line.baseAddress {
                    let next = ByteScan.index(of: UInt8(ascii: "="), in: line, from: index, to: end) ?? end
                    if next > index {
                        (out + written).update(from: base + index, count: next - index)
                        written += next - index
                        index = next
                        continue
                    }
                }
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
}

extension String {
    func trimmingASCIIWhitespace() -> String { self[...].trimmingASCIIWhitespace() }
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
