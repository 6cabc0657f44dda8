/// A message's own header fields as the MTA hands them over one by one: the values cut and kept, the limits applied.
///
/// The first `maxHeaders` fields are kept, within `maxHeaderBlockBytes`; past either limit only the
/// ``IdentityHeaders`` are kept, within a reserve of `maxHeaderBlockBytes` more. A name longer than
/// `maxHeaderNameBytes` is dropped unless it is this filter's own. So what is kept per message is bounded by the limits,
/// whatever the sender writes. Fields are copied into one buffer and made at ``finish()``: a field made earlier
/// would share the buffer while it still grows, and every write would copy it.
struct MessageHeaders {
    private let limits: ParserLimits
    private(set) var truncations: Set<Truncation> = []
    /// Fields received, kept or not.
    private(set) var count = 0
    /// Copied fields, each name followed by its value as received (line breaks included), cut.
    private var block: ByteWriter
    private var entries: [Entry] = []
    /// The fields made into strings at once (see ``keepsBytes(name:value:length:_:)``), by their index in `entries`.
    private var stringFields: [Int: HeaderField] = [:]
    private var keptCount = 0
    private var keptBytes = 0
    private var reserveBytes = 0

    /// What a kept field costs the byte budgets beyond its name and value: about what its entries take.
    static let fieldOverhead = 32

    /// A kept field: its name and value in `block` (empty for one in `stringFields`).
    private struct Entry {
        var name: Range<Int>
        var value: Range<Int>
        var key: HeaderNameKey
    }

    /// - Parameter expectedBytes: room made for the copied fields (none: nothing is allocated until a field).
    init(limits: ParserLimits, expectedBytes: Int = 0) {
        self.limits = limits
        block = ByteWriter(capacity: expectedBytes)
        if expectedBytes > 0 { entries.reserveCapacity(64) }
    }

    /// Adds one field: its name, and its value from the first byte after the colon and the blanks after it, with the
    /// line breaks of its continuation lines.
    mutating func add(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
        count += 1
        let key = HeaderNameKey(name)
        var (end, length) = (value.count, value.count)
        if limits.maxHeaderBytes <= 0 || value.count > limits.maxHeaderBytes { (end, length) = cut(value) }
        let cost = name.count + end + Self.fieldOverhead
        if name.count <= limits.maxHeaderNameBytes, keptCount < limits.maxHeaders,
            keptBytes + cost <= limits.maxHeaderBlockBytes
        {
            keptCount += 1
            keptBytes += cost
        } else {
            truncations.insert(name.count > limits.maxHeaderNameBytes ? .headerBytes : .headers)
            guard IdentityHeaders.contains(name, key: key, maxNameBytes: limits.maxHeaderNameBytes) else { return }
            guard reserveBytes + cost <= limits.maxHeaderBlockBytes else {
                truncations.insert(.identityHeaders)
                return
            }
            reserveBytes += cost
        }
        keep(name: name, value: UnsafeBufferPointer(rebasing: value[0..<end]), length: length, key: key)
    }

