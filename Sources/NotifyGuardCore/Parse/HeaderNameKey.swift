/// A header name's first eight bytes, ASCII letters lowercased and packed first byte lowest, and its length: names
/// equal without ASCII case have equal keys, and for names of at most eight bytes equal keys are equal names.
struct HeaderNameKey: Equatable {
    private(set) var prefix: UInt64 = 0
    let count: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        prefix = ASCII.lowercased(packed: ASCII.packedPrefix(bytes))
    }

    init(_ name: String) {
        var name = name
        self = name.withUTF8(Self.init)
    }

    static let contentType = HeaderNameKey("Content-Type")
    static let contentDisposition = HeaderNameKey("Content-Disposition")
    static let contentTransferEncoding = HeaderNameKey("Content-Transfer-Encoding")

    /// Whether equal keys mean equal names.
    var isWholeName: Bool { count <= 8 }
}
