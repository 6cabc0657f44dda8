/// Phone numbers, e-mail addresses and wallet addresses found in text.
public struct ExtractedItem: Sendable, Equatable {
    public var value: String
    public var source: ItemSource
    /// Byte offset in the text it was found in.
    public var position: Int
}
