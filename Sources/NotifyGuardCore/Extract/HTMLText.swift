#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where in the HTML a link was found.
public enum HTMLLinkKind: String, Sendable, Codable {
    case href, image, form, refresh
}

/// A URL from an HTML attribute, with the text the reader saw for it (anchors only).
public struct HTMLLink: Sendable, Equatable {
    public var kind: HTMLLinkKind
    public var url: String
    public var anchorText: String
    /// Anchors only: byte offset in the part's visible text where the anchor's text starts (past leading
    /// whitespace), so a link can be placed next to the words around it. An anchor without text (an image link)
    /// gets the offset where it sits. Nil for images, forms and refreshes, which have no place in the text.
    public var textPosition: Int?

    public init(kind: HTMLLinkKind, url: String, anchorText: String, textPosition: Int? = nil) {
        self.kind = kind
        self.url = url
        self.anchorText = anchorText
        self.textPosition = textPosition
    }
}

/// Renders HTML to the text a reader sees and collects its links, in one linear pass with no tree.
///
/// Tolerates anything: unclosed tags and comments end at end of input, unknown entities stay literal. Works on the
/// UTF-8 bytes in place: tag and attribute names are compared as bytes, and only the attribute values that are
/// used become strings.
enum HTMLText {
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
        assert(CharsetDecoder.isValidUTF8(bytes), "HTML to render is not well-formed UTF-8")
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
        /// Reused by every link with an entity.
        var scratch = ByteWriter()

        init(bytes: UnsafeBufferPointer<UInt8>, maxLinks: Int) {
            self.bytes = bytes
            self.maxLinks = maxLinks
            text = ByteWriter(capacity: bytes.count / 3)
        }

        /// Decodes entities in the text, moving each anchor's offset (counted in the undecoded text) with it. Text
        /// without an `&` has no entity: it is made a string as it is, and offsets (never past its end) don't move.
        func result() -> Result {
            let hiddenText = hidden.withBytes(entityDecodedString)
            if !text.withBytes(HTMLText.containsAmpersand) {
                return Result(
                    text: text.withBytes(string), links: links, hiddenText: hiddenText, linksTruncated: linksTruncated)
            }
            var links = links
            let anchors = links.indices.filter { links[$0].textPosition != nil }.sorted {
                (links[$0].textPosition ?? 0, $0) < (links[$1].textPosition ?? 0, $1)
            }
            var decoded = ByteWriter(capacity: text.count)
            let positions = text.withBytes {
                HTMLText.decodeEntities($0, moving: anchors.map { links[$0].textPosition ?? 0 }, into: &decoded)
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
            if HTMLText.containsAmpersand(url) {
                scratch.removeAll()
                HTMLText.decodeEntities(url, moving: [], into: &scratch)
                trimmed = scratch.withBytes { string(HTMLText.trimmingWhitespace($0)) }
            } else {
                trimmed = string(HTMLText.trimmingWhitespace(url))
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
                anchorText = entityDecodedString(
                    HTMLText.trimmingWhitespace(UnsafeBufferPointer(rebasing: written[position...])))
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
                        HTMLText.appendCollapsed(run, to: &text)
                    }
                    continue
                }
                // Comment
                if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == 45, bytes[index + 3] == 45 {
                    index = HTMLText.findCommentEnd(bytes, from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                let tagEnd = HTMLText.findTagEnd(bytes, from: index + 1)
                tag.parseName(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<tagEnd]), readable: count - (index + 1))
                index = HTMLText.afterTag(bytes, endingAt: tagEnd)
                guard !tag.name.isEmpty else {
                    if tagEnd < count, tag.isClosing == false { text.append(32) }
                    continue
                }
                let name = tag.name
                let kind = TagKind(name)
                if !tag.isClosing && (kind.role == .script || kind.role == .style) {
                    let closing = kind.role == .script ? HTMLText.scriptClose : HTMLText.styleClose
                    index = findCaseInsensitive(bytes, closing, from: index).map { afterTag(bytes, endingAt: findTagEnd(bytes, from: $0)) } ?? count
                    continue
                }
                if kind.isBlock { text.append(10) }
                if tag.isClosing {
                    if kind.role == .anchor { closeAnchor() }
                    if let position = hiddenStack.lastIndex(where: { $0.name == name }) {
                        // Popped one by one: removeLast(_:) on this array is a generic call of about a hundred
                        // instructions.
                        while hiddenStack.count > position {
                            if hiddenStack.removeLast().hidden { hiddenDepth -= 1 }
                        }
                    }
                    continue
                }
                // Attributes are read only where one is used: a void or self-closing element of no role opens
                // nothing that could hide text and has no link.
                let opens = !kind.isVoid && !tag.selfClosing && hiddenStack.count < 512
                guard opens || kind.role != .other else { continue }
                tag.parseAttributes()
                switch kind.role {
                case .anchor:
                    closeAnchor()
                    if let href = tag.href { openAnchor = (href, text.count) }
                case .image:
                    if let src = tag.src { addLink(.image, src) }
                    if let alt = tag.alt, hiddenDepth == 0 { HTMLText.appendCollapsed(alt, to: &text) }
                case .form:
                    if let action = tag.action { addLink(.form, action) }
                case .meta:
                    if let equiv = tag.httpEquiv, string(equiv).lowercased() == "refresh", let content = tag.content {
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
                if opens {
                    let isHidden = tag.isHiddenStyle()
                    if isHidden { hiddenDepth += 1 }
                    hiddenStack.append((name, isHidden))
                }
            }
            closeAnchor()
        }

        /// The string of bytes the renderer took from the document or wrote. They should be well-formed (the document
        /// is, and every piece is cut next to an ASCII byte), but the renderer's reasoning is not what a string's
        /// memory safety rests on: the bytes are checked (``UTF8Strings/decoding(_:)``, 16 or 32 bytes per step),
        /// as every string the parser makes is.
        private func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            UTF8Strings.decoding(bytes)
        }

