/// A text part as a reader would see it.
public struct TextPart: Sendable, Equatable {
    public var contentType: String
    /// Visible text (HTML already rendered to text).
    public var text: String
    /// Links found in HTML attributes (href, src, form action, meta refresh); plain-text links are extracted later.
    public var htmlLinks: [HTMLLink]
    /// Text inside elements styled to be invisible (display:none, font-size:0...).
    public var hiddenText: String
}
