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
            #expect(HTMLText.ByteClass.isTrimmable(byte) == (collapsible || byte == 12))
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
}
