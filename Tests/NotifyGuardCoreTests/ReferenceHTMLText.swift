#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import NotifyGuardCore

// The HTML renderer as it was before round 3 of the parser's speed work (commit 881ee07), kept as the definition the
// renderer is tested against: every string made with String(decoding:as:), tags parsed into a table of all their
// attributes, bytes classified one at a time. One deliberate change since: a tag cut short by a `<` keeps the byte
// before the `<` (it was dropped, so `<a href=x.com<b>` linked to `x.co`).

/// Renders HTML to the text a reader sees and collects its links, in one linear pass with no tree.
///
/// Tolerates anything: unclosed tags and comments end at end of input, unknown entities stay literal. Works on the
/// UTF-8 bytes in place: tag and attribute names are compared as bytes, and only the attribute values that are
/// used become strings.
enum ReferenceHTMLText {
    struct Result {
        var text: String
        var links: [HTMLLink]
        var hiddenText: String
        var linksTruncated: Bool
    }

    static func render(_ html: String, maxLinks: Int) -> Result {
        var html = html
        return html.withUTF8 { render(utf8: $0, maxLinks: maxLinks) }
    }

    /// Renders a document given as well-formed UTF-8 bytes (what a string holds: invalid input must be repaired
    /// first, as `String(decoding:as:)` does, or the text and its offsets would differ). That is a requirement, not
    /// only for the offsets: the strings of the result are made of its bytes without checking them again.
    static func render(utf8 bytes: UnsafeBufferPointer<UInt8>, maxLinks: Int) -> Result {
        var renderer = Renderer(bytes: bytes, maxLinks: maxLinks)
        renderer.run()
        return renderer.result()
    }

    /// The pass over one document; a struct so its buffers are mutated in place, not through closure boxes.
    ///
    /// Text goes into ``ByteWriter``s (one capacity check per run, not per byte). Every index into `bytes` is checked
    /// against its count before it is read; `bytes` outlives the renderer, so the tag names pointing into it
    /// (``TagName``) stay valid.
    private struct Renderer {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxLinks: Int
        var text: ByteWriter
        var hidden = ByteWriter()
        var links: [HTMLLink] = []
        var linksTruncated = false
        /// The open anchor's href (raw, in `bytes`) and where its text starts in `text`.
        var openAnchor: (url: UnsafeBufferPointer<UInt8>, textStart: Int)? = nil
        var hiddenStack: [(name: TagName, hidden: Bool)] = []
        var hiddenDepth = 0
        /// Reused by every tag: attribute name and value ranges.
        var tag = Tag()
        /// Reused by every style check and link.
        var scratch = ByteWriter()

        init(bytes: UnsafeBufferPointer<UInt8>, maxLinks: Int) {
            self.bytes = bytes
            self.maxLinks = maxLinks
            text = ByteWriter(capacity: bytes.count / 3)
        }

        /// Decodes entities in the text, moving each anchor's offset (counted in the undecoded text) with it. Text
        /// without an `&` has no entity: it is made a string as it is, and offsets (never past its end) don't move.
        func result() -> Result {
            let hiddenText = hidden.withBytes { hidden in
                guard ReferenceHTMLText.containsAmpersand(hidden) else { return string(hidden) }
                var decoded = ByteWriter(capacity: hidden.count)
                ReferenceHTMLText.decodeEntities(hidden, moving: [], into: &decoded)
                return decoded.withBytes(string)
            }
            if !text.withBytes(ReferenceHTMLText.containsAmpersand) {
                return Result(
                    text: text.withBytes(string), links: links, hiddenText: hiddenText, linksTruncated: linksTruncated)
            }
            var links = links
            let anchors = links.indices.filter { links[$0].textPosition != nil }.sorted {
                (links[$0].textPosition ?? 0, $0) < (links[$1].textPosition ?? 0, $1)
            }
            var decoded = ByteWriter(capacity: text.count)
            let positions = text.withBytes {
                ReferenceHTMLText.decodeEntities($0, moving: anchors.map { links[$0].textPosition ?? 0 }, into: &decoded)
            }
            for (index, position) in zip(anchors, positions) { links[index].textPosition = position }
            return Result(
                text: decoded.withBytes(string), links: links, hiddenText: hiddenText, linksTruncated: linksTruncated)
        }

