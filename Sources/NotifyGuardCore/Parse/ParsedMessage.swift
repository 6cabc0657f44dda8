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
