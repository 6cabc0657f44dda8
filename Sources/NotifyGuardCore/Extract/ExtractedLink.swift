/// A link with its host, registrable domain and origin.
public struct ExtractedLink: Sendable, Equatable {
    public var url: String
    /// ASCII (A-label, `xn--`) form of the host: what the comparisons use.
    public var host: String
    /// Unicode (U-label) form of the host: what a reader sees.
    public var unicodeHost: String
    /// Registrable domain of the host per the Public Suffix List, ASCII form.
    public var registrableDomain: String
    public var source: ItemSource
    public var anchorText: String
    public var flags: LinkFlags
    /// Byte offset in the text it was found in: the part's visible text or the header value. For an href, where its
    /// anchor's text starts in the visible text; nil for the other HTML attributes (images, forms, refreshes).
    /// Offsets in text count bytes of the normalised copy the extractor scans, which differs from the visible text
    /// only after dropped invisible characters or undone disguises.
    public var position: Int?
}
