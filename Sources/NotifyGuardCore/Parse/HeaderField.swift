/// One header field as received: name and unfolded value (decoded encoded-words are computed on demand).
///
/// A field parsed from a message's bytes (``HeaderBlockParser``) keeps them, and makes strings of its name and value
/// only when asked: a message has some fifty fields, of which about ten are ever read. A field given as strings (the
/// MTA's, through the milter) keeps those.
public struct HeaderField: Sendable, Equatable {
    private var storage: Storage
    /// The name's key, kept beside it: looking a field up compares keys, plain integers, so passing over the other
    /// fields neither copies nor reference-counts them.
    fileprivate private(set) var key: HeaderNameKey

    private enum Storage: Sendable {
        case strings(name: String, value: String)
        case bytes(HeaderBytes)
    }

    public init(name: String, value: String) {
        storage = .strings(name: name, value: value)
        key = HeaderNameKey(name)
    }

    fileprivate init(_ bytes: HeaderBytes, key: HeaderNameKey) {
        storage = .bytes(bytes)
        self.key = key
    }

    public var name: String {
        get {
            switch storage {
            case .strings(let name, _): return name
            case .bytes(let bytes): return bytes.source[bytes.nameRange].withUnsafeBufferPointer(UTF8Strings.decoding)
            }
        }
        set {
            storage = .strings(name: newValue, value: value)
            key = HeaderNameKey(newValue)
        }
    }

    public var value: String {
        get {
            switch storage {
            case .strings(_, let value): return value
            case .bytes(let bytes): return bytes.value
            }
        }
        set { storage = .strings(name: name, value: newValue) }
    }

    /// The value with RFC 2047 encoded words decoded.
    public var decodedValue: String { EncodedWords.decode(value) }

    public static func == (a: HeaderField, b: HeaderField) -> Bool {
        a.name == b.name && a.value == b.value
    }

    /// Whether the name is `query` (UTF-8), ASCII letters compared without case, as
    /// ``Swift/String/caseInsensitiveEquals(_:)`` compares the name's string; a field kept as bytes answers without
    /// making one (its name is well-formed UTF-8: the string would hold the same bytes).
    func hasName(_ query: UnsafeBufferPointer<UInt8>) -> Bool {
        /// Whether the names are equal without ASCII case, compared in place.
        func equal(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            guard name.count == query.count else { return false }
            for index in 0..<name.count where ASCII.lower(name[index]) != ASCII.lower(query[index]) { return false }
            return true
        }
        switch storage {
        case .strings(var name, _):
            return name.withUTF8(equal)
        case .bytes(let bytes):
            return bytes.source[bytes.nameRange].withUnsafeBufferPointer(equal)
        }
    }

    /// ``hasName(_:)`` for a name given as a static string.
    fileprivate func has(name: StaticString) -> Bool {
        hasName(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// Calls `body` with the UTF-8 bytes of ``value``: read in place when the field keeps bytes that its string would
    /// hold unchanged (well-formed, and no line break to drop), as nearly every value is; a well-formed folded value
    /// copied without its CR and LF bytes, which is what its string drops; else those of the string.
    func withValueBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .strings(_, var value):
            return value.withUTF8(body)
        case .bytes(let bytes):
            let inPlace = bytes.source[bytes.valueRange].withUnsafeBufferPointer { raw -> Result? in
                guard UTF8Bytes.isValidUTF8(raw) else { return nil }
                guard bytes.unfolds, ByteScan.containsLineBreak(raw) else { return body(raw) }
                var unfolded = ByteWriter(capacity: raw.count)
                ByteScan.appendRemovingLineBreaks(raw, to: &unfolded)
                return unfolded.withBytes(body)
            }
            if let inPlace { return inPlace }
            var value = bytes.value
            return value.withUTF8(body)
        }
    }
}

