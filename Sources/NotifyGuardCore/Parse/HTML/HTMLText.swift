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
        assert(UTF8Bytes.isValidUTF8(bytes), "HTML to render is not well-formed UTF-8")
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
                trimmed = scratch.withBytes { string(ASCII.trimmingWhitespace($0)) }
            } else {
                trimmed = string(ASCII.trimmingWhitespace(url))
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
                while position < written.count, ASCII.isWhitespace(written[position]) { position += 1 }
                anchorText = entityDecodedString(
                    ASCII.trimmingWhitespace(UnsafeBufferPointer(rebasing: written[position...])))
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
                        // Popped one by one: `removeLast(_:)` is a generic call here, dearer than the loop.
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
}