    /// The fields kept, in the order received.
    func finish() -> [HeaderField] {
        // The fields share one array of the copied bytes (compact to copy with a field).
        let source = block.array()
        var fields: [HeaderField] = []
        fields.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            if !stringFields.isEmpty, let field = stringFields[index] {
                fields.append(field)
                continue
            }
            let bytes = HeaderBytes(source: source, nameRange: entry.name, valueRange: entry.value, unfolds: true)
            fields.append(HeaderField(bytes, key: entry.key))
        }
        return fields
    }

    /// Where `value` is cut so that its unfolded bytes (without the LF and CR-before-LF that separate its lines) are at
    /// most maxHeaderBytes, line by line; and how many unfolded bytes are left.
    private mutating func cut(_ value: UnsafeBufferPointer<UInt8>) -> (end: Int, length: Int) {
        var end = 0
        var length = 0
        var lineStart = 0
        repeat {
            let newline = ByteScan.index(of: 10, in: value, from: lineStart, to: value.count)
            var lineEnd = newline ?? value.count
            if let newline, newline > lineStart, value[newline - 1] == 13 { lineEnd = newline - 1 }
            let room = limits.maxHeaderBytes - length
            if room <= 0 {
                truncations.insert(.headerBytes)
            } else {
                let take = min(room, lineEnd - lineStart)
                if take < lineEnd - lineStart { truncations.insert(.headerBytes) }
                end = lineStart + take
                length += take
            }
            lineStart = newline.map { $0 + 1 } ?? value.count + 1
        } while lineStart <= value.count
        return (end, length)
    }

    @inline(__always)
    private mutating func keep(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, length: Int, key: HeaderNameKey
    ) {
        // `length` is exact for a cut value; for another it is an upper bound, counted exactly only where it matters.
        var length = length
        let maxBytes = limits.maxHeaderBytes
        if !Self.keepsBytes(name: name, value: value, length: length, maxBytes) {
            length = Self.unfoldedLength(value)
            guard Self.keepsBytes(name: name, value: value, length: length, maxBytes) else {
                stringFields[entries.count] = stringField(name: name, value: value, spansLines: length != value.count)
                entries.append(Entry(name: 0..<0, value: 0..<0, key: key))
                return
            }
        }
        let start = block.count
        // One write for both: room is checked once per field.
        block.write(upTo: name.count + value.count) { out in
            if let source = name.baseAddress { out.update(from: source, count: name.count) }
            if let source = value.baseAddress { (out + name.count).update(from: source, count: value.count) }
            return name.count + value.count
        }
        let valueStart = start + name.count
        entries.append(Entry(name: start..<valueStart, value: valueStart..<block.count, key: key))
    }

    /// Whether a field keeps its bytes: unless its name is not well-formed UTF-8 (names are compared as bytes) or its
    /// value, longer than a third of the limit, is not well-formed either (repair can triple it, so it is cut again).
    @inline(__always)
    private static func keepsBytes(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, length: Int, _ maxBytes: Int
    ) -> Bool {
        guard ASCII.isASCII(short: name) || UTF8Bytes.isValidUTF8(name) else { return false }
        return length <= maxBytes / 3 || UTF8Bytes.isValidUTF8(value)
    }

    /// The field made into strings: repaired as `String(decoding:as:)` repairs, then cut and unfolded
    /// (``cutAndUnfolded(_:)``).
    private mutating func stringField(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, spansLines: Bool
    ) -> HeaderField {
        let repaired = spansLines
            ? String(decoding: Self.joinedLines(value), as: UTF8.self) : String(decoding: value, as: UTF8.self)
        return HeaderField(name: String(decoding: name, as: UTF8.self), value: cutAndUnfolded(repaired))
    }

    /// A repaired value cut to maxHeaderBytes of UTF-8 (repaired again where the cut splits a character), without
    /// its CR and LF bytes.
    private mutating func cutAndUnfolded(_ value: String) -> String {
        let cut = value.utf8.count > limits.maxHeaderBytes
            ? String(decoding: value.utf8.prefix(limits.maxHeaderBytes), as: UTF8.self) : value
        if cut.utf8.count != value.utf8.count { truncations.insert(.headerBytes) }
        return HeaderBytes.removingLineBreaks(cut)
    }

    /// The bytes of `value` without the line breaks between its lines: each LF, and a CR just before one.
    private static func unfoldedLength(_ value: UnsafeBufferPointer<UInt8>) -> Int {
        var length = value.count
        for index in value.indices where value[index] == 10 {
            length -= index > 0 && value[index - 1] == 13 ? 2 : 1
        }
        return length
    }

    /// The lines of `value` joined: each LF dropped with the CR just before it.
    private static func joinedLines(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(value.count)
        for byte in value {
            if byte == 10 {
                if joined.last == 13 { joined.removeLast() }
            } else {
                joined.append(byte)
            }
        }
        return joined
    }
}