/// Where a parsed field's name and value lie, and how the value's string is made of them.
///
/// `source` is the message (its header lines read in place) or the buffer the parser copied fields into; the ranges
/// lie inside it, and it is never changed. The name is well-formed UTF-8 (checked when the field ended). The value
/// is kept as read: its string is made, repaired and unfolded, when asked for, as the parser once made it at once;
/// where repair could lengthen it past the header size limit (and so cut it), the parser still makes it at once.
private struct HeaderBytes: Sendable {
    let source: [UInt8]
    let nameRange: Range<Int>
    let valueRange: Range<Int>
    /// Whether the value's string loses its line breaks (the message's own header block).
    let unfolds: Bool

    var value: String {
        let value = source[valueRange].withUnsafeBufferPointer(UTF8Strings.decoding)
        return unfolds ? HeaderBlockParser.removingLineBreaks(value) : value
    }
}

/// A header name's first eight bytes, ASCII letters lowercased and packed first byte lowest, and its length: names
/// equal without ASCII case have equal keys, and for names of at most eight bytes equal keys are equal names.
struct HeaderNameKey: Equatable {
    private(set) var prefix: UInt64 = 0
    let count: Int

    /// The first eight bytes are read in one or two loads (two overlapping four-byte ones for four to seven
    /// bytes; they agree where they overlap), all inside `bytes`, and lowercased together (``lowercasedASCII(_:)``).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var word: UInt64 = 0
        if count >= 8 {
            word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        } else if count >= 4 {
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            word = first | last << (8 * UInt64(count - 4))
        } else {
            for offset in 0..<count { word |= UInt64(base[offset]) << (8 * UInt64(offset)) }
        }
        prefix = Self.lowercasedASCII(word)
    }

    /// `word` with each byte lowercased as ``ASCII/lower(_:)`` lowercases it: a byte from 0x41 to 0x5A (its top bit
    /// clear, its low seven bits at least 0x41 and below 0x5B) gets bit 5 set. Adding to the low seven bits of each
    /// byte carries into its top bit only, never into the next byte.
    @inline(__always)
    static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    init(_ name: String) {
        var name = name
        self = name.withUTF8(Self.init)
    }

    static let contentType = HeaderNameKey("Content-Type")
    static let contentDisposition = HeaderNameKey("Content-Disposition")
    static let contentTransferEncoding = HeaderNameKey("Content-Transfer-Encoding")

    /// Whether equal keys mean equal names.
    var isWholeName: Bool { count <= 8 }
}

extension Array where Element == HeaderField {
    /// First field named `name` (case-insensitive).
    public func first(named name: String) -> HeaderField? {
        var name = name
        return name.withUTF8 { query in
            let key = HeaderNameKey(query)
            // Only the keys are read in place; a field is copied once it matches.
            return withUnsafeBufferPointer { fields -> HeaderField? in
                for index in fields.indices where fields[index].key == key {
                    if key.isWholeName || fields[index].hasName(query) { return fields[index] }
                }
                return nil
            }
        }
    }

    /// The first fields named `Content-Type`, `Content-Disposition` and `Content-Transfer-Encoding`, as
    /// ``first(named:)`` finds each, in one pass: the three names share their first eight bytes, so a field's key is
    /// compared once with that prefix and then by length.
    func firstMIMEFields() -> (type: HeaderField?, disposition: HeaderField?, encoding: HeaderField?) {
        let type = HeaderNameKey.contentType
        let disposition = HeaderNameKey.contentDisposition
        let encoding = HeaderNameKey.contentTransferEncoding
        // Indices, not fields: the fields are copied once, at the end.
        var found = (type: -1, disposition: -1, encoding: -1)
        withUnsafeBufferPointer { fields in
            for index in fields.indices where fields[index].key.prefix == type.prefix {
                let key = fields[index].key
                if key == type, found.type < 0, fields[index].has(name: "Content-Type") {
                    found.type = index
                } else if key == disposition, found.disposition < 0, fields[index].has(name: "Content-Disposition") {
                    found.disposition = index
                } else if key == encoding, found.encoding < 0, fields[index].has(name: "Content-Transfer-Encoding") {
                    found.encoding = index
                }
            }
        }
        return (
            found.type >= 0 ? self[found.type] : nil, found.disposition >= 0 ? self[found.disposition] : nil,
            found.encoding >= 0 ? self[found.encoding] : nil
        )
    }

