/// Resource bounds for parsing one message; reaching any of them marks the message "scanned partially".
public struct ParserLimits: Sendable, Equatable {
    /// Body bytes looked at; the rest of the message passes through unread.
    public var maxScanBytes: Int = 4 << 20
    /// Top-level header fields kept (identity fields past it too, see ``IdentityHeaders``).
    public var maxHeaders: Int = 1000
    /// Bytes kept of one (unfolded) header value.
    public var maxHeaderBytes: Int = 16 << 10
    /// Longest header name kept; RFC 5322 lines hold at most 998 bytes.
    public var maxHeaderNameBytes: Int = 998
    /// Bytes of top-level header names and values kept (each field counts 32 more); identity fields past it have a
    /// reserve of as much again.
    public var maxHeaderBlockBytes: Int = 1 << 20
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
