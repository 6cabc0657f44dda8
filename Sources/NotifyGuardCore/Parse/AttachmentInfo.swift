/// A non-text part: only its description is kept.
public struct AttachmentInfo: Sendable, Equatable {
    public var contentType: String
    public var filename: String?

    public init(contentType: String, filename: String?) {
        self.contentType = contentType
        self.filename = filename
    }
}