        /// Adds a link whose URL is `url` with entities decoded and surrounding whitespace trimmed.
        mutating func addLink(
            _ kind: HTMLLinkKind, _ url: UnsafeBufferPointer<UInt8>, anchor: String = "", position: Int? = nil
        ) {
            let trimmed: String
            if ReferenceHTMLText.containsAmpersand(url) {
                scratch.removeAll()
                ReferenceHTMLText.decodeEntities(url, moving: [], into: &scratch)
                trimmed = scratch.withBytes { string(ReferenceHTMLText.trimmingWhitespace($0)) }
            } else {
                trimmed = string(ReferenceHTMLText.trimmingWhitespace(url))
            }
            guard !trimmed.isEmpty else { return }
            if links.count >= maxLinks {
                linksTruncated = true
                return
            }
            links.append(HTMLLink(kind: kind, url: trimmed, anchorText: anchor, textPosition: position))
        }

        mutating func closeAnchor() {
            guard let anchor = openAnchor else { return }
            openAnchor = nil
            let start = min(anchor.textStart, text.count)
            // The anchor text is trimmed, then its entities decoded; its position is past the whitespace trimmed.
            var position = start
            var anchorText = ""
            text.withBytes { written in
                while position < written.count, ByteClass.isTrimmable(written[position]) { position += 1 }
                let trimmed = ReferenceHTMLText.trimmingWhitespace(UnsafeBufferPointer(rebasing: written[position...]))
                guard ReferenceHTMLText.containsAmpersand(trimmed) else {
                    anchorText = string(trimmed)
                    return
                }
                var decoded = ByteWriter(capacity: trimmed.count)
                ReferenceHTMLText.decodeEntities(trimmed, moving: [], into: &decoded)
                anchorText = decoded.withBytes(string)
            }
            addLink(.href, anchor.url, anchor: anchorText, position: position)
        }

