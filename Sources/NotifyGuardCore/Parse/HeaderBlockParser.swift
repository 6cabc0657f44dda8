/// Turns a MIME part's header lines into fields: joins continuation lines, applies the count and size limits.
///
/// Fed one line at a time (without its line ending); an empty line ends the block. Fields are copied into one buffer
/// the block's fields share, and made when the block is complete: a field made earlier would hold the buffer while
/// it still grows, and every append would copy it.
struct HeaderBlockParser {
    /// The block's fields, once ``isComplete``.
    private(set) var fields: [HeaderField] = []
    private(set) var truncations: Set<Truncation> = []
    private(set) var isComplete = false
    /// Copied fields, each name followed by its value; the last value may still be growing.
    private var block: [UInt8] = []
    private var entries: [Entry] = []
    private var pending: Pending?
    private let limits: ParserLimits

    /// A field's name and value in `block`.
    private struct Pending {
        var name: Range<Int>
        var value: Range<Int>
        var key: HeaderNameKey
    }

    private enum Entry {
        case bytes(Pending)
        /// A field whose name is not well-formed UTF-8, made into (repaired) strings when it ended.
        case strings(HeaderField)
    }

    init(limits: ParserLimits) {
        self.limits = limits
    }

    /// Feeds a line; returns true when it ended the header block.
    mutating func feed(line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.isEmpty {
            finish()
            return true
        }
        if let first = line.first, ASCII.isSpace(first) {
            if pending != nil { appendValue(line) }
            return false
        }
        flush()
        // Not a header line: ignored.
        guard let colon = ByteScan.index(of: 58, in: line, from: 0, to: line.count) else { return false }
        var nameEnd = colon
        while nameEnd > 0, ASCII.isSpace(line[nameEnd - 1]) { nameEnd -= 1 }
        guard nameEnd > 0 else { return false }
        var valueStart = colon + 1
        while valueStart < line.count, ASCII.isSpace(line[valueStart]) { valueStart += 1 }
        if entries.isEmpty { entries.reserveCapacity(4) }
        if block.isEmpty { block.reserveCapacity(256) }
        let name = UnsafeBufferPointer(rebasing: line[0..<nameEnd])
        let start = block.count
        block.append(contentsOf: name)
        pending = Pending(name: start..<block.count, value: block.count..<block.count, key: HeaderNameKey(name))
        appendValue(UnsafeBufferPointer(rebasing: line[valueStart...]))
        return false
    }

    /// Ends the block (at its empty line, or at end of input for a block without one) and makes its fields.
    mutating func finish() {
        flush()
        isComplete = true
        fields.removeAll()
        fields.reserveCapacity(entries.count)
        for entry in entries {
            switch entry {
            case .bytes(let field):
                let bytes = HeaderBytes(source: block, nameRange: field.name, valueRange: field.value, unfolds: false)
                fields.append(HeaderField(bytes, key: field.key))
            case .strings(let field):
                fields.append(field)
            }
        }
    }

    /// Adds a piece to the pending value, up to maxHeaderBytes in all.
    private mutating func appendValue(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var field = pending else { return }
        let room = limits.maxHeaderBytes - field.value.count
        if room <= 0 {
            truncations.insert(.headerBytes)
            return
        }
        let take = min(room, bytes.count)
        if take < bytes.count { truncations.insert(.headerBytes) }
        block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<take]))
        field.value = field.value.lowerBound..<block.count
        pending = field
    }

    /// Ends the pending field; one past the count limit is dropped, with its copy.
    private mutating func flush() {
        guard let field = pending else { return }
        pending = nil
        guard entries.count < limits.maxHeaders else {
            truncations.insert(.headers)
            block.removeSubrange(field.name.lowerBound...)
            return
        }
        let strings = block.withUnsafeBufferPointer { bytes -> HeaderField? in
            let name = UnsafeBufferPointer(rebasing: bytes[field.name])
            guard !ASCII.isASCII(short: name), !UTF8Bytes.isValidUTF8(name) else { return nil }
            let value = String(decoding: bytes[field.value], as: UTF8.self)
            return HeaderField(name: String(decoding: name, as: UTF8.self), value: value)
        }
        guard let strings else {
            entries.append(.bytes(field))
            return
        }
        entries.append(.strings(strings))
        block.removeSubrange(field.name.lowerBound...)
    }
}
