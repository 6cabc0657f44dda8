/// Where in the HTML a link was found.
public enum HTMLLinkKind: String, Sendable, Codable {
    case href, image, form, refresh
}

/// A URL from an HTML attribute, with the text the reader saw for it (anchors only).
public struct HTMLLink: Sendable, Equatable {
    public var kind: HTMLLinkKind
    public var url: String
    public var anchorText: String

    public init(kind: HTMLLinkKind, url: String, anchorText: String) {
        self.kind = kind
        self.url = url
        self.anchorText = anchorText
    }
}

/// Renders HTML to the text a reader sees and collects its links, in one linear pass with no tree.
///
/// Tolerates anything: unclosed tags and comments end at end of input, unknown entities stay literal.
enum HTMLText {
    struct Result {
        var text: String
        var links: [HTMLLink]
        var hiddenText: String
        var linksTruncated: Bool
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
        "section", "article", "header", "footer", "ul", "ol", "hr", "center", "title",
    ]

    static func render(_ html: String, maxLinks: Int) -> Result {
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count / 3)
        var hidden: [UInt8] = []
        var links: [HTMLLink] = []
        var linksTruncated = false
        var openAnchor: (url: String, textStart: Int)? = nil
        var hiddenStack: [(name: String, hidden: Bool)] = []
        var hiddenDepth = 0
        var index = 0

