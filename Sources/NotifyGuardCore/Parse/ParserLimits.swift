/// Resource bounds for parsing one message; reaching any of them marks the message "scanned partially".
public struct ParserLimits: Sendable, Equatable {
    /// Body bytes looked at; the rest of the message passes through unread.
    public var maxScanBytes: Int = 4 << 20
    public var maxHeaders: Int = 1000
    /// Bytes kept of one (unfolded) header value.
    public var maxHeaderBytes: Int = 16 << 10
    public var maxMimeDepth: Int = 20
    public var maxParts: Int = 200
    /// Decoded bytes kept per text part and for the whole message.
    public var maxPartBytes: Int = 1 << 20
    public var maxDecodedBytes: Int = 4 << 20
    public var maxLinks: Int = 2000
    /// Longest line handled as a unit; longer lines are split (and can then no longer be MIME boundaries).
    public var maxLineBytes: Int = 64 << 10

    public init() {}
}

/// Which limit cut the scan short.
public enum Truncation: String, Sendable, Hashable, CaseIterable, Codable {
    case scanBytes = "scan_bytes"
    case headers
    case headerBytes = "header_bytes"
    case mimeDepth = "mime_depth"
    case parts
    case partBytes = "part_bytes"
    case decodedBytes = "decoded_bytes"
    case links
}
