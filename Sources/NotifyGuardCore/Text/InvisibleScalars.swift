/// Characters that render as nothing: zero-width spaces and joiners, direction marks, embeddings and isolates, the
/// word joiner and invisible operators, the byte order mark, the soft hyphen. Written inside a link or a number, they
/// hide it from matching while a reader doesn't see them.
enum InvisibleScalars {
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x180E: true
        default: false
        }
    }
}
