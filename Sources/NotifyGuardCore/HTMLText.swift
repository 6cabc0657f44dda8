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

    /// Tags that break the line (a browser renders them as blocks).
    private static let blockTags: [TagName] = [
        "p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
        "section", "article", "header", "footer", "ul", "ol", "hr", "center", "title",
    ].map { TagName(literal: $0) }
    /// Tags without content or end tag: they never open an element that could hide text.
    private static let voidTags: [TagName] = ["br", "img", "meta", "hr", "input", "link", "wbr", "col", "area", "base"]
        .map { TagName(literal: $0) }
    private static let anchorTag = TagName(literal: "a")
    private static let imageTag = TagName(literal: "img")
    private static let formTag = TagName(literal: "form")
    private static let metaTag = TagName(literal: "meta")
    private static let scriptTag = TagName(literal: "script")
    private static let styleTag = TagName(literal: "style")
    private static let scriptClose = Array("</script".utf8)
    private static let styleClose = Array("</style".utf8)
    private static let commentClose = Array("-->".utf8)

    static func render(_ html: String, maxLinks: Int) -> Result {
        var html = html
        return html.withUTF8 { render(utf8: $0, maxLinks: maxLinks) }
    }

    /// Renders a document given as well-formed UTF-8 bytes (what a string holds: invalid input must be repaired
    /// first, as `String(decoding:as:)` does, or the text and its offsets would differ).
    static func render(utf8 bytes: UnsafeBufferPointer<UInt8>, maxLinks: Int) -> Result {
        var renderer = Renderer(bytes: bytes, maxLinks: maxLinks)
        renderer.run()
        return renderer.result()
    }

    /// The pass over one document; a struct so its buffers are mutated in place, not through closure boxes.
    private struct Renderer {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxLinks: Int
        var text: [UInt8] = []
        var hidden: [UInt8] = []
        var links: [HTMLLink] = []
        var linksTruncated = false
        var openAnchor: (url: String, textStart: Int)? = nil
        var hiddenStack: [(name: TagName, hidden: Bool)] = []
        var hiddenDepth = 0
        /// Reused by every tag: attribute name and value ranges.
        var tag = Tag()
        /// Reused by every style check.
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, maxLinks: Int) {
            self.bytes = bytes
            self.maxLinks = maxLinks
            text.reserveCapacity(bytes.count / 3)
        }

        /// Decodes entities in the text, moving each anchor's offset (counted in the undecoded text) with it.
        func result() -> Result {
            var links = links
            let anchors = links.indices.filter { links[$0].textPosition != nil }.sorted {
                (links[$0].textPosition ?? 0, $0) < (links[$1].textPosition ?? 0, $1)
            }
            let (decoded, positions) = HTMLText.decodeEntities(text, moving: anchors.map { links[$0].textPosition ?? 0 })
            for (index, position) in zip(anchors, positions) { links[index].textPosition = position }
            return Result(
                text: String(decoding: decoded, as: UTF8.self),
                links: links,
                hiddenText: String(decoding: HTMLText.decodeEntities(hidden), as: UTF8.self),
                linksTruncated: linksTruncated)
        }

        mutating func addLink(_ kind: HTMLLinkKind, _ url: String, anchor: String = "", position: Int? = nil) {
            let trimmed = decodeEntities(url).trimmingASCIIWhitespace()
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
            let anchorText = String(decoding: text[start...], as: UTF8.self).trimmingASCIIWhitespace()
            var position = start
            // The same whitespace trimmingASCIIWhitespace() drops from the anchor text.
            while position < text.count, text[position] == 32 || text[position] == 9 || text[position] == 10
                || text[position] == 12 || text[position] == 13
            {
                position += 1
            }
            addLink(.href, anchor.url, anchor: decodeEntities(anchorText), position: position)
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
                        hidden.append(contentsOf: run)
                        hidden.append(32)
                    } else {
                        HTMLText.appendCollapsed(run, to: &text)
                    }
                    continue
                }
                // Comment
                if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == 45, bytes[index + 3] == 45 {
                    index = findCaseInsensitive(bytes, HTMLText.commentClose, from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                let tagEnd = findTagEnd(bytes, from: index + 1)
                tag.parse(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<tagEnd]))
                index = min(count, tagEnd + 1)
                guard !tag.name.isEmpty else {
                    if tagEnd == index - 1, tag.isClosing == false { text.append(32) }
                    continue
                }
                let name = tag.name
                if !tag.isClosing && (name == HTMLText.scriptTag || name == HTMLText.styleTag) {
                    let closing = name == HTMLText.scriptTag ? HTMLText.scriptClose : HTMLText.styleClose
                    index = findCaseInsensitive(bytes, closing, from: index).map { findTagEnd(bytes, from: $0) + 1 } ?? count
                    continue
                }
                if HTMLText.blockTags.contains(name) { text.append(10) }
                if tag.isClosing {
                    if name == HTMLText.anchorTag { closeAnchor() }
                    if let position = hiddenStack.lastIndex(where: { $0.name == name }) {
                        for entry in hiddenStack[position...] where entry.hidden { hiddenDepth -= 1 }
                        hiddenStack.removeSubrange(position...)
                    }
                    continue
                }
                if name == HTMLText.anchorTag {
                    closeAnchor()
                    if let href = tag.value(of: "href") { openAnchor = (string(href), text.count) }
                } else if name == HTMLText.imageTag {
                    if let src = tag.value(of: "src") { addLink(.image, string(src)) }
                    if let alt = tag.value(of: "alt"), hiddenDepth == 0 { HTMLText.appendCollapsed(alt, to: &text) }
                } else if name == HTMLText.formTag {
                    if let action = tag.value(of: "action") { addLink(.form, string(action)) }
                } else if name == HTMLText.metaTag {
                    if let equiv = tag.value(of: "http-equiv"), string(equiv).lowercased() == "refresh",
                        let content = tag.value(of: "content")
                    {
                        let contentBytes = Array(content)
                        if let start = findCaseInsensitive(contentBytes, Array("url=".utf8), from: 0) {
                            let url = String(decoding: contentBytes[(start + 4)...], as: UTF8.self)
                            addLink(.refresh, url.trimmingCharacters(inSet: "'\" "))
                        }
                    }
                }
                if !HTMLText.voidTags.contains(name) && !tag.selfClosing && hiddenStack.count < 512 {
                    let isHidden = tag.isHiddenStyle(scratch: &scratch)
                    if isHidden { hiddenDepth += 1 }
                    hiddenStack.append((name, isHidden))
                }
            }
            closeAnchor()
        }

        private func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Appends text collapsing whitespace runs to one space, as a browser does.
    private static func appendCollapsed(_ run: UnsafeBufferPointer<UInt8>, to text: inout [UInt8]) {
        var last = text.last
        text.appendBytes(upTo: run.count) { out in
            var written = 0
            for byte in run {
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                    if let previous = last, previous != 32, previous != 10 {
                        out[written] = 32
                        written += 1
                        last = 32
                    }
                } else {
                    out[written] = byte
                    written += 1
                    last = byte
                }
            }
            return written
        }
    }

    /// End of a tag: the `>` outside quotes (or end of input).
    private static func findTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // Only quotes that open an attribute value count; a stray quote elsewhere does not swallow the page.
                if index > start, bytes[index - 1] == UInt8(ascii: "=") { quote = byte }
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "<") && index > start {
                return index - 1
            }
            index += 1
        }
        return bytes.count
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

    /// A tag name (ASCII letters and digits, lowercased), packed into two words when it is at most 16 bytes long,
    /// as every name the renderer acts on is: comparing names is then comparing integers.
    struct TagName: Equatable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var long: [UInt8]? = nil

        var isEmpty: Bool { low == 0 && long == nil }

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else {
                long = asciiLowercased(bytes)
                return
            }
            for (offset, byte) in bytes.enumerated() {
                let lowered = UInt64(ASCII.lower(byte))
                if offset < 8 {
                    low |= lowered << (8 * UInt64(offset))
                } else {
                    high |= lowered << (8 * UInt64(offset - 8))
                }
            }
        }

        init(literal: String) {
            var literal = literal
            self = literal.withUTF8 { TagName($0) }
        }
    }

    /// One tag's name and attributes (names compared case-insensitively, values raw), as ranges of the document.
    /// The first of repeated attributes wins; at most 32 distinct names are read.
    private struct Tag {
        var name = TagName(UnsafeBufferPointer(start: nil, count: 0))
        var isClosing = false
        var selfClosing = false
        private var body = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// Name and value ranges in `body`; a value of nil is an attribute written without `=`.
        private var attributes: [(name: Range<Int>, value: Range<Int>?)] = []

        init() {
            attributes.reserveCapacity(32)
        }

        mutating func parse(_ body: UnsafeBufferPointer<UInt8>) {
            self.body = body
            isClosing = false
            selfClosing = false
            attributes.removeAll(keepingCapacity: true)
            var index = 0
            if index < body.count, body[index] == UInt8(ascii: "/") {
                isClosing = true
                index += 1
            }
            let nameStart = index
            while index < body.count, ASCII.isAlnum(body[index]) { index += 1 }
            name = TagName(UnsafeBufferPointer(rebasing: body[nameStart..<index]))
            if let last = body.last, last == UInt8(ascii: "/") { selfClosing = true }
            guard !isClosing else { return }
            while index < body.count, attributes.count < 32 {
                while index < body.count, !isNameByte(body[index]) { index += 1 }
                let attrStart = index
                while index < body.count, isNameByte(body[index]) { index += 1 }
                guard index > attrStart else { break }
                let attrName = attrStart..<index
                while index < body.count, body[index] == 32 || body[index] == 10 || body[index] == 13 || body[index] == 9 {
                    index += 1
                }
                guard index < body.count, body[index] == UInt8(ascii: "=") else {
                    if !hasAttribute(named: attrName) { attributes.append((attrName, nil)) }
                    continue
                }
                index += 1
                while index < body.count, body[index] == 32 || body[index] == 10 || body[index] == 13 || body[index] == 9 {
                    index += 1
                }
                var value: Range<Int>
                if index < body.count, body[index] == UInt8(ascii: "\"") || body[index] == UInt8(ascii: "'") {
                    let quote = body[index]
                    index += 1
                    let valueStart = index
                    while index < body.count, body[index] != quote { index += 1 }
                    value = valueStart..<index
                    if index < body.count { index += 1 }
                } else {
                    let valueStart = index
                    while index < body.count, !(body[index] == 32 || body[index] == 9 || body[index] == 10 || body[index] == 13) {
                        index += 1
                    }
                    value = valueStart..<index
                }
                if !hasAttribute(named: attrName) { attributes.append((attrName, value)) }
            }
        }

        private func hasAttribute(named range: Range<Int>) -> Bool {
            attributes.contains { sameName($0.name, range) }
        }

        private func sameName(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count else { return false }
            for offset in 0..<a.count where ASCII.lower(body[a.lowerBound + offset]) != ASCII.lower(body[b.lowerBound + offset]) {
                return false
            }
            return true
        }

        /// The attribute's raw value (empty when written without `=`); `name` is lowercase ASCII.
        func value(of name: StaticString) -> UnsafeBufferPointer<UInt8>? {
            let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            for attribute in attributes where attribute.name.count == wanted.count {
                var matched = true
                for offset in 0..<wanted.count where ASCII.lower(body[attribute.name.lowerBound + offset]) != wanted[offset] {
                    matched = false
                    break
                }
                guard matched else { continue }
                guard let value = attribute.value else { return UnsafeBufferPointer(start: nil, count: 0) }
                return UnsafeBufferPointer(rebasing: body[value])
            }
            return nil
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            ASCII.isAlnum(byte) || byte == 45 || byte == 95 || byte == 58
        }

        /// Inline styles and attributes that hide content from the reader.
        ///
        /// The style is compacted (lowercased, without spaces, so "display : none" and "DISPLAY:none" match) into
        /// `scratch`, which the renderer reuses, and searched once for all needles. Only the first `opacity:0` counts:
        /// followed by a dot (`opacity:0.5`) it does not hide.
        func isHiddenStyle(scratch: inout [UInt8]) -> Bool {
            if value(of: "hidden") != nil { return true }
            guard let style = value(of: "style"), !style.isEmpty else { return false }
            scratch.removeAll(keepingCapacity: true)
            scratch.appendBytes(upTo: style.count) { out in
                var written = 0
                for byte in style where byte != 32 && byte != 9 && byte != 10 && byte != 13 {
                    out[written] = ASCII.lower(byte)
                    written += 1
                }
                return written
            }
            return scratch.withUnsafeBufferPointer { compact in
                // Every needle has a colon: only the places around each colon are compared, in order of position.
                var opacitySeen = false
                var from = 0
                while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: compact, from: from, to: compact.count) {
                    from = colon + 1
                    for (needle, colonOffset) in Self.hidingStyles where colon >= colonOffset {
                        let start = colon - colonOffset
                        guard start + needle.count <= compact.count,
                            needle.withUnsafeBufferPointer({
                                ByteScan.equal(UnsafeBufferPointer(rebasing: compact[start...]), $0, count: $0.count)
                            })
                        else { continue }
                        if needle == Self.opacityZero {
                            // Only the first opacity:0 counts; followed by a dot (opacity:0.5) it does not hide.
                            if opacitySeen { continue }
                            opacitySeen = true
                            if start + needle.count < compact.count, compact[start + needle.count] == UInt8(ascii: ".") {
                                continue
                            }
                        }
                        return true
                    }
                }
                return false
            }
        }

        private static let opacityZero = Array("opacity:0".utf8)
        /// Each needle with the offset of its colon.
        private static let hidingStyles: [(needle: [UInt8], colon: Int)] = [
            Array("display:none".utf8), Array("visibility:hidden".utf8), Array("font-size:0".utf8),
            Array("max-height:0".utf8), opacityZero,
        ].map { ($0, $0.firstIndex(of: UInt8(ascii: ":")) ?? 0) }
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

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;`; anything else stays as written. Works on UTF-8 bytes: entity syntax
    /// is ASCII, so the text between entities is copied untouched.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return String(decoding: decodeEntities(Array(text.utf8)), as: UTF8.self)
    }

    /// The byte form: a replacement is always a whole UTF-8 sequence, so decoding before or after repairing invalid
    /// UTF-8 gives the same string.
    static func decodeEntities(_ bytes: [UInt8]) -> [UInt8] {
        decodeEntities(bytes, moving: []).bytes
    }

    /// Decodes entities and maps `offsets` (ascending, in `bytes`) to the same places in the result; an offset
    /// inside an entity moves to just after its replacement.
    static func decodeEntities(_ bytes: [UInt8], moving offsets: [Int]) -> (bytes: [UInt8], offsets: [Int]) {
        guard let firstAmpersand = bytes.firstIndex(of: UInt8(ascii: "&")) else {
            return (bytes, offsets.map { min($0, bytes.count) })
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var moved: [Int] = []
        moved.reserveCapacity(offsets.count)
        var index = 0
        while index < bytes.count {
            while moved.count < offsets.count, offsets[moved.count] <= index { moved.append(out.count) }
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                // Copy the run up to the next entity in one go.
                let next = index < firstAmpersand ? firstAmpersand : bytes[index...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
                while moved.count < offsets.count, offsets[moved.count] < next {
                    moved.append(out.count + offsets[moved.count] - index)
                }
                out.append(contentsOf: bytes[index..<next])
                index = next
                continue
            }
            var end = index + 1
            while end < bytes.count, end - index <= 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&"),
                ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "#")
            {
                end += 1
            }
            let body = bytes[(index + 1)..<min(end, bytes.count)]
            let hasSemicolon = end < bytes.count && bytes[end] == UInt8(ascii: ";")
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
            if let replacement {
                out.append(contentsOf: replacement.utf8)
                index = hasSemicolon ? end + 1 : end
            } else {
                out.append(byte)
                index += 1
            }
        }
        while moved.count < offsets.count { moved.append(out.count) }
        return (out, moved)
    }
}