    public func all(named name: String) -> [HeaderField] {
        var name = name
        return name.withUTF8 { query in
            let key = HeaderNameKey(query)
            return withUnsafeBufferPointer { fields -> [HeaderField] in
                var matching: [HeaderField] = []
                for index in fields.indices where fields[index].key == key {
                    if key.isWholeName || fields[index].hasName(query) { matching.append(fields[index]) }
                }
                return matching
            }
        }
    }
}

extension String {
    /// Whether the strings are equal with ASCII letters compared without case (header names, charset names).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { ASCII.lower($0) == ASCII.lower($1) }
    }

    /// Whether the string starts with `prefix`, ASCII letters compared without case (header names).
    public func hasCaseInsensitivePrefix(_ prefix: String) -> Bool {
        let a = utf8, b = prefix.utf8
        guard a.count >= b.count else { return false }
        return zip(a, b).allSatisfy { ASCII.lower($0) == ASCII.lower($1) }
    }
}

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
}

/// Turns header lines into fields: unfolds continuation lines, enforces count and size limits.
///
/// Fed one line at a time (without its line ending); an empty line ends the block. A field's bytes are kept, not made
/// into strings (``HeaderField``): read in place when the lines are the message's own (``feed(lineAt:)``), else
/// copied once into a buffer the block's fields share. The fields are made when the block is complete: a field made
/// earlier would hold that buffer while it still grows, and every append would then copy it.
struct HeaderBlockParser {
    /// The block's fields, once ``isComplete``.
    private(set) var fields: [HeaderField] = []
    private(set) var truncations: Set<Truncation> = []
    private(set) var isComplete = false
    /// The message whose lines ``feed(lineAt:)`` reads in place (empty when lines are fed as buffers).
    private let source: [UInt8]
    /// Copied fields, each name followed by its value; the last value may still be growing.
    private var block: [UInt8] = []
    private var entries: [Entry] = []
    private var pending: Pending?
    private let limits: ParserLimits
    /// Whether this is the message's own header block, whose values are made what
    /// ``messageHeaderValue(_:limits:truncations:)`` makes of them (a MIME part's are kept as read).
    private let isMessageHeader: Bool
    /// Room reserved for `block` at its first field.
    private let expectedBytes: Int

    /// A field: its name and value, in `source` or in `block`.
    private struct Pending {
        var inSource: Bool
        var name: Range<Int>
        /// The value's bytes. In `source`, for the message's own header block, they run from the first byte of the
        /// value to the end of its last line, the line breaks between its lines included: the value's string drops
        /// them anyway, with every other CR and LF (``messageHeaderValue(_:limits:truncations:)``).
        var value: Range<Int>
        /// Bytes of the value as unfolded (its lines without the line breaks between them): what maxHeaderBytes
        /// counts.
        var length: Int
        var key: HeaderNameKey
        /// Whether `value` lies in `source` over more than one line.
        var spansLines: Bool { inSource && length != value.count }
    }

    private enum Entry {
        case bytes(Pending)
        /// A field made into strings when it ended (see ``flush()``).
        case strings(HeaderField)
    }

    /// - Parameters:
    ///   - source: the message, when its lines are fed with ``feed(lineAt:)``.
    ///   - expectedBytes: about the size of a block's copied fields, reserved once.
    init(limits: ParserLimits, isMessageHeader: Bool = false, source: [UInt8] = [], expectedBytes: Int = 256) {
        self.limits = limits
        self.isMessageHeader = isMessageHeader
        self.source = source
        self.expectedBytes = expectedBytes
    }

    /// Feeds a line; returns true when it ended the header block.
    mutating func feed(line: UnsafeBufferPointer<UInt8>) -> Bool {
        feed(line, at: nil)
    }

