@testable import NotifyGuardCore
import Testing

/// The renderer against its definition (``ReferenceHTMLText``, the renderer before its vector scans and lazy tag
/// parsing) on generated documents: tags of every kind and case, attributes quoted, unquoted, repeated, more than 32,
/// around `=` with spaces, values holding `<`, `>` and quotes, hiding and non-hiding styles, entities of every form,
/// comments, scripts, stray brackets and non-ASCII bytes everywhere (before a `<` inside a tag too).
@Suite struct HTMLEquivalenceTests {
    private struct Generator {
        var random: TestRandom

        init(state: UInt64) { random = TestRandom(state: state) }

        mutating func next() -> Int { Int(truncatingIfNeeded: random.next() >> 1) }

        mutating func pick<T>(_ choices: [T]) -> T { choices[next() % choices.count] }

        static let texts = [
            "Hello", "caf\u{E9}", " ", "\n", "\t", "   ", "\r\n", "\u{0C}", "x\u{0}y", "\u{20AC}", "\u{1F600}", "word",
            "&amp;", "&nbsp;", "&#39;", "&#x27;", "&#X41;", "&#;", "&#xZZ;", "&AMP;", "&Amp;", "&zwnj;", "&unknown;", "&",
            "&&", "&#128512;", "&#xD800;", "&#99999999999;", "&copy", "&#65", "&hellip;", "&eacute;x", "&a#b;",
            "&#x110000;", "&#0;", "&thinsp;", "&123456789012345;", ">", "=", "\"", "'", "/", "-->", "a b  c",
            "\u{A0}\u{200C}", "https://x.example/p?a=1&amp;b=2",
        ]
        static let names = [
            "a", "A", "img", "IMG", "div", "p", "span", "td", "br", "meta", "form", "script", "style", "title",
            "blockquote", "x-long-custom-element-name", "font", "b", "h1", "table", "tr", "input", "hr", "", "1", "Div",
            "center", "abcdefghijklmnopq", "abcdefghijklmnop", "sPan",
        ]
        static let attributes = [
            "href", "HREF", "src", "alt", "action", "http-equiv", "content", "style", "hidden", "class", "id", "width",
            "data-x", "a_b", "x:y", "Style", "HIDDEN", "Http-Equiv", "hre", "hreff", "srcset", "alts", "contents",
        ]
        static let values = [
            "x", "https://a.example/?q=1&amp;r=2", " spaced ", "display:none", "DISPLAY : none", "font-size:0",
            "font-size: 0px", "opacity:0.5", "opacity:0", "opacity:0.5;opacity:0", "visibility:hidden",
            "max-height:0px", "color:red", "refresh", "Refresh", "0; URL='http://r.example/'", "0;url=http://s.example",
            "a>b", "a<b", "it's", "say \"hi\"", "", "caf\u{E9}", "\u{20AC}", "logo", "&lt;tag&gt;", "x&#x3a;y",
        ]

        mutating func attribute() -> String {
            let name = pick(Self.attributes)
            let value = pick(Self.values)
            switch next() % 8 {
            case 0: return name
            case 1: return "\(name)=\(value.filter { $0 != " " && $0 != ">" })"
            case 2: return "\(name) = \"\(value)\""
            case 3: return "\(name)='\(value)'"
            case 4: return "\(name)=\"\(value)"
            default: return "\(name)=\"\(value)\""
            }
        }

        mutating func tag() -> String {
            let name = pick(Self.names)
            switch next() % 12 {
            case 0: return "</\(name)>"
            case 1: return "</\(name) >"
            case 2: return "<\(name)/>"
            case 3:
                // More than 32 attributes, repeated ones among them.
                let count = 28 + next() % 12
                return "<\(name) " + (0..<count).map { "a\($0 % 30)=\($0)" }.joined(separator: " ") + " " + attribute()
                    + ">"
            default:
                let count = next() % 5
                let separator = pick([" ", "  ", "\n", "\t", " / "])
                let attributes = (0..<count).map { _ in attribute() }.joined(separator: separator)
                let end = pick([">", " >", "/>", " />", ">", ">", "", "\u{E9}"])
                return "<\(name)\(count > 0 ? " " : "")\(attributes)\(end)"
            }
        }

