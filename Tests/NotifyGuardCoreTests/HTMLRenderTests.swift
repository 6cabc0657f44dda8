@testable import NotifyGuardCore
import Testing

/// The renderer's packed tag names and byte-class masks against the plain definitions they replace.
@Suite struct HTMLRenderTests {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
        "section", "article", "header", "footer", "ul", "ol", "hr", "center", "title",
    ]
    private static let voidTags: Set<String> = [
        "br", "img", "meta", "hr", "input", "link", "wbr", "col", "area", "base",
    ]
    private static let roles: [String: HTMLText.TagKind.Role] = [
        "a": .anchor, "img": .image, "form": .form, "meta": .meta, "script": .script, "style": .style,
    ]

    private func kind(_ name: String) -> HTMLText.TagKind {
        var name = name
        return name.withUTF8 { HTMLText.TagKind(HTMLText.TagName($0)) }
    }

    @Test func tagKindsMatchTheNameLists() {
        let names = Self.blockTags.union(Self.voidTags).union(Self.roles.keys).union([
            "span", "font", "b", "h7", "blockquot", "blockquotes", "tbody", "abbr", "x-long-custom-element-name",
        ])
        for name in names {
            for spelling in [name, name.uppercased()] {
                let kind = kind(spelling)
                #expect(kind.isBlock == Self.blockTags.contains(name), "\(spelling)")
                #expect(kind.isVoid == Self.voidTags.contains(name), "\(spelling)")
                #expect(kind.role == Self.roles[name] ?? .other, "\(spelling)")
            }
        }
    }

    @Test func longTagNamesCompareWholeAndWithoutCase() {
        var document = Array("x-custom-element-one X-CUSTOM-ELEMENT-ONE x-custom-element-two".utf8)
        document.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            let one = HTMLText.TagName(UnsafeBufferPointer(rebasing: bytes[0..<20]))
            let upper = HTMLText.TagName(UnsafeBufferPointer(rebasing: bytes[21..<41]))
            let two = HTMLText.TagName(UnsafeBufferPointer(rebasing: bytes[42..<62]))
            let prefix = HTMLText.TagName(UnsafeBufferPointer(rebasing: bytes[0..<16]))
            #expect(one == upper)
            #expect(one != two)
            #expect(one != prefix)
            #expect(one.isLong && !prefix.isLong)
        }
    }

    @Test func byteClassesMatchTheirDefinitions() {
        for value in 0...255 {
            let byte = UInt8(value)
            let collapsible = byte == 32 || byte == 9 || byte == 10 || byte == 13
            #expect(HTMLText.ByteClass.isCollapsible(byte) == collapsible)
            #expect(ASCII.isWhitespace(byte) == (collapsible || byte == 12))
            #expect(HTMLText.ByteClass.isTagSyntax(byte) == (byte == 34 || byte == 39 || byte == 60 || byte == 62))
            let nameByte = ASCII.isAlnum(byte) || byte == 45 || byte == 95 || byte == 58
            #expect(HTMLText.ByteClass.isNameByte(byte) == nameByte)
        }
    }

    @Test func hiddenStylesAndAnchorsRenderAsBefore() {
        let html = """
            <p>Hi <a href=" https://a.example/?x=1&amp;y=2 ">  Click &amp; go </a></p>
            <div style="DISPLAY : none">secret</div><span style="opacity:0.5">seen</span>
            <span style="opacity:0.5;opacity:0">still seen</span><img src="i.png" alt="logo">
            """
        let result = HTMLText.render(html, maxLinks: 10)
        #expect(result.text == "\nHi Click & go \n\n\nseen still seenlogo")
        #expect(result.hiddenText == "secret ")
        #expect(result.links == [
            HTMLLink(kind: .href, url: "https://a.example/?x=1&y=2", anchorText: "Click & go", textPosition: 4),
            HTMLLink(kind: .image, url: "i.png", anchorText: ""),
        ])
    }
    /// A tag cut short by a `<` keeps every byte before the `<`: an attribute value running to the cut is whole,
    /// multi-byte characters included. (It once lost the byte before the `<`, so `<a href=x.com<b>` linked to
    /// `x.co` and a cut inside a UTF-8 sequence gave U+FFFD.)
    @Test func tagsCutByALessThanSignKeepTheirBytes() {
        let html = "<p>caf\u{E9}</p><img src=a alt=x\u{E9}\u{E9}<b>t</b><a href=y\u{20AC}<i>link</i></a><a href=http://x.com<b>z</b></a>"
        let result = HTMLText.render(html, maxLinks: 10)
        #expect(result.text == "\ncaf\u{E9}\nx\u{E9}\u{E9}tlinkz")
        #expect(result.links == [
            HTMLLink(kind: .image, url: "a", anchorText: ""),
            HTMLLink(kind: .href, url: "y\u{20AC}", anchorText: "link", textPosition: 13),
            HTMLLink(kind: .href, url: "http://x.com", anchorText: "z", textPosition: 17),
        ])
    }

    /// The check without compacting, and the definition's filter that skips compacting, agree with a search of the
    /// compacted style.
    @Test func styleFilterKeepsEveryHidingStyle() {
        let pieces = [
            "display", "DISPLAY", "visibility", "font-size", "max-height", "opacity", "Opacity", "color", ":", " : ",
            "\t:\n", "none", "NoNe", "n one", "hidden", "H", "0", "0.5", " 0", ".5", "#fff", ";", " ", "\r", "y", "e",
            "t", "n", "h", "x", "é", "-", "display:none", "visibility : hidden", "font-size: 0px", "max-height:0",
            "opacity:0", "opacity:0.5", "Font-Size:\t0",
        ].map { Array($0.utf8) }
        var random = TestRandom(state: 12)
        var scratch = ByteWriter()
        var hidden = 0
        for _ in 0..<20_000 {
            let style = (0..<random.below(9)).flatMap { _ in random.pick(pieces) }
            style.withUnsafeBufferPointer { style in
                let expected = ReferenceHTMLText.InlineStyle.compactedHides(style, scratch: &scratch)
                #expect(ReferenceHTMLText.InlineStyle.hides(style, scratch: &scratch) == expected, "\(Array(style))")
                #expect(HTMLText.InlineStyle.hides(style) == expected, "\(Array(style))")
                if expected { hidden += 1 }
            }
        }
        #expect(hidden > 1_000)
    }
    /// Collapsing whitespace eight bytes at a time gives what the byte-by-byte definition gives, for runs crossing
    /// every word boundary, with control bytes below a space that are not whitespace, and after any previous text.
    @Test func collapsedTextIsTheDefinition() {
        func reference(_ run: [UInt8], after previous: [UInt8]) -> [UInt8] {
            var out = previous
            for byte in run {
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                    if let last = out.last, last != 32, last != 10 { out.append(32) }
                } else {
                    out.append(byte)
                }
            }
            return out
        }
        let bytes: [UInt8] = [32, 9, 10, 13, 12, 0, 31, 33, 0x41, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, 0x20, 0x61]
        var random = TestRandom(state: 13)
        for round in 0..<8_000 {
            let previous = (0..<random.below(3)).map { _ in random.pick(bytes) }
            // Sparse special bytes too, so runs of 16 and 8 plain bytes (the vector and word steps) come up.
            let density = [3, 12, 40][round % 3]
            let run = (0..<random.below(70)).map { _ in random.below(density) == 0 ? random.pick(bytes) : 0x61 }
            var text = ByteWriter()
            previous.withUnsafeBufferPointer { text.append($0) }
            run.withUnsafeBufferPointer { HTMLText.appendCollapsed($0, to: &text) }
            #expect(text.array() == reference(run, after: previous), "\(previous) \(run)")
        }
    }
}
