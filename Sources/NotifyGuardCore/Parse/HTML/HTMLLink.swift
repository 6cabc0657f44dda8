/// Where in the HTML a link was found.
public enum HTMLLinkKind: String, Sendable, Codable {
    case href, image, form, refresh
}

/// A URL from an HTML attribute, with the text the reader saw for it (anchors only).
public struct HTMLLink: Sendable, Equatable {
    public var kind: HTMLLinkKind
    public var url: String
    public var anchorText: String
    /// Anchors only: byte offset in the part's visible text where the anchor's text starts (past leading
    /// whitespace), so a link can be placed next to the words around it. An anchor without text (an image link)
    /// gets the offset where it sits. Nil for images, forms and refreshes, which have no place in the text.
    public var textPosition: Int?

    public init(kind: HTMLLinkKind, url: String, anchorText: String, textPosition: Int? = nil) {
        self.kind = kind
        self.url = url
        self.anchorText = anchorText
        self.textPosition = textPosition
    }
}
