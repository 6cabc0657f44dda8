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

/// A non-text part: only its description is kept.
public struct AttachmentInfo: Sendable, Equatable {
    public var contentType: String
    public var filename: String?

    public init(contentType: String, filename: String?) {
        self.contentType = contentType
        self.filename = filename
    }
}

/// Everything the parser extracted from one message; the input to feature extraction.
public struct ParsedMessage: Sendable {
    /// The top-level header fields kept, in the order received (see ``IdentityHeaders`` for which survive the limits).
    public var headers: [HeaderField] = []
    /// Top-level header fields received, kept or not: a count far above the usual few dozen is padding.
    public var headerCount = 0
    public var parts: [TextPart] = []
    public var attachments: [AttachmentInfo] = []
    public var truncations: Set<Truncation> = []
    /// Body bytes seen (including those past the scan limit).
    public var bodyBytes = 0

    public var isPartial: Bool { !truncations.isEmpty }
    public var subject: String { headers.first(named: "Subject")?.decodedValue ?? "" }
}