        /// `bytes` with their entities decoded, as a string (made of them as they are when they hold no `&`).
        private func entityDecodedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            guard HTMLText.containsAmpersand(bytes) else { return string(bytes) }
            var decoded = ByteWriter(capacity: bytes.count)
            HTMLText.decodeEntities(bytes, moving: [], into: &decoded)
            return decoded.withBytes(string)
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
    /// Bytes up to the next one below 0x21 (which may be whitespace) are copied 16, then eight at a time: a step loads
    /// run[index..<index + 16] (index + 16 <= count) and stores it at out + written, inside the room of run.count
    /// bytes since written <= index; only the bytes before the first below 0x21 are counted as written. The
    /// whitespace after a collapsed byte writes nothing (the byte before it is then a space, a line break or none),
    /// so it is passed over at once.
    static func appendCollapsed(_ run: UnsafeBufferPointer<UInt8>, to text: inout ByteWriter) {
        guard let source = run.baseAddress else { return }
        let before = text.last
        text.write(upTo: run.count) { out in
            let count = run.count
            var written = 0
            var index = 0
            while index < count {
                copying: do {
                    while index + 16 <= count {
                        let lanes = ByteVector.load(source, at: index)
                        UnsafeMutableRawPointer(out + written).storeBytes(of: lanes, as: ByteVector.Lanes.self)
                        if let offset = ByteVector.firstSet(lanes .< ByteVector.Lanes(repeating: 0x21)) {
                            written += offset
                            index += offset
                            break copying
                        }
                        written += 16
                        index += 16
                    }
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(out + written).storeBytes(of: word, as: UInt64.self)
                        let below = ByteScan.belowSpaceMask(UInt64(littleEndian: word))
                        if below != 0 {
                            let offset = below.trailingZeroBitCount / 8
                            written += offset
                            index += offset
                            break copying
                        }
                        written += 8
                        index += 8
                    }
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
                    while index < count, ByteClass.isCollapsible(run[index]) { index += 1 }
                } else {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// Where reading goes on after a tag whose body ends at `tagEnd` (``findTagEnd(_:from:)``): past its `>`; at the
    /// `<` that cut it short, which opens the next tag; or at the end of input.
    @inline(__always)
    private static func afterTag(_ bytes: UnsafeBufferPointer<UInt8>, endingAt tagEnd: Int) -> Int {
        tagEnd < bytes.count && bytes[tagEnd] == UInt8(ascii: ">") ? tagEnd + 1 : tagEnd
    }

    /// End of a tag's body: the `>` outside quotes, a `<` that cuts the tag short (a tag missing its `>` doesn't
    /// swallow the next one), or the end of input. Only a quote right after `=` opens a value, which is skipped to its
    /// closing quote; a stray quote elsewhere does not swallow the page. The bytes that matter are found 16 at a time.
    private static func findTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        // Found indices lie in index..<count, and `found > start` is checked before `found - 1` is read.
        while let found = nextTagSyntax(base, from: index, count: count) {
            let byte = base[found]
            if byte == UInt8(ascii: ">") { return found }
            if byte == UInt8(ascii: "<") {
                if found > start { return found }
            } else if found > start, base[found - 1] == UInt8(ascii: "=") {
                guard let close = firstIndex(of: byte, in: base, from: found + 1, to: count, readable: count) else {
                    return count
                }
                index = close + 1
                continue
            }
            index = found + 1
        }
        return count
    }

    /// The first `"`, `'`, `<` or `>` in `base[start..<count]`: 16 bytes per step (a load at `index` only when
    /// `index + 16 <= count`), the last few one by one.
    @inline(__always)
    private static func nextTagSyntax(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var index = start
        while index + 16 <= count {
            if let lane = ByteVector.firstSet(ByteClass.isTagSyntax(ByteVector.load(base, at: index))) {
                return index + lane
            }
            index += 16
        }
        while index < count {
            if ByteClass.isTagSyntax(base[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The first `byte` in `base[start..<end]`, 16 bytes per step. `readable` (at least `end`) bytes from `base` may
    /// be read: a step loads `base[index..<index + 16]` only when `index + 16 <= readable`, and a match at or past
    /// `end` is none; without room for a load the rest goes byte by byte.
    @inline(__always)
    static func firstIndex(
        of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int, readable: Int
    ) -> Int? {
        var index = start
        while index < end {
            guard index + 16 <= readable else {
                while index < end {
                    if base[index] == byte { return index }
                    index += 1
                }
                return nil
            }
            if let lane = ByteVector.firstSet(ByteVector.equal(ByteVector.load(base, at: index), byte)) {
                return index + lane < end ? index + lane : nil
            }
            index += 16
        }
        return nil
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

        /// A name shorter than 16 bytes from a vector of its bytes already lowercased (lanes from `count` on are
        /// ignored), as ``init(_:)`` packs it.
        @inline(__always) init(packed lanes: ByteVector.Lanes, count: Int) {
            let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
            let low = UInt64(littleEndian: halves[0])
            let high = UInt64(littleEndian: halves[1])
            if count < 8 {
                self.low = low & ((1 << (8 * UInt64(count))) - 1)
            } else {
                self.low = low
                self.high = high & ((1 << (8 * UInt64(count - 8))) - 1)
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

    /// One tag's name and the attributes the renderer reads (names compared case-insensitively, values raw), as
    /// ranges of the document. The first of repeated attributes wins; at most 32 distinct names are read.
    ///
    /// The name is read for every tag (``parseName(_:readable:)``), the attributes only for a tag that needs them
    /// (``parseAttributes()``), and of those only the eight names the renderer asks for are kept, each in a field of
    /// its own: no table of every attribute, no search of it per lookup. A tag with 32 attributes or more, where the
    /// cap on distinct names could matter, is read the plain way (``parseAllAttributes()``).
    private struct Tag {
        var name = TagName(UnsafeBufferPointer(start: nil, count: 0))
        var isClosing = false
        var selfClosing = false
        /// The attributes the renderer reads: the raw value, empty (with no base address) when written without
        /// `=`; nil when absent. Set by ``parseAttributes()``.
        private(set) var href: UnsafeBufferPointer<UInt8>? = nil
        private(set) var src: UnsafeBufferPointer<UInt8>? = nil
        private(set) var alt: UnsafeBufferPointer<UInt8>? = nil
        private(set) var action: UnsafeBufferPointer<UInt8>? = nil
        private(set) var httpEquiv: UnsafeBufferPointer<UInt8>? = nil
        private(set) var content: UnsafeBufferPointer<UInt8>? = nil
        private(set) var hidden: UnsafeBufferPointer<UInt8>? = nil
        private(set) var style: UnsafeBufferPointer<UInt8>? = nil
        private var body = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// Bytes readable from `body`'s start: the rest of the document, so 16-byte loads may run past the body's end
        /// (lanes past it are ignored) but never past the document's.
        private var readable = 0
        /// Where the attributes start: past the name.
        private var attributesStart = 0

        /// The attributes the renderer reads, by lowercase name packed as a ``TagName`` packs it.
        private enum Wanted {
            static let src: UInt64 = 0x63_7273
            static let alt: UInt64 = 0x74_6c61
            static let href: UInt64 = 0x6665_7268
            static let style: UInt64 = 0x65_6c79_7473
            static let action: UInt64 = 0x6e6f_6974_6361
            static let hidden: UInt64 = 0x6e65_6464_6968
            static let content: UInt64 = 0x74_6e65_746e_6f63
            /// "http-equ", then "iv".
            static let httpEquiv: (UInt64, UInt64) = (0x7571_652d_7074_7468, 0x7669)
        }

        /// Reads the name (letters and digits after an optional `/`, packed as ``TagName`` packs it) of the tag
        /// whose bytes between `<` and its end are `body`; `readable` bytes from its start lie in the document.
        mutating func parseName(_ body: UnsafeBufferPointer<UInt8>, readable: Int) {
            self.body = body
            self.readable = readable
            isClosing = false
            let count = body.count
            var index = 0
            if index < count, body[index] == UInt8(ascii: "/") {
                isClosing = true
                index += 1
            }
            let nameStart = index
            selfClosing = count > 0 && body[count - 1] == UInt8(ascii: "/")
            if let base = body.baseAddress, nameStart + 16 <= readable {
                // One vector: the name is the run of letters and digits, cut at the body's end; lanes past it are
                // zeroed. Letters are lowercased by setting bit 5, which digits have set already.
                let lanes = ByteVector.load(base, at: nameStart)
                let run = ByteVector.firstSet(.!ByteVector.isAlphanumeric(lanes)) ?? 16
                let length = Swift.min(run, count - nameStart)
                if length < 16 {
                    index = nameStart + length
                    name = TagName(packed: lanes | ByteVector.Lanes(repeating: 0x20), count: length)
                    attributesStart = index
                    return
                }
            }
            while index < count, ASCII.isAlnum(body[index]) { index += 1 }
            name = TagName(UnsafeBufferPointer(rebasing: body[nameStart..<index]))
            attributesStart = index
        }

        /// Reads the attributes after the name, keeping the first value of each wanted name.
        mutating func parseAttributes() {
            forgetAttributes()
            let body = self.body
            let readable = self.readable
            guard !isClosing, let base = body.baseAddress else { return }
            let count = body.count
            var index = attributesStart
            var parsed = 0
            // Every read of `body` is at an index checked against `count`, every load at one checked against
            // `readable`.
            while index < count {
                // With 32 names read, the cap on distinct names decides whether reading goes on.
                guard parsed < Tag.maxAttributes else { return parseAllAttributes() }
                while index < count, !ByteClass.isNameByte(body[index]) { index += 1 }
                let attrStart = index
                var lanes: ByteVector.Lanes? = nil
                if attrStart + 16 <= readable {
                    // The name's run of name bytes in one vector (cut at the body's end), unless it is 16 or longer.
                    let loaded = ByteVector.load(base, at: attrStart)
                    let run = ByteVector.firstSet(.!ByteClass.isNameByte(loaded)) ?? 16
                    index = attrStart + Swift.min(run, count - attrStart)
                    if run < 16 { lanes = loaded }
                }
                while index < count, ByteClass.isNameByte(body[index]) { index += 1 }
                guard index > attrStart else { break }
                parsed += 1
                // The name packed as a tag name is (with bit 5 set in the vector, which lowercases a letter and makes
                // no other name byte a letter or `-`, so for the wanted names, all letters and `-`, it compares alike).
                let name = lanes.map { TagName(packed: $0 | ByteVector.Lanes(repeating: 0x20), count: index - attrStart) }
                    ?? TagName(UnsafeBufferPointer(rebasing: body[attrStart..<index]))
                let slot = Tag.wantedSlot(name, length: index - attrStart)
                while index < count, ByteClass.isCollapsible(body[index]) { index += 1 }
                guard index < count, body[index] == UInt8(ascii: "=") else {
                    keep(UnsafeBufferPointer(start: nil, count: 0), in: slot)
                    continue
                }
                index += 1
                while index < count, ByteClass.isCollapsible(body[index]) { index += 1 }
                let valueStart: Int
                let valueEnd: Int
                if index < count, body[index] == UInt8(ascii: "\"") || body[index] == UInt8(ascii: "'") {
                    let quote = body[index]
                    index += 1
                    valueStart = index
                    index = HTMLText.firstIndex(of: quote, in: base, from: index, to: count, readable: readable) ?? count
                    valueEnd = index
                    if index < count { index += 1 }
                } else {
                    valueStart = index
                    while index < count, !ByteClass.isCollapsible(body[index]) { index += 1 }
                    valueEnd = index
                }
                keep(UnsafeBufferPointer(rebasing: body[valueStart..<valueEnd]), in: slot)
            }
        }

        /// Which wanted attribute (0 to 7) a name of `length` bytes packed as `key` is, or -1.
        @inline(__always)
        private static func wantedSlot(_ key: TagName, length: Int) -> Int {
            switch length {
            case 3: return key.low == Wanted.src ? 0 : key.low == Wanted.alt ? 1 : -1
            case 4: return key.low == Wanted.href ? 2 : -1
            case 5: return key.low == Wanted.style ? 3 : -1
            case 6: return key.low == Wanted.action ? 4 : key.low == Wanted.hidden ? 5 : -1
            case 7: return key.low == Wanted.content ? 6 : -1
            case 10: return key.low == Wanted.httpEquiv.0 && key.high == Wanted.httpEquiv.1 ? 7 : -1
            default: return -1
            }
        }

        /// Keeps `value` for the wanted attribute `slot` unless an earlier one had its name.
        @inline(__always)
        private mutating func keep(_ value: UnsafeBufferPointer<UInt8>, in slot: Int) {
            switch slot {
            case 0: if src == nil { src = value }
            case 1: if alt == nil { alt = value }
            case 2: if href == nil { href = value }
            case 3: if style == nil { style = value }
            case 4: if action == nil { action = value }
            case 5: if hidden == nil { hidden = value }
            case 6: if content == nil { content = value }
            case 7: if httpEquiv == nil { httpEquiv = value }
            default: break
            }
        }

        private static let maxAttributes = 32

        /// Clears the wanted attributes of the tag read before.
        private mutating func forgetAttributes() {
            href = nil
            src = nil
            alt = nil
            action = nil
            httpEquiv = nil
            content = nil
            hidden = nil
            style = nil
        }

        /// The plain reading, for tags with many attributes: every distinct name goes into a table (the first of
        /// repeated ones wins) until 32 are read, and the wanted ones are looked up in it.
        private mutating func parseAllAttributes() {
            struct Attribute {
                var nameStart = 0
                var nameEnd = 0
                var valueStart = -1
                var valueEnd = -1
            }
            let body = self.body
            forgetAttributes()
            var attributes: [Attribute] = []
            func add(_ attribute: Attribute) {
                let length = attribute.nameEnd - attribute.nameStart
                for earlier in attributes where earlier.nameEnd - earlier.nameStart == length {
                    var same = true
                    for offset in 0..<length
                    where ASCII.lower(body[earlier.nameStart + offset]) != ASCII.lower(body[attribute.nameStart + offset]) {
                        same = false
                        break
                    }
                    if same { return }
                }
                attributes.append(attribute)
            }
            let count = body.count
            var index = attributesStart
            while index < count, attributes.count < Tag.maxAttributes {
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
            for attribute in attributes {
                let slot = Tag.wantedSlot(
                    TagName(UnsafeBufferPointer(rebasing: body[attribute.nameStart..<attribute.nameEnd])),
                    length: attribute.nameEnd - attribute.nameStart)
                guard slot >= 0 else { continue }
                keep(
                    attribute.valueStart >= 0
                        ? UnsafeBufferPointer(rebasing: body[attribute.valueStart..<attribute.valueEnd])
                        : UnsafeBufferPointer(start: nil, count: 0),
                    in: slot)
            }
        }

        /// Inline styles and attributes that hide content from the reader (``InlineStyle``); after
        /// ``parseAttributes()``.
        func isHiddenStyle() -> Bool {
            if hidden != nil { return true }
            guard let style, !style.isEmpty else { return false }
            return InlineStyle.hides(style)
        }
    }

    /// Whether an inline style hides its element: whether the style compacted (lowercased, without spaces, tabs and
    /// line breaks, so "display : none" and "DISPLAY:none" match) holds `display:none`, `visibility:hidden`,
    /// `font-size:0`, `max-height:0` or `opacity:0`. Only the first `opacity:0` counts: followed by a dot
    /// (`opacity:0.5`) it does not hide.
    enum InlineStyle {
        /// The definition without compacting: compacting keeps every colon and the order of the kept bytes, so a
        /// needle is in the compacted style where a colon's kept bytes before it, lowercased, end with the needle's
        /// property and those after it start with its value. The colons are taken in order, as a search of the
        /// compacted style takes them, and the needles' values start with different bytes (`n`, `h`, `0`), so the
        /// first kept byte after a colon says which to compare. Each walk from a colon passes whitespace and at most
        /// ten kept bytes, and a whitespace run is walked only from the few colons within ten kept bytes of it, so
        /// the check is linear.
        static func hides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = style.count
            // Every read below is at an index checked to be in 0..<count first.
            /// Whether the kept bytes before `end`, lowercased, end with `property`.
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
            /// Whether the kept bytes from `start`, lowercased, start with `value`.
            func keptBytes(from start: Int, startWith value: StaticString) -> Bool {
                var index = start
                for offset in 0..<value.utf8CodeUnitCount {
                    while index < count, ByteClass.isCollapsible(style[index]) { index += 1 }
                    guard index < count, ASCII.lower(style[index]) == value.utf8Start[offset] else { return false }
                    index += 1
                }
                return true
            }
            var opacitySeen = false
            var from = 0
            while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: style, from: from, to: count) {
                from = colon + 1
                var after = colon + 1
                while after < count, ByteClass.isCollapsible(style[after]) { after += 1 }
                // Nothing kept after this colon: no needle here, and no colon further on.
                guard after < count else { return false }
                switch ASCII.lower(style[after]) {
                case UInt8(ascii: "n"):
                    if keptBytes(before: colon, endWith: "display"), keptBytes(from: after, startWith: "none") {
                        return true
                    }
                case UInt8(ascii: "h"):
                    if keptBytes(before: colon, endWith: "visibility"), keptBytes(from: after, startWith: "hidden") {
                        return true
                    }
                case UInt8(ascii: "0"):
                    if keptBytes(before: colon, endWith: "font-size") || keptBytes(before: colon, endWith: "max-height") {
                        return true
                    }
                    if !opacitySeen, keptBytes(before: colon, endWith: "opacity") {
                        // Only the first opacity:0 counts; followed by a dot (opacity:0.5) it does not hide.
                        opacitySeen = true
                        var next = after + 1
                        while next < count, ByteClass.isCollapsible(style[next]) { next += 1 }
                        if !(next < count && style[next] == UInt8(ascii: ".")) { return true }
                    }
                default:
                    break
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

    /// The names of the entities decoded (for tests).
    static var namedEntityNames: [String] { Array(namedEntities.keys) }

    /// The named entities by name, packed as ``entityKey(_:)`` packs them, sorted for a binary search.
    private static let namedEntityKeys: [(key: UInt64, scalar: Unicode.Scalar)] = namedEntities.map { name, value in
        var name = name
        return (name.withUTF8 { entityKey($0) ?? 0 }, value.unicodeScalars.first ?? " ")
    }.sorted { $0.key < $1.key }

    /// A name of at most eight bytes (letters, digits and `#`, as entity names are read), ASCII letters lowercased,
    /// packed first byte lowest; nil for a longer one, which no entity has.
    @inline(__always)
    private static func entityKey(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for offset in 0..<name.count { key |= UInt64(ASCII.lower(name[offset])) << (8 * UInt64(offset)) }
        return key
    }

    /// `namedEntities[name] ?? namedEntities[name.lowercased()]` without strings: every key is lowercase ASCII, so
    /// an exact match is also a match of the lowercased name, and lowercasing a name of ASCII bytes is ASCII
    /// lowercasing. Every replacement is one scalar.
    private static func namedEntity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let key = entityKey(name) else { return nil }
        return namedEntityKeys.withUnsafeBufferPointer { table -> Unicode.Scalar? in
            var low = 0
            var high = table.count
            while low < high {
                let middle = (low + high) / 2
                if table[middle].key < key { low = middle + 1 } else { high = middle }
            }
            return low < table.count && table[low].key == key ? table[low].scalar : nil
        }
    }

    /// The scalar of `&#` followed by `digits`: decimal, or hexadecimal after `x` or `X`, as `UInt32(_:radix:)` reads
    /// them (no digit, a byte that is not one, or a value past UInt32 gives nil), and then `Unicode.Scalar(_:)` (nil
    /// for surrogates and values past U+10FFFF). At most 11 digits come (entity bodies stop at 12 bytes), which
    /// a UInt64 holds in either base.
    private static func numericEntity(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = 0
        var radix: UInt64 = 10
        if let first = digits.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") {
            start = 1
            radix = 16
        }
        guard start < digits.count, digits.count - start <= 11 else { return nil }
        var value: UInt64 = 0
        for index in start..<digits.count {
            guard let digit = ASCII.hexValue(digits[index]), UInt64(digit) < radix else { return nil }
            value = value * radix + UInt64(digit)
        }
        guard value <= UInt64(UInt32.max) else { return nil }
        return Unicode.Scalar(UInt32(value))
    }

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
            let body = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<min(end, count)])
            let hasSemicolon = end < count && bytes[end] == UInt8(ascii: ";")
            var replacement: Unicode.Scalar? = nil
            if body.first == UInt8(ascii: "#") {
                replacement = numericEntity(UnsafeBufferPointer(rebasing: body[1...]))
            } else if hasSemicolon, !body.isEmpty {
                replacement = namedEntity(body)
            }
            if let replacement {
                out.append(replacement)
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
