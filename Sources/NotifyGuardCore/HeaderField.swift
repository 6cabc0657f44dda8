/// One header field as received: name and unfolded value (decoded encoded-words are computed on demand).
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The value with RFC 2047 encoded words decoded.
    public var decodedValue: String { EncodedWords.decode(value) }
}

extension Array where Element == HeaderField {
    /// First field named `name` (case-insensitive).
    public func first(named name: String) -> HeaderField? {
        first { $0.name.caseInsensitiveEquals(name) }
    }

    public func all(named name: String) -> [HeaderField] {
        filter { $0.name.caseInsensitiveEquals(name) }
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
/// Fed one line at a time (without its line ending); an empty line ends the block.
struct HeaderBlockParser {
    private(set) var fields: [HeaderField] = []
    private(set) var truncations: Set<Truncation> = []
    private(set) var isComplete = false
    private var pending = ByteWriter()
    private var pendingName: String?
    private let limits: ParserLimits

    init(limits: ParserLimits) {
        self.limits = limits
    }

    /// Returns true when the line ended the header block.
    mutating func feed(line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.isEmpty {
            flush()
            isComplete = true
            return true
        }
        if let first = line.first, ASCII.isSpace(first) {
            if pendingName != nil { append(line) }
            return false
        }
        flush()
        // Not a header line: ignored.
        guard let colon = ByteScan.index(of: 58, in: line, from: 0, to: line.count) else { return false }
        var nameEnd = colon
        while nameEnd > line.startIndex, ASCII.isSpace(line[nameEnd - 1]) { nameEnd -= 1 }
        guard nameEnd > line.startIndex else { return false }
        pendingName = String(decoding: UnsafeBufferPointer(rebasing: line[0..<nameEnd]), as: UTF8.self)
        var valueStart = colon + 1
        while valueStart < line.endIndex, ASCII.isSpace(line[valueStart]) { valueStart += 1 }
        append(UnsafeBufferPointer(rebasing: line[valueStart...]))
        return false
    }

    /// Ends the block at end of input (a header block without an empty line).
    mutating func finish() {
        flush()
        isComplete = true
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = limits.maxHeaderBytes - pending.count
        if room <= 0 {
            truncations.insert(.headerBytes)
            return
        }
        if bytes.count > room {
            pending.append(UnsafeBufferPointer(rebasing: bytes[..<room]))
            truncations.insert(.headerBytes)
        } else {
            pending.append(bytes)
        }
    }

    private mutating func flush() {
        guard let name = pendingName else { return }
        pendingName = nil
        defer { pending.removeAll() }
        guard fields.count < limits.maxHeaders else {
            truncations.insert(.headers)
            return
        }
        fields.append(HeaderField(name: name, value: pending.string()))
    }
}
