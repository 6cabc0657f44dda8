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
        // Cut at a scalar boundary; ASCII is lowered straight from the string's bytes.
        let (ascii, cut) = UTF8Strings.scalarPrefix(text, maxBytes: maxBytes)
        if let ascii {
            bytes = ascii
            return
        }
        let normalized = CompatibilityForms.simpleNFKC(cut) ?? cut.precomposedStringWithCompatibilityMapping
        let lowered = Array(TextCase.lowercased(normalized).utf8)
        // The folds on the lowercased UTF-8 (well-formed: a two-byte sequence is found by its lead byte), written
        // in place: no fold makes the text longer than two bytes per two.
        var folded = [UInt8](repeating: 0, count: lowered.count)
        var written = 0
        var index = 0
        while index < lowered.count {
            let byte = lowered[index]
            let next: UInt8 = index + 1 < lowered.count ? lowered[index + 1] : 0
            switch (byte, next) {
            // Dotless ı, and the dot `İ` leaves after its `i` when lowercased (U+0069 U+0307).
            case (0xC4, 0xB1):
                folded[written] = UInt8(ascii: "i")
                written += 1
            case (0xCC, 0x87) where written > 0 && folded[written - 1] == UInt8(ascii: "i"):
                break
            case (0xCF, 0x82):  // final ς to σ
                folded[written] = 0xCF
                folded[written + 1] = 0x83
                written += 2
            case (0xC3, 0x9F):  // ß
                folded[written] = UInt8(ascii: "s")
                folded[written + 1] = UInt8(ascii: "s")
                written += 2
            default:
                folded[written] = byte
                written += 1
                index += 1
                continue
            }
            index += 2
        }
        folded.removeLast(lowered.count - written)
        bytes = folded
    }

    private init(folded bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The text with every occurrence of `phrases` (folded the same way) blanked out with spaces: wording a
    /// platform uses itself, which no topic should be found in.
    func masking(_ phrases: [FoldedText]) -> FoldedText {
        guard phrases.contains(where: { !$0.bytes.isEmpty && ByteScan.contains(bytes, $0.bytes) }) else { return self }
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
