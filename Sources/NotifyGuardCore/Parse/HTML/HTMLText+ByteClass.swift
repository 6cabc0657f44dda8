extension HTMLText {
    /// Byte classes the renderer tests on every byte, as bit masks over the first 128 byte values (no table load, no
    /// chain of comparisons).
    enum ByteClass {
        /// Space, tab, LF, CR: collapsed in text, skipped around attribute values, dropped from styles.
        private static let collapsible: UInt64 = 1 << 32 | 1 << 9 | 1 << 10 | 1 << 13
        /// `"`, `'`, `<`, `>`: where a tag can end or a quoted value start.
        private static let tagSyntax: UInt64 = 1 << 34 | 1 << 39 | 1 << 60 | 1 << 62
        /// Digits, `-`, `:` (below 64) and letters, `_` (64 to 127): attribute name bytes.
        private static let nameLow: UInt64 = 0x03FF << 48 | 1 << 45 | 1 << 58
        private static let nameHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

        @inline(__always) static func isCollapsible(_ byte: UInt8) -> Bool {
            byte <= 32 && collapsible & (1 << UInt64(byte)) != 0
        }
        @inline(__always) static func isTagSyntax(_ byte: UInt8) -> Bool {
            byte < 64 && tagSyntax & (1 << UInt64(byte)) != 0
        }
        @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
            byte < 64 ? nameLow & (1 << UInt64(byte)) != 0 : byte < 128 && nameHigh & (1 << UInt64(byte - 64)) != 0
        }

        /// Lanes holding an attribute name byte (``isNameByte(_:)``).
        @inline(__always) static func isNameByte(_ lanes: ByteVector.Lanes) -> ByteVector.Mask {
            ByteVector.isAlphanumeric(lanes) .| ByteVector.equal(lanes, UInt8(ascii: "-"))
                .| ByteVector.equal(lanes, UInt8(ascii: ":")) .| ByteVector.equal(lanes, UInt8(ascii: "_"))
        }

        /// Lanes holding a byte where a tag can end or a quoted value start (``isTagSyntax(_:)``).
        @inline(__always) static func isTagSyntax(_ lanes: ByteVector.Lanes) -> ByteVector.Mask {
            ByteVector.equal(lanes, UInt8(ascii: ">")) .| ByteVector.equal(lanes, UInt8(ascii: "<"))
                .| ByteVector.equal(lanes, UInt8(ascii: "\"")) .| ByteVector.equal(lanes, UInt8(ascii: "'"))
        }
    }
}
