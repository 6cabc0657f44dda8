/// One header field as received: name and unfolded value (decoded encoded-words are computed on demand).
///
/// A parsed field keeps its bytes and makes strings of its name and value only when asked: of a message's fifty or
/// so fields, about ten are ever read. A field made of strings keeps those.
public struct HeaderField: Sendable, Equatable {
    private var storage: Storage
    /// The name's key, kept beside it: a lookup compares these integers, not the names.
    private(set) var key: HeaderNameKey

    private enum Storage: Sendable {
        case strings(name: String, value: String)
        case bytes(HeaderBytes)
    }

    public init(name: String, value: String) {
        storage = .strings(name: name, value: value)
        key = HeaderNameKey(name)
    }

    init(_ bytes: HeaderBytes, key: HeaderNameKey) {
        storage = .bytes(bytes)
        self.key = key
    }

    public var name: String {
        get {
            switch storage {
            case .strings(let name, _): return name
            case .bytes(let bytes): return bytes.withName(UTF8Strings.decoding)
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

    /// The value with its folding line breaks, as the MTA holds it (for rewriting a field without unfolding it).
    public var foldedValue: String {
        switch storage {
        case .strings(_, let value): return value
        case .bytes(let bytes): return bytes.withValue(UTF8Strings.decoding)
        }
    }

    /// The value with RFC 2047 encoded words decoded.
    public var decodedValue: String { EncodedWords.decode(value) }

    public static func == (a: HeaderField, b: HeaderField) -> Bool {
        a.name == b.name && a.value == b.value
    }

    /// Whether the name is `query` (UTF-8), ASCII letters compared without case, as
    /// ``Swift/String/caseInsensitiveEquals(_:)`` compares the name's string.
    func hasName(_ query: UnsafeBufferPointer<UInt8>) -> Bool {
        withNameBytes { name in
            guard name.count == query.count else { return false }
            for index in 0..<name.count where ASCII.lower(name[index]) != ASCII.lower(query[index]) { return false }
            return true
        }
    }

    /// ``hasName(_:)`` for a name given as a static string.
    func has(name: StaticString) -> Bool {
        hasName(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// Whether the name starts with `prefix` (UTF-8), ASCII letters compared without case.
    func hasNamePrefix(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        withNameBytes { name in
            guard name.count >= prefix.count else { return false }
            for index in 0..<prefix.count where ASCII.lower(name[index]) != ASCII.lower(prefix[index]) { return false }
            return true
        }
    }

    /// Calls `body` with the name's UTF-8 bytes; a parsed field's name is well-formed, so they are its string's.
    private func withNameBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .strings(var name, _): return name.withUTF8(body)
        case .bytes(let bytes): return bytes.withName(body)
        }
    }

    /// Calls `body` with the UTF-8 bytes of ``value``: read in place when they are what its string would hold
    /// (well-formed, nothing to unfold), else copied without line breaks, else taken from the string.
    func withValueBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .strings(_, var value):
            return value.withUTF8(body)
        case .bytes(let bytes):
            let inPlace = bytes.withValue { raw -> Result? in
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