        mutating func run() {
            let count = bytes.count
            var index = 0
            while index < count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    // Text run up to the next tag.
                    let start = index
                    index = ByteScan.index(of: UInt8(ascii: "<"), in: bytes, from: index, to: count) ?? count
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    if hiddenDepth > 0 {
                        hidden.append(run)
                        hidden.append(32)
                    } else {
                        ReferenceHTMLText.appendCollapsed(run, to: &text)
                    }
                    continue
                }
                // Comment
                if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == 45, bytes[index + 3] == 45 {
                    index = ReferenceHTMLText.findCommentEnd(bytes, from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                let tagEnd = ReferenceHTMLText.findTagEnd(bytes, from: index + 1)
                tag.parse(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<tagEnd]))
                // Past the `>`, or at the `<` that cut the tag (its byte before stays in the tag).
                index = tagEnd < count && bytes[tagEnd] == UInt8(ascii: ">") ? tagEnd + 1 : tagEnd
                guard !tag.name.isEmpty else {
                    if tagEnd < count, tag.isClosing == false { text.append(32) }
                    continue
                }
                let name = tag.name
                let kind = TagKind(name)
                if !tag.isClosing && (kind.role == .script || kind.role == .style) {
                    let closing = kind.role == .script ? ReferenceHTMLText.scriptClose : ReferenceHTMLText.styleClose
                    index = findCaseInsensitive(bytes, closing, from: index).map { start in
                        let end = findTagEnd(bytes, from: start)
                        return end < count && bytes[end] == UInt8(ascii: ">") ? end + 1 : end
                    } ?? count
                    continue
                }
                if kind.isBlock { text.append(10) }
                if tag.isClosing {
                    if kind.role == .anchor { closeAnchor() }
                    if let position = hiddenStack.lastIndex(where: { $0.name == name }) {
                        for entry in hiddenStack[position...] where entry.hidden { hiddenDepth -= 1 }
                        hiddenStack.removeLast(hiddenStack.count - position)
                    }
                    continue
                }
                switch kind.role {
                case .anchor:
                    closeAnchor()
                    if let href = tag.value(of: "href") { openAnchor = (href, text.count) }
                case .image:
                    if let src = tag.value(of: "src") { addLink(.image, src) }
                    if let alt = tag.value(of: "alt"), hiddenDepth == 0 { ReferenceHTMLText.appendCollapsed(alt, to: &text) }
                case .form:
                    if let action = tag.value(of: "action") { addLink(.form, action) }
                case .meta:
                    if let equiv = tag.value(of: "http-equiv"), string(equiv).lowercased() == "refresh",
                        let content = tag.value(of: "content")
                    {
                        let contentBytes = Array(content)
                        if let start = findCaseInsensitive(contentBytes, Array("url=".utf8), from: 0) {
                            let url = String(decoding: contentBytes[(start + 4)...], as: UTF8.self)
                                .trimmingCharacters(inSet: "'\" ")
                            Array(url.utf8).withUnsafeBufferPointer { addLink(.refresh, $0) }
                        }
                    }
                case .script, .style, .other:
                    break
                }
                if !kind.isVoid && !tag.selfClosing && hiddenStack.count < 512 {
                    let isHidden = tag.isHiddenStyle(scratch: &scratch)
                    if isHidden { hiddenDepth += 1 }
                    hiddenStack.append((name, isHidden))
                }
            }
            closeAnchor()
        }

        /// The string of bytes the renderer took from the document or wrote.
        private func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether the bytes hold an `&`, without which ``decodeEntities(_:moving:into:)`` copies them unchanged.
    static func containsAmpersand(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.index(of: UInt8(ascii: "&"), in: bytes, from: 0, to: bytes.count) != nil
    }

    private static let scriptClose = Array("</script".utf8)
    private static let styleClose = Array("</style".utf8)

    /// `bytes` without leading and trailing ASCII whitespace (space, tab, LF, FF, CR), as
    /// `trimmingASCIIWhitespace()` trims a string.
    static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, ByteClass.isTrimmable(bytes[start]) { start += 1 }
        while end > start, ByteClass.isTrimmable(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Appends text collapsing whitespace runs to one space, as a browser does.
    ///
    /// Bytes up to the next one below 0x21 (which may be whitespace) are copied eight at a time: a step loads
    /// run[index..<index + 8] (index + 8 <= count) and stores it at out + written, inside the room of run.count
    /// bytes since written <= index; only the bytes before the first below 0x21 are counted as written.
    static func appendCollapsed(_ run: UnsafeBufferPointer<UInt8>, to text: inout ByteWriter) {
        guard let source = run.baseAddress else { return }
        let before = text.last
        text.write(upTo: run.count) { out in
            let count = run.count
            var written = 0
            var index = 0
            while index < count {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(out + written).storeBytes(of: word, as: UInt64.self)
                    let below = ByteScan.belowSpaceMask(UInt64(littleEndian: word))
                    if below != 0 {
                        let offset = below.trailingZeroBitCount / 8
                        written += offset
                        index += offset
                        break
                    }
                    written += 8
                    index += 8
                }
                guard index < count else { break }
                let byte = run[index]
                index += 1
                if ByteClass.isCollapsible(byte) {
                    // The byte before is the last one written, or the text's before this run.
                    let previous = written > 0 ? out[written - 1] : before
                    if let previous, previous != 32, previous != 10 {
                        out[written] = 32
                        written += 1
                    }
                } else {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// End of a tag: the `>` outside quotes (or end of input). A quoted value is skipped with memchr.
    private static func findTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if ByteClass.isTagSyntax(byte) {
                if byte == UInt8(ascii: ">") { return index }
                if byte == UInt8(ascii: "<") {
                    if index > start { return index }
                } else if index > start, bytes[index - 1] == UInt8(ascii: "=") {
                    // Only quotes that open an attribute value count; a stray quote elsewhere does not swallow the
                    // page.
                    guard let close = ByteScan.index(of: byte, in: bytes, from: index + 1, to: count) else {
                        return count
                    }
                    index = close
                }
            }
            index += 1
        }
        return count
    }

    /// Where the next `-->` starts.
    private static func findCommentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var from = start
        let last = bytes.count - 3
        while from <= last, let dash = ByteScan.index(of: 45, in: bytes, from: from, to: last + 1) {
            if bytes[dash + 1] == 45, bytes[dash + 2] == UInt8(ascii: ">") { return dash }
            from = dash + 1
        }
        return nil
    }

    static func findCaseInsensitive(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { findCaseInsensitive($0, needle, from: start) }
    }

    static func findCaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        // A needle that starts with a non-letter ("-->", "</script", "://") has one spelling of its first byte:
        // memchr finds the candidates.
        let memchrable = !ASCII.isAlpha(first)
        while index <= last {
            if memchrable {
                guard let next = ByteScan.index(of: first, in: bytes, from: index, to: last + 1) else { return nil }
                index = next
            }
            if ASCII.lower(bytes[index]) == first {
                var matched = true
                for offset in 1..<needle.count where ASCII.lower(bytes[index + offset]) != ASCII.lower(needle[offset]) {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Byte classes the renderer tests on every byte, as bit masks over the first 128 byte values (no table load, no
    /// chain of comparisons).
    enum ByteClass {
        /// Space, tab, LF, CR: collapsed in text, skipped around attribute values, dropped from styles.
        private static let collapsible: UInt64 = 1 << 32 | 1 << 9 | 1 << 10 | 1 << 13
        /// Those and form feed: what `trimmingASCIIWhitespace()` trims.
        private static let trimmable: UInt64 = collapsible | 1 << 12
        /// `"`, `'`, `<`, `>`: where a tag can end or a quoted value start.
        private static let tagSyntax: UInt64 = 1 << 34 | 1 << 39 | 1 << 60 | 1 << 62
        /// Digits, `-`, `:` (below 64) and letters, `_` (64 to 127): attribute name bytes.
        private static let nameLow: UInt64 = 0x03FF << 48 | 1 << 45 | 1 << 58
        private static let nameHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

        @inline(__always) static func isCollapsible(_ byte: UInt8) -> Bool {
            byte <= 32 && collapsible & (1 << UInt64(byte)) != 0
        }
        @inline(__always) static func isTrimmable(_ byte: UInt8) -> Bool {
            byte <= 32 && trimmable & (1 << UInt64(byte)) != 0
        }
        @inline(__always) static func isTagSyntax(_ byte: UInt8) -> Bool {
            byte < 64 && tagSyntax & (1 << UInt64(byte)) != 0
        }
        @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
            byte < 64 ? nameLow & (1 << UInt64(byte)) != 0 : byte < 128 && nameHigh & (1 << UInt64(byte - 64)) != 0
        }
    }

    /// A tag name (ASCII letters and digits, lowercased), packed into two words when it is at most 16 bytes long,
    /// as every name the renderer acts on is: comparing names is then comparing integers. A longer name keeps its
    /// first 16 bytes packed and points at the rest in the document; names live only while their document is
    /// rendered, so the pointer stays valid, and the type stays a plain value (no reference counting on the stack of
    /// open elements).
    struct TagName: Equatable {
        private(set) var low: UInt64 = 0
        private(set) var high: UInt64 = 0
        private var long: UnsafePointer<UInt8>? = nil
        private var longCount = 0

        var isEmpty: Bool { low == 0 }
        /// Whether the name is longer than 16 bytes.
        var isLong: Bool { long != nil }

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            for offset in 0..<min(bytes.count, 16) {
                let lowered = UInt64(ASCII.lower(bytes[offset]))
                if offset < 8 {
                    low |= lowered << (8 * UInt64(offset))
                } else {
                    high |= lowered << (8 * UInt64(offset - 8))
                }
            }
            if bytes.count > 16 {
                long = bytes.baseAddress
                longCount = bytes.count
            }
        }

        static func == (a: TagName, b: TagName) -> Bool {
            guard a.low == b.low, a.high == b.high, a.longCount == b.longCount else { return false }
            guard let left = a.long, let right = b.long else { return a.long == nil && b.long == nil }
            for offset in 16..<a.longCount where ASCII.lower(left[offset]) != ASCII.lower(right[offset]) {
                return false
            }
            return true
        }
    }

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

    /// One tag's name and attributes (names compared case-insensitively, values raw), as ranges of the document.
    /// The first of repeated attributes wins; at most 32 distinct names are read.
    private struct Tag {
        var name = TagName(UnsafeBufferPointer(start: nil, count: 0))
        var isClosing = false
        var selfClosing = false
        private var body = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// Name and value ranges in `body` (a value start of -1: written without `=`); the first
        /// `attributeCount` entries are this tag's.
        private var attributes = [Attribute](repeating: Attribute(), count: Tag.maxAttributes)
        private var attributeCount = 0
        private static let maxAttributes = 32

        private struct Attribute {
            var nameStart = 0
            var nameEnd = 0
            var valueStart = -1
            var valueEnd = -1
        }

        mutating func parse(_ body: UnsafeBufferPointer<UInt8>) {
            self.body = body
            isClosing = false
            selfClosing = false
            attributeCount = 0
            let count = body.count
            var index = 0
            if index < count, body[index] == UInt8(ascii: "/") {
                isClosing = true
                index += 1
            }
            let nameStart = index
            while index < count, ASCII.isAlnum(body[index]) { index += 1 }
            name = TagName(UnsafeBufferPointer(rebasing: body[nameStart..<index]))
            if count > 0, body[count - 1] == UInt8(ascii: "/") { selfClosing = true }
            guard !isClosing else { return }
            while index < count, attributeCount < Tag.maxAttributes {
                while index < count, !ByteClass.isNameByte(body[index]) { index += 1 }
                let attrStart = index
                while index < count, ByteClass.isNameByte(body[index]) { index += 1 }
                guard index > attrStart else { break }
                var attribute = Attribute(nameStart: attrStart, nameEnd: index)
                while index < count, ByteClass.isCollapsible(body[index]) { index += 1 }
                guard index < count, body[index] == UInt8(ascii: "=") else {
                    add(attribute)
                    continue
                }
                index += 1
                while index < count, ByteClass.isCollapsible(body[index]) { index += 1 }
                if index < count, body[index] == UInt8(ascii: "\"") || body[index] == UInt8(ascii: "'") {
                    let quote = body[index]
                    index += 1
                    attribute.valueStart = index
                    index = ByteScan.index(of: quote, in: body, from: index, to: count) ?? count
                    attribute.valueEnd = index
                    if index < count { index += 1 }
                } else {
                    attribute.valueStart = index
                    while index < count, !ByteClass.isCollapsible(body[index]) { index += 1 }
                    attribute.valueEnd = index
                }
                add(attribute)
            }
        }

        /// Keeps the attribute unless an earlier one has its name.
        private mutating func add(_ attribute: Attribute) {
            let length = attribute.nameEnd - attribute.nameStart
            for earlier in attributes[0..<attributeCount] where earlier.nameEnd - earlier.nameStart == length {
                var same = true
                for offset in 0..<length
                where ASCII.lower(body[earlier.nameStart + offset]) != ASCII.lower(body[attribute.nameStart + offset]) {
                    same = false
                    break
                }
                if same { return }
            }
            attributes[attributeCount] = attribute
            attributeCount += 1
        }

        /// The attribute's raw value (empty when written without `=`); `name` is lowercase ASCII.
        func value(of name: StaticString) -> UnsafeBufferPointer<UInt8>? {
            let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            for attribute in attributes[0..<attributeCount]
            where attribute.nameEnd - attribute.nameStart == wanted.count {
                var matched = true
                for offset in 0..<wanted.count where ASCII.lower(body[attribute.nameStart + offset]) != wanted[offset] {
                    matched = false
                    break
                }
                guard matched else { continue }
                guard attribute.valueStart >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
                return UnsafeBufferPointer(rebasing: body[attribute.valueStart..<attribute.valueEnd])
            }
            return nil
        }

        /// Inline styles and attributes that hide content from the reader (``InlineStyle``).
        func isHiddenStyle(scratch: inout ByteWriter) -> Bool {
            if value(of: "hidden") != nil { return true }
            guard let style = value(of: "style"), !style.isEmpty else { return false }
            return InlineStyle.hides(style, scratch: &scratch)
        }
    }

    /// Whether an inline style hides its element.
    ///
    /// The style is compacted (lowercased, without spaces, so "display : none" and "DISPLAY:none" match) into
    /// `scratch`, which the renderer reuses, and searched once for all needles. Only the first `opacity:0` counts:
    /// followed by a dot (`opacity:0.5`) it does not hide.
    enum InlineStyle {
        /// The definition, with a filter first: ``mayHide(_:)`` rules out nearly every style without compacting it.
        static func hides(_ style: UnsafeBufferPointer<UInt8>, scratch: inout ByteWriter) -> Bool {
            mayHide(style) && compactedHides(style, scratch: &scratch)
        }

        /// Compacts the style and searches it.
        static func compactedHides(_ style: UnsafeBufferPointer<UInt8>, scratch: inout ByteWriter) -> Bool {
            // Every needle has a colon; compacting adds none.
            guard ByteScan.index(of: UInt8(ascii: ":"), in: style, from: 0, to: style.count) != nil else {
                return false
            }
            scratch.removeAll()
            scratch.write(upTo: style.count) { out in
                var written = 0
                for byte in style where !ByteClass.isCollapsible(byte) {
                    out[written] = ASCII.lower(byte)
                    written += 1
                }
                return written
            }
            return scratch.withBytes(hides)
        }

        /// Whether `style` may hold a needle once compacted: some colon has a needle's property as the bytes before
        /// it that compacting keeps, and the needle's first value byte as the next one after it (`display` and `n`,
        /// `visibility` and `h`, `font-size`, `max-height` or `opacity` and `0`). Compacting keeps the colons and the
        /// order of the bytes, so a style without such a colon can't hold a needle. Nearly no style has one (a
        /// `display:none` preheader aside), and compacting is skipped. Each walk from a colon passes at most the
        /// whitespace next to it and ten kept bytes, so the check is linear.
        static func mayHide(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = style.count
            /// Whether the kept bytes before `end`, lowercased, end with `property`; every read is at an index
            /// checked to be in 0..<end first.
            func keptBytes(before end: Int, endWith property: StaticString) -> Bool {
                var index = end
                var remaining = property.utf8CodeUnitCount
                while remaining > 0 {
                    index -= 1
                    while index >= 0, ByteClass.isCollapsible(style[index]) { index -= 1 }
                    guard index >= 0, ASCII.lower(style[index]) == property.utf8Start[remaining - 1] else {
                        return false
                    }
                    remaining -= 1
                }
                return true
            }
            var from = 0
            while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: style, from: from, to: count) {
                from = colon + 1
                var after = colon + 1
                while after < count, ByteClass.isCollapsible(style[after]) { after += 1 }
                guard after < count else { return false }
                switch ASCII.lower(style[after]) {
                case UInt8(ascii: "n"):
                    if keptBytes(before: colon, endWith: "display") { return true }
                case UInt8(ascii: "h"):
                    if keptBytes(before: colon, endWith: "visibility") { return true }
                case UInt8(ascii: "0"):
                    if keptBytes(before: colon, endWith: "font-size") || keptBytes(before: colon, endWith: "max-height")
                        || keptBytes(before: colon, endWith: "opacity")
                    {
                        return true
                    }
                default:
                    break
                }
            }
            return false
        }

        /// Whether a compacted style holds a needle; only the places around each colon are compared, in order of
        /// position, and at each colon the needles in this order.
        private static func hides(_ compact: UnsafeBufferPointer<UInt8>) -> Bool {
            func matches(_ needle: StaticString, colonAt colon: Int, offset: Int) -> Bool {
                let start = colon - offset
                let length = needle.utf8CodeUnitCount
                guard start >= 0, start + length <= compact.count, let base = compact.baseAddress else { return false }
                return memcmp(base + start, needle.utf8Start, length) == 0
            }
            var opacitySeen = false
            var from = 0
            while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: compact, from: from, to: compact.count) {
                from = colon + 1
                if matches("display:none", colonAt: colon, offset: 7)
                    || matches("visibility:hidden", colonAt: colon, offset: 10)
                    || matches("font-size:0", colonAt: colon, offset: 9)
                    || matches("max-height:0", colonAt: colon, offset: 10)
                {
                    return true
                }
                if !opacitySeen, matches("opacity:0", colonAt: colon, offset: 7) {
                    // Only the first opacity:0 counts; followed by a dot (opacity:0.5) it does not hide.
                    opacitySeen = true
                    let after = colon + 2
                    if !(after < compact.count && compact[after] == UInt8(ascii: ".")) { return true }
                }
            }
            return false
        }
    }

    // MARK: Entities

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "bull": "•", "middot": "·", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "laquo": "«", "raquo": "»", "times": "×",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "ntilde": "ñ", "oacute": "ó", "iacute": "í", "uacute": "ú", "ecirc": "ê",
        "thinsp": " ", "ensp": " ", "emsp": " ", "period": ".", "colon": ":", "sol": "/", "commat": "@",
    ]

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` in `bytes` into `out`; anything else stays as written. Entity syntax is
    /// ASCII, so the runs between entities are copied untouched (found with memchr), and a replacement is always a
    /// whole UTF-8 sequence: decoding before or after repairing invalid UTF-8 gives the same string.
    ///
    /// Returns `offsets` (ascending, in `bytes`) moved to the same places in what was written; an offset inside an
    /// entity moves to just after its replacement.
    @discardableResult
    static func decodeEntities(
        _ bytes: UnsafeBufferPointer<UInt8>, moving offsets: [Int], into out: inout ByteWriter
    ) -> [Int] {
        let count = bytes.count
        let base = out.count
        var moved: [Int] = []
        moved.reserveCapacity(offsets.count)
        var index = 0
        while index < count {
            while moved.count < offsets.count, offsets[moved.count] <= index { moved.append(out.count - base) }
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                // Copy the run up to the next entity in one go.
                let next = ByteScan.index(of: UInt8(ascii: "&"), in: bytes, from: index, to: count) ?? count
                while moved.count < offsets.count, offsets[moved.count] < next {
                    moved.append(out.count - base + offsets[moved.count] - index)
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[index..<next]))
                index = next
                continue
            }
            var end = index + 1
            while end < count, end - index <= 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&"),
                ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "#")
            {
                end += 1
            }
            let body = bytes[(index + 1)..<min(end, count)]
            let hasSemicolon = end < count && bytes[end] == UInt8(ascii: ";")
            var replacement: String? = nil
            if body.first == UInt8(ascii: "#") {
                let digits = String(decoding: body.dropFirst(), as: UTF8.self)
                let value = digits.first == "x" || digits.first == "X"
                    ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                if let value, let decoded = Unicode.Scalar(value) { replacement = String(decoded) }
            } else if hasSemicolon, !body.isEmpty {
                let name = String(decoding: body, as: UTF8.self)
                replacement = namedEntities[name] ?? namedEntities[name.lowercased()]
            }
            if var replacement {
                replacement.withUTF8 { out.append($0) }
                index = hasSemicolon ? end + 1 : end
            } else {
                out.append(byte)
                index += 1
            }
        }
        while moved.count < offsets.count { moved.append(out.count - base) }
        return moved
    }
}
