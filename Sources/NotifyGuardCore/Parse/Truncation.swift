/// Which limit cut the scan short.
public enum Truncation: String, Sendable, Hashable, CaseIterable, Codable {
    case scanBytes = "scan_bytes"
    /// Header fields past `maxHeaders` or `maxHeaderBlockBytes` were dropped (identity fields were still kept).
    case headers
    case headerBytes = "header_bytes"
    /// Identity fields were dropped too: more of them than the reserve holds.
    case identityHeaders = "identity_headers"
    case mimeDepth = "mime_depth"
    case parts
    case partBytes = "part_bytes"
    case decodedBytes = "decoded_bytes"
    case links
}
