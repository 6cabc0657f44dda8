extension HTMLText {
    /// One tag's name and the attributes the renderer reads (names compared case-insensitively, values raw), as
    /// ranges of the document. The first of repeated attributes wins; at most 32 distinct names are read.
    ///
    /// The name is read for every tag (``parseName(_:readable:)``), the attributes only for a tag that needs them
    /// (``parseAttributes()``), and of those only the eight names the renderer asks for are kept, each in a field of
    /// its own: no table of every attribute, no search of it per lookup. A tag with 32 attributes or more, where the
    /// cap on distinct names could matter, is read the plain way (``parseAllAttributes()``).
    struct Tag {
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
                    index = ByteVector.firstIndex(of: quote, in: base, from: index, to: count, readable: readable) ?? count
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
}
