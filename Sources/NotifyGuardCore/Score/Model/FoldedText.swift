import Foundation

/// Text folded for caseless matching in any script, as UTF-8 bytes: compatibility forms replaced (NFKC: fullwidth
/// `ＲＥＦＵＮＤ`, ligatures, mathematical letters), lowercased, and the letters lowercasing leaves apart brought
/// together: Turkish `İ` and `ı` to `i` (so `İADE` and `ASKIYA` meet the stems `iade`, `askıya`), final `ς` to `σ`,
/// `ß` to `ss`. Patterns are folded the same way, so they match whatever capitals the text uses.
///
/// Only the first `maxBytes` bytes of the text are folded (cut at a scalar boundary): time and memory stay linear in
/// that, whatever the text. ASCII text takes a byte loop; other text one NFKC pass and one lowercasing.
public struct FoldedText: Sendable, Equatable {
    public let bytes: [UInt8]

    /// The bytes of text scanned by default: a notification's fields and leading lines fit many times over.
    public static let defaultMaxBytes = 64 * 1024

    public init(_ text: String, maxBytes: Int = FoldedText.defaultMaxBytes) {
        let utf8 = text.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: max(maxBytes, 0), limitedBy: utf8.endIndex) ?? utf8.endIndex
        while end > utf8.startIndex, end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        let prefix = utf8[..<end]
        if prefix.allSatisfy({ $0 < 0x80 }) {
            bytes = prefix.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }
            return
        }
        let text = String(decoding: prefix, as: UTF8.self)
        let normalized = CompatibilityForms.areStable(text) ? text : text.precomposedStringWithCompatibilityMapping
        let lowered = TextCase.lowercased(normalized)
        var folded: [UInt8] = []
        folded.reserveCapacity(lowered.utf8.count)
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            // Dotless ı, and the dot `İ` leaves after its `i` when lowercased (U+0069 U+0307).
            case 0x0131: folded.append(UInt8(ascii: "i"))
            case 0x0307 where folded.last == UInt8(ascii: "i"): continue
            case 0x03C2: folded.append(contentsOf: [0xCF, 0x83])  // σ
            case 0x00DF: folded.append(contentsOf: "ss".utf8)
            default: UTF8.encode(scalar) { folded.append($0) }
            }
        }
        bytes = folded
    }

    private init(folded bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The text with every occurrence of `phrases` (folded the same way) blanked out with spaces: wording a
    /// platform uses itself, which no topic should be found in.
    func masking(_ phrases: [FoldedText]) -> FoldedText {
        var masked = bytes
        for phrase in phrases where !phrase.bytes.isEmpty && phrase.bytes.count <= masked.count {
            var start = 0
            while start + phrase.bytes.count <= masked.count {
                if masked[start..<(start + phrase.bytes.count)].elementsEqual(phrase.bytes) {
                    masked.replaceSubrange(start..<(start + phrase.bytes.count),
                        with: repeatElement(UInt8(ascii: " "), count: phrase.bytes.count))
                    start += phrase.bytes.count
                } else {
                    start += 1
                }
            }
        }
        return FoldedText(folded: masked)
    }
}