        mutating func piece() -> String {
            switch next() % 20 {
            case 0..<8: return pick(Self.texts)
            case 8..<16: return tag()
            case 16:
                return pick([
                    "<!-- comment -->", "<!--", "<!- x ->", "<!x>", "<!---->", "<!-- a -- b --->", "<>", "< a>", "</>",
                    "<=", "<<a>", "<a<b>",
                ])
            case 17:
                return pick([
                    "<script>var a='<a href=x>'</script>", "<SCRIPT type=x>x</SCRIPT >", "<style>p{}</style>",
                    "<style>", "<script", "</script>", "<scripts>x</scripts>",
                ])
            case 18:
                return "<meta http-equiv=\"\(pick(["refresh", "REFRESH", "x"]))\" content=\"\(pick(Self.values))\">"
            default:
                return "<a href=\"\(pick(Self.values))\">\(pick(Self.texts))\(pick(["</a>", "", "<a href=y>z</a>"]))"
            }
        }
    }

    private func expectSame(_ html: String, maxLinks: Int) {
        let actual = HTMLText.render(html, maxLinks: maxLinks)
        let expected = ReferenceHTMLText.render(html, maxLinks: maxLinks)
        #expect(actual.text == expected.text, "\(html.debugDescription)")
        #expect(Array(actual.text.utf8) == Array(expected.text.utf8), "\(html.debugDescription)")
        #expect(actual.hiddenText == expected.hiddenText, "\(html.debugDescription)")
        #expect(actual.links == expected.links, "\(html.debugDescription)")
        #expect(actual.linksTruncated == expected.linksTruncated, "\(html.debugDescription)")
    }

    @Test func generatedDocumentsRenderAsTheDefinition() {
        var generator = Generator(state: 0x5851_F42D_4C95_7F2D)
        for round in 0..<4_000 {
            let pieces = 1 + generator.next() % 40
            let html = (0..<pieces).map { _ in generator.piece() }.joined()
            expectSame(html, maxLinks: round % 5 == 0 ? 2 : 50)
        }
    }

    @Test func everyPrefixOfADocumentRendersAsTheDefinition() {
        // Cut at every byte: unterminated tags, values, comments and entities at the end of the input, and
        // documents of every length across the vector steps.
        let html = Array("""
            <div style="font-size : 0">hid&amp;den<span>x</span></div><a HREF='https://a.example/?x=1&amp;y'>Go \
            &eacute;t\u{E9} &#x41;&#66</a><img src=i.png alt="A &lt; B"><p hidden>h</p><!-- c --><br/>\
            <script>x<y</script><meta http-equiv=Refresh content="0; url=https://r.example/">t\u{20AC}xt  end
            """.utf8)
        for count in 0...html.count {
            expectSame(String(decoding: html[0..<count], as: UTF8.self), maxLinks: 50)
        }
    }
}

/// Entity decoding on bytes against the definition's strings, dictionary and `UInt32(_:radix:)`.
@Suite struct HTMLEntityTests {
    private func decode(_ text: String, moving offsets: [Int] = []) -> ([UInt8], [Int]) {
        var text = text
        var out = ByteWriter()
        let moved = text.withUTF8 { HTMLText.decodeEntities($0, moving: offsets, into: &out) }
        return (out.array(), moved)
    }

    private func reference(_ text: String, moving offsets: [Int] = []) -> ([UInt8], [Int]) {
        var text = text
        var out = ByteWriter()
        let moved = text.withUTF8 { ReferenceHTMLText.decodeEntities($0, moving: offsets, into: &out) }
        return (out.array(), moved)
    }

    @Test func everyNamedEntityInEveryCaseAndNearMisses() {
        for name in HTMLText.namedEntityNames {
            for spelling in [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst(), name + "x", String(name.dropLast()), "#" + name] {
                for form in ["&\(spelling);", "&\(spelling)", "a&\(spelling);b", "&\(spelling);&\(spelling);"] {
                    #expect(decode(form) == reference(form), "\(form)")
                }
            }
        }
    }

    @Test func numericEntitiesOfEveryShape() {
        let bodies = [
            "", "0", "65", "065", "00000000065", "000000000065", "4294967295", "4294967296", "99999999999", "55296",
            "57343", "1114111", "1114112", "x", "X41", "x41", "xD800", "xDFFF", "x10FFFF", "x110000", "xFFFFFFFF",
            "x100000000", "xG", "x4G", "4a", "a4", "x", "xx41", "#65", "6#5", "x1F600", "128512", "0x41",
        ]
        for body in bodies {
            for form in ["&#\(body);", "&#\(body)", "&#\(body) ", "&#\(body)&amp;", "x&#\(body);y"] {
                #expect(decode(form) == reference(form), "\(form)")
            }
        }
    }

    @Test func offsetsMoveAsTheDefinitionMovesThem() {
        let text = "a&amp;b &#x41;c&nbsp;&bogus; &lt&gt;&#128512;"
        let offsets = Array(0...text.utf8.count)
        #expect(decode(text, moving: offsets) == reference(text, moving: offsets))
    }
}
