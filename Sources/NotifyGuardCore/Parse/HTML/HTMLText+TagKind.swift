extension HTMLText {
    /// What the renderer does with a tag, decided once per tag from its packed name.
    struct TagKind: Equatable {
        enum Role { case anchor, image, form, meta, script, style, other }
        /// Breaks the line (a browser renders it as a block).
        var isBlock = false
        /// Has no content or end tag: never opens an element that could hide text.
        var isVoid = false
        var role = Role.other

        /// The names are packed as ``TagName`` packs them: first byte lowest (`0x766964` is "div").
        init(_ name: TagName) {
            guard !name.isLong else { return }
            guard name.high == 0 else {
                if name.low == 0x6f75_716b_636f_6c62 && name.high == 0x6574 { isBlock = true }  // blockquote
                return
            }
            switch name.low {
            case 0x70, 0x76_6964, 0x7274, 0x696c, 0x65_6c62_6174, 0x3168, 0x3268, 0x3368, 0x3468, 0x3568, 0x3668,
                0x6474, 0x6874, 0x6e_6f69_7463_6573, 0x65_6c63_6974_7261, 0x7265_6461_6568, 0x7265_746f_6f66, 0x6c75,
                0x6c6f, 0x7265_746e_6563, 0x65_6c74_6974:
                // p div tr li table h1-h6 td th section article header footer ul ol center title
                isBlock = true
            case 0x7262, 0x7268:  // br hr
                isBlock = true
                isVoid = true
            case 0x67_6d69:  // img
                isVoid = true
                role = .image
            case 0x6174_656d:  // meta
                isVoid = true
                role = .meta
            case 0x74_7570_6e69, 0x6b6e_696c, 0x72_6277, 0x6c_6f63, 0x6165_7261, 0x6573_6162:
                // input link wbr col area base
                isVoid = true
            case 0x61: role = .anchor
            case 0x6d72_6f66: role = .form
            case 0x7470_6972_6373: role = .script
            case 0x65_6c79_7473: role = .style
            default: break
            }
        }
    }
}