        func addLink(_ kind: HTMLLinkKind, _ url: String, anchor: String = "") {
            let trimmed = decodeEntities(url).trimmingASCIIWhitespace()
            guard !trimmed.isEmpty else { return }
            if links.count >= maxLinks {
                linksTruncated = true
                return
            }
            links.append(HTMLLink(kind: kind, url: trimmed, anchorText: anchor))
        }
        func closeAnchor() {
            guard let anchor = openAnchor else { return }
            openAnchor = nil
            let start = min(anchor.textStart, text.count)
            let anchorText = String(decoding: text[start...], as: UTF8.self).trimmingASCIIWhitespace()
            addLink(.href, anchor.url, anchor: decodeEntities(anchorText))
        }

        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                // Text run up to the next tag.
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if hiddenDepth > 0 {
                    hidden.append(contentsOf: bytes[start..<index])
                    hidden.append(32)
                } else {
                    appendCollapsed(bytes[start..<index], to: &text)
                }
                continue
            }
            // Comment
            if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == 45, bytes[index + 3] == 45 {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            let tagEnd = findTagEnd(bytes, from: index + 1)
            let tag = Tag(bytes[(index + 1)..<tagEnd])
            index = min(bytes.count, tagEnd + 1)
            guard !tag.name.isEmpty else {
                if tagEnd == index - 1, tag.isClosing == false { text.append(32) }
                continue
            }
            if !tag.isClosing && (tag.name == "script" || tag.name == "style") {
                let closing = Array("</\(tag.name)".utf8)
                index = findCaseInsensitive(bytes, closing, from: index).map { findTagEnd(bytes, from: $0) + 1 }
                    ?? bytes.count
                continue
            }
            if blockTags.contains(tag.name) { text.append(10) }
            if tag.isClosing {
                if tag.name == "a" { closeAnchor() }
                if let position = hiddenStack.lastIndex(where: { $0.name == tag.name }) {
                    for entry in hiddenStack[position...] where entry.hidden { hiddenDepth -= 1 }
                    hiddenStack.removeSubrange(position...)
                }
                continue
            }
            switch tag.name {
            case "a":
                closeAnchor()
                if let href = tag.attributes["href"] { openAnchor = (href, text.count) }
            case "img":
                if let src = tag.attributes["src"] { addLink(.image, src) }
                if let alt = tag.attributes["alt"], hiddenDepth == 0 { appendCollapsed(Array(alt.utf8)[...], to: &text) }
            case "form":
                if let action = tag.attributes["action"] { addLink(.form, action) }
            case "meta":
                if tag.attributes["http-equiv"]?.lowercased() == "refresh", let content = tag.attributes["content"] {
                    let contentBytes = Array(content.utf8)
                    if let start = findCaseInsensitive(contentBytes, Array("url=".utf8), from: 0) {
                        let url = String(decoding: contentBytes[(start + 4)...], as: UTF8.self)
                        addLink(.refresh, url.trimmingCharacters(inSet: "'\" "))
                    }
                }
            default:
                break
            }
            let voidTags: Set<String> = ["br", "img", "meta", "hr", "input", "link", "wbr", "col", "area", "base"]
            if !voidTags.contains(tag.name) && !tag.selfClosing && hiddenStack.count < 512 {
                let isHidden = tag.isHiddenStyle
                if isHidden { hiddenDepth += 1 }
                hiddenStack.append((tag.name, isHidden))
            }
        }
        closeAnchor()
        return Result(
            text: decodeEntities(String(decoding: text, as: UTF8.self)),
            links: links,
            hiddenText: decodeEntities(String(decoding: hidden, as: UTF8.self)),
            linksTruncated: linksTruncated)
    }

    /// Appends text collapsing whitespace runs to one space, as a browser does.
    private static func appendCollapsed(_ run: ArraySlice<UInt8>, to text: inout [UInt8]) {
        for byte in run {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                if let last = text.last, last != 32, last != 10 { text.append(32) }
            } else {
                text.append(byte)
            }
        }
    }

    /// End of a tag: the `>` outside quotes (or end of input).
    private static func findTagEnd(_ bytes: [UInt8], from start: Int) -> Int {
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

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        findCaseInsensitive(bytes, Array(needle.utf8), from: start)
    }

    static func findCaseInsensitive(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
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

    /// One tag's name and attributes (names lowercased, values raw).
    private struct Tag {
        var name = ""
        var isClosing = false
        var selfClosing = false
        var attributes: [String: String] = [:]

        init(_ body: ArraySlice<UInt8>) {
            var index = body.startIndex
            if index < body.endIndex, body[index] == UInt8(ascii: "/") {
                isClosing = true
                index += 1
            }
            let nameStart = index
            while index < body.endIndex, ASCII.isAlnum(body[index]) { index += 1 }
            name = String(decoding: body[nameStart..<index], as: UTF8.self).lowercased()
            if let last = body.last, last == UInt8(ascii: "/") { selfClosing = true }
            guard !isClosing else { return }
            while index < body.endIndex, attributes.count < 32 {
                while index < body.endIndex, !isNameByte(body[index]) { index += 1 }
                let attrStart = index
                while index < body.endIndex, isNameByte(body[index]) { index += 1 }
                guard index > attrStart else { break }
                let attrName = String(decoding: body[attrStart..<index], as: UTF8.self).lowercased()
                while index < body.endIndex, body[index] == 32 || body[index] == 10 || body[index] == 13 || body[index] == 9 {
                    index += 1
                }
                guard index < body.endIndex, body[index] == UInt8(ascii: "=") else {
                    if attributes[attrName] == nil { attributes[attrName] = "" }
                    continue
                }
                index += 1
                while index < body.endIndex, body[index] == 32 || body[index] == 10 || body[index] == 13 || body[index] == 9 {
                    index += 1
                }
                var value: ArraySlice<UInt8> = []
                if index < body.endIndex, body[index] == UInt8(ascii: "\"") || body[index] == UInt8(ascii: "'") {
                    let quote = body[index]
                    index += 1
                    let valueStart = index
                    while index < body.endIndex, body[index] != quote { index += 1 }
                    value = body[valueStart..<index]
                    if index < body.endIndex { index += 1 }
                } else {
                    let valueStart = index
                    while index < body.endIndex, !(body[index] == 32 || body[index] == 9 || body[index] == 10 || body[index] == 13) {
                        index += 1
                    }
                    value = body[valueStart..<index]
                }
                if attributes[attrName] == nil { attributes[attrName] = String(decoding: value, as: UTF8.self) }
            }
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            ASCII.isAlnum(byte) || byte == 45 || byte == 95 || byte == 58
        }

        /// Inline styles and attributes that hide content from the reader.
        var isHiddenStyle: Bool {
            if attributes["hidden"] != nil { return true }
            guard let style = attributes["style"], !style.isEmpty else { return false }
            // Lowercased, without spaces, so "display : none" and "DISPLAY:none" match; bytes, not Characters.
            var compact: [UInt8] = []
            compact.reserveCapacity(style.utf8.count)
            for byte in style.utf8 where byte != 32 && byte != 9 && byte != 10 && byte != 13 { compact.append(ASCII.lower(byte)) }
            for needle in Self.hidingStyles {
                guard let at = HTMLText.findCaseInsensitive(compact, needle, from: 0) else { continue }
                // opacity:0 hides; opacity:0.5 does not.
                let next = at + needle.count
                if needle == Self.opacityZero, next < compact.count, compact[next] == UInt8(ascii: ".") { continue }
                return true
            }
            return false
        }

        private static let opacityZero = Array("opacity:0".utf8)
        private static let hidingStyles: [[UInt8]] = [
            Array("display:none".utf8), Array("visibility:hidden".utf8), Array("font-size:0".utf8),
            Array("max-height:0".utf8), opacityZero,
        ]
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
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
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
        return String(decoding: out, as: UTF8.self)
    }
}