    /// Feeds the line `source[range]`, read in place.
    mutating func feed(lineAt range: Range<Int>) -> Bool {
        source[range].withUnsafeBufferPointer { feed($0, at: range.lowerBound) }
    }

    /// Reads the header block at the start of `source`, up to `limit`, as ``feed(lineAt:)`` would read each of its
    /// lines: a line ends at LF, a CR before it dropped, and an unterminated last line ends at `limit`. Returns where
    /// the body starts (past the empty line), or nil for a block without one before `limit` (then finished too).
    /// Called once, on a parser given nothing else.
    ///
    /// The steps of ``feed(_:at:)``, ``appendValue(_:at:continuing:)`` and ``flush()``, a field at a time: its name
    /// is found on its first line (``colonOrLineFeed(_:from:limit:)``), its end, past its continuation lines, in
    /// the LFs found after it, up to one not followed by a space or tab (``fieldEnd(_:from:limit:)``). A field no longer than
    /// maxHeaderBytes from its value's first byte to its last line's end can't be cut by that limit, line by line
    /// or at all, so its value is that range and nothing else needs to be known of its lines; a longer one is
    /// read line by line as ``appendValue(_:at:continuing:)`` reads it (``readLines(of:)``). Each field goes
    /// straight into ``fields``: it lies in `source`, which never changes, so no list of pending entries is kept for
    /// ``finish()`` to turn into fields.
    mutating func readBlock(upTo limit: Int) -> Int? {
        let source = self.source
        return source.withUnsafeBufferPointer { bytes -> Int? in
            isComplete = true
            guard let base = bytes.baseAddress else { return nil }
            let limit = min(limit, bytes.count)
            let maxBytes = limits.maxHeaderBytes
            var lineStart = 0
            // Every read below is at an index checked to be below `limit` (at most bytes.count) first.
            while lineStart < limit {
                let first = base[lineStart]
                // An empty line (LF, or CR LF) ends the block; an unterminated line at `limit` can't be empty.
                if first == 10 { return lineStart + 1 }
                if first == 13, lineStart + 1 < limit, base[lineStart + 1] == 10 { return lineStart + 2 }
                // A continuation line here has no field to continue; a line without a colon, or with nothing
                // before it, is not a header line: both are ignored.
                guard !ASCII.isSpace(first), let colon = Self.colonOrLineFeed(base, from: lineStart, limit: limit),
                    base[colon] == 58
                else {
                    lineStart = Self.nextLine(bytes, from: lineStart, limit: limit)
                    continue
                }
                var nameEnd = colon
                while nameEnd > lineStart, ASCII.isSpace(base[nameEnd - 1]) { nameEnd -= 1 }
                guard nameEnd > lineStart else {
                    lineStart = Self.nextLine(bytes, from: lineStart, limit: limit)
                    continue
                }
                // Spaces and tabs are neither CR nor LF: the skip stays on the first line.
                var valueStart = colon + 1
                while valueStart < limit, ASCII.isSpace(base[valueStart]) { valueStart += 1 }
                let name = lineStart..<nameEnd
                let key = HeaderNameKey(UnsafeBufferPointer(rebasing: bytes[name]))
                if fields.isEmpty { fields.reserveCapacity(96) }
                // The field's last line ends at `last` (its CR dropped) or at `limit`; n > valueStart >= 1.
                let next: Int
                var valueEnd = limit
                if let last = Self.fieldEnd(bytes, from: valueStart, limit: limit) {
                    valueEnd = base[last - 1] == 13 ? last - 1 : last
                    next = last + 1
                } else {
                    next = limit
                }
                if maxBytes > 0, valueEnd - valueStart <= maxBytes {
                    keep(name, valueStart..<valueEnd, key, in: bytes)
                } else {
                    readLines(of: Pending(inSource: true, name: name, value: valueStart..<valueStart, length: 0, key: key),
                        lines: lineStart..<next, in: bytes)
                }
                lineStart = next
            }
            return nil
        }
    }

    /// Where the line from `start` ends: past its LF, or at `limit`.
    private static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        ByteScan.index(of: 10, in: bytes, from: start, to: limit).map { $0 + 1 } ?? limit
    }

    /// The first `:` or LF in `base[start..<limit]`, or nil: 16 bytes per step (a load at `index` only with
    /// `index + 16 <= limit`), the last few one by one. A name is short, so the first step nearly always finds it.
    @inline(__always)
    private static func colonOrLineFeed(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        while index + 16 <= limit {
            let lanes = ByteVector.load(base, at: index)
            if let lane = ByteVector.firstSet(ByteVector.equal(lanes, 58) .| ByteVector.equal(lanes, 10)) {
                return index + lane
            }
            index += 16
        }
        while index < limit {
            if base[index] == 58 || base[index] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// The LF that ends a field's last line: the first one in `bytes[start..<limit]` not followed by a space or tab
    /// (the start of a continuation line), or followed by nothing before `limit`; nil for none. The LFs are found
    /// with memchr (32 bytes per step; lines are some 70 bytes long), and only the byte after each is looked at.
    @inline(__always)
    private static func fieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        while let newline = ByteScan.index(of: 10, in: bytes, from: index, to: limit) {
            // newline < limit <= bytes.count: the byte after it is read only when it lies before `limit`.
            if newline + 1 == limit || !ASCII.isSpace(bytes[newline + 1]) { return newline }
            index = newline + 1
        }
        return nil
    }

    /// Reads the lines of a field (`lines`, from its name to past its last line's LF, or to the block's limit) as
    /// ``feed(_:at:)`` and ``appendValue(_:at:continuing:)`` read them, line by line, cutting the value at
    /// maxHeaderBytes; then ends it as ``flush()`` does. For fields that limit could cut.
    private mutating func readLines(of field: Pending, lines: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        var field = field
        var lineStart = lines.lowerBound
        var isFirst = true
        while lineStart < lines.upperBound {
            let newline = ByteScan.index(of: 10, in: bytes, from: lineStart, to: lines.upperBound)
            var end = newline ?? lines.upperBound
            if let newline, newline > lineStart, bytes[newline - 1] == 13 { end = newline - 1 }
            // The value starts on the first line; continuation lines are added whole.
            let from = isFirst ? field.value.lowerBound : lineStart
            let room = limits.maxHeaderBytes - field.length
            if room <= 0 {
                truncations.insert(.headerBytes)
            } else {
                let take = min(room, end - from)
                if take < end - from { truncations.insert(.headerBytes) }
                field.value = field.value.lowerBound..<(from + take)
                field.length += take
            }
            isFirst = false
            lineStart = newline.map { $0 + 1 } ?? lines.upperBound
        }
        guard fields.count < limits.maxHeaders else {
            truncations.insert(.headers)
            return
        }
        fields.append(Self.keepsBytes(field, in: bytes, isMessageHeader, limits) ? bytesField(field) : stringField(field, in: bytes))
    }

    /// Ends a field of ``readBlock(upTo:)`` (in `source`, whose bytes are `bytes`) as ``flush()`` ends one, adding it
    /// to ``fields``. Its value's unfolded length is what ``Pending`` and ``keepsBytes(_:in:_:_:)`` need: it is
    /// counted only where it matters (a value longer than a third of the limit, or a name that is not well-formed).
    private mutating func keep(
        _ name: Range<Int>, _ value: Range<Int>, _ key: HeaderNameKey, in bytes: UnsafeBufferPointer<UInt8>
    ) {
        guard fields.count < limits.maxHeaders else {
            truncations.insert(.headers)
            return
        }
        // An upper bound first: the length is at most the value's count, which for a value on one line it is.
        var field = Pending(inSource: true, name: name, value: value, length: value.count, key: key)
        if Self.keepsBytes(field, in: bytes, isMessageHeader, limits) {
            fields.append(bytesField(field))
            return
        }
        field.length = Self.unfoldedLength(bytes, value)
        fields.append(Self.keepsBytes(field, in: bytes, isMessageHeader, limits) ? bytesField(field) : stringField(field, in: bytes))
    }

    /// The bytes of `value`, a value in `source` over one or more lines, without the line breaks between its lines:
    /// every LF, and a CR just before one (the line splitting took an LF, with a CR before it, as a line's end).
    private static func unfoldedLength(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Int {
        var length = value.count
        for index in value where bytes[index] == 10 {
            length -= index > value.lowerBound && bytes[index - 1] == 13 ? 2 : 1
        }
        return length
    }

    /// A field in `source` that keeps its bytes.
    private func bytesField(_ field: Pending) -> HeaderField {
        HeaderField(
            HeaderBytes(source: source, nameRange: field.name, valueRange: field.value, unfolds: isMessageHeader),
            key: field.key)
    }

    /// `offset`: where `line` starts in `source`, when it lies there.
    private mutating func feed(_ line: UnsafeBufferPointer<UInt8>, at offset: Int?) -> Bool {
        if line.isEmpty {
            finish()
            return true
        }
        if let first = line.first, ASCII.isSpace(first) {
            if pending != nil { appendValue(line, at: offset, continuing: true) }
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
        if entries.isEmpty { entries.reserveCapacity(isMessageHeader ? 64 : 4) }
        let name = UnsafeBufferPointer(rebasing: line[0..<nameEnd])
        if let offset {
            let value = offset + valueStart
            pending = Pending(
                inSource: true, name: offset..<(offset + nameEnd), value: value..<value, length: 0,
                key: HeaderNameKey(name))
        } else {
            reserveBlock()
            let start = block.count
            block.append(contentsOf: name)
            pending = Pending(
                inSource: false, name: start..<block.count, value: block.count..<block.count, length: 0,
                key: HeaderNameKey(name))
        }
        let value = UnsafeBufferPointer(rebasing: line[valueStart...])
        appendValue(value, at: offset.map { $0 + valueStart }, continuing: false)
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
                let bytes = HeaderBytes(
                    source: field.inSource ? source : block, nameRange: field.name, valueRange: field.value,
                    unfolds: isMessageHeader)
                fields.append(HeaderField(bytes, key: field.key))
            case .strings(let field):
                fields.append(field)
            }
        }
    }

    private mutating func reserveBlock() {
        if block.isEmpty { block.reserveCapacity(expectedBytes) }
    }

    /// Adds a piece (`source[offset...]` when it lies there) to the pending value, up to maxHeaderBytes in all. A
    /// field read in place stays in place: its first piece follows the name on the same line, and the message header's
    /// continuation lines follow it with only a line break between. Any other piece moves the field into `block`.
    private mutating func appendValue(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int?, continuing: Bool) {
        guard var field = pending else { return }
        let room = limits.maxHeaderBytes - field.length
        if room <= 0 {
            truncations.insert(.headerBytes)
            return
        }
        let take = min(room, bytes.count)
        if take < bytes.count { truncations.insert(.headerBytes) }
        if field.inSource, let offset, !continuing || isMessageHeader {
            field.value = field.value.lowerBound..<(offset + take)
        } else {
            if field.inSource {
                reserveBlock()
                let start = block.count
                block.append(contentsOf: source[field.name])
                let valueStart = block.count
                if field.spansLines {
                    block.append(contentsOf: source[field.value].withUnsafeBufferPointer(Self.joinedLines))
                } else {
                    block.append(contentsOf: source[field.value])
                }
                field.inSource = false
                field.name = start..<valueStart
                field.value = valueStart..<block.count
            }
            block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<take]))
            field.value = field.value.lowerBound..<block.count
        }
        field.length += take
        pending = field
    }

    /// The lines of a value spanning lines in `source`, joined: each LF dropped with the CR before it, which the line
    /// splitting took as the line's end.
    private static func joinedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 10 {
                if joined.last == 13 { joined.removeLast() }
            } else {
                joined.append(byte)
            }
        }
        return joined
    }

    /// Ends the pending field. Its bytes are kept unless its name is not well-formed UTF-8 (names are compared as
    /// bytes, the string's) or its value could be cut once repaired (a message header value longer than a third of
    /// the limit that is not well-formed: a bad byte can become three): such a field is made into strings now,
    /// repaired as `String(decoding:as:)` repairs and cut as ``messageHeaderValue(_:limits:truncations:)`` cuts.
    private mutating func flush() {
        guard let field = pending else { return }
        pending = nil
        guard entries.count < limits.maxHeaders else {
            truncations.insert(.headers)
            dropCopy(of: field)
            return
        }
        let bytes = field.inSource ? source : block
        let keepsBytes = bytes.withUnsafeBufferPointer { Self.keepsBytes(field, in: $0, isMessageHeader, limits) }
        guard !keepsBytes else {
            entries.append(.bytes(field))
            return
        }
        entries.append(.strings(bytes.withUnsafeBufferPointer { stringField(field, in: $0) }))
        dropCopy(of: field)
    }

    /// The field made into strings (see ``flush()``), of `bytes`, those of `source` or `block`.
    private mutating func stringField(_ field: Pending, in bytes: UnsafeBufferPointer<UInt8>) -> HeaderField {
        let name = String(decoding: bytes[field.name], as: UTF8.self)
        var value = field.spansLines
            ? String(decoding: Self.joinedLines(UnsafeBufferPointer(rebasing: bytes[field.value])), as: UTF8.self)
            : String(decoding: bytes[field.value], as: UTF8.self)
        if isMessageHeader { value = Self.messageHeaderValue(value, limits: limits, truncations: &truncations) }
        return HeaderField(name: name, value: value)
    }

    /// Whether a field can keep its bytes (see ``flush()``). The value's line breaks, where it spans lines, don't
    /// change whether it is well-formed: each comes before the space or tab that starts a continuation line. An
    /// ASCII name (nearly every one) is well-formed without the full check.
    private static func keepsBytes(
        _ field: Pending, in bytes: UnsafeBufferPointer<UInt8>, _ isMessageHeader: Bool, _ limits: ParserLimits
    ) -> Bool {
        let name = UnsafeBufferPointer(rebasing: bytes[field.name])
        guard isShortASCII(name) || UTF8Bytes.isValidUTF8(name) else { return false }
        return !isMessageHeader || field.length <= limits.maxHeaderBytes / 3
            || UTF8Bytes.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[field.value]))
    }

    /// Whether every byte is below 0x80: for names, a few words long, where a call of ``CharsetDecoder/isASCII(_:)``
    /// would cost more than the check. Eight bytes per step, the last eight (overlapping) for the rest; under eight
    /// bytes, two overlapping four-byte words, or the bytes one by one under four. Every load lies in `bytes`.
    @inline(__always)
    private static func isShortASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// Gives a copied field's room in `block` back (it is last there).
    private mutating func dropCopy(of field: Pending) {
        if !field.inSource { block.removeLast(block.count - field.name.lowerBound) }
    }

    /// A value of the message's header block as the parser keeps it: at most maxHeaderBytes of UTF-8 (cut again
    /// after repair, which can lengthen it), without line breaks. The MTA's values
    /// (``MessageParser/header(name:value:)``) and those read from a whole message go through this one definition.
    static func messageHeaderValue(
        _ value: String, limits: ParserLimits, truncations: inout Set<Truncation>
    ) -> String {
        let cut = value.utf8.count > limits.maxHeaderBytes
            ? String(decoding: value.utf8.prefix(limits.maxHeaderBytes), as: UTF8.self) : value
        if cut.utf8.count != value.utf8.count { truncations.insert(.headerBytes) }
        return removingLineBreaks(cut)
    }

    /// `value` without its CR and LF bytes (a folded value unfolded).
    static func removingLineBreaks(_ value: String) -> String {
        var value = value
        return ByteScan.containsLineBreak(&value) ? ByteScan.removingLineBreaks(&value) : value
    }
}
