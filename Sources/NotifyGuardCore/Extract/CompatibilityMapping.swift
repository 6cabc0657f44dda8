import Foundation

/// NFKC results for the compatibility ranges ``LinkExtractor`` normalises, computed once: typographic punctuation,
/// which mail is full of (U+2019, U+2026...), then costs a table lookup, not a Foundation call per character.
final class CompatibilityMapping: Sendable {
    static let shared = CompatibilityMapping()

    private static let ranges: [ClosedRange<UInt32>] = [0x2000...0x2BFF, 0xFF5F...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F1FF]
    /// Per range, per scalar: the lowercased NFKC bytes when NFKC changes the scalar, else nil.
    private let tables: [[[UInt8]?]]

    private init() {
        tables = Self.ranges.map { range in
            range.map { value -> [UInt8]? in
                guard let scalar = Unicode.Scalar(value) else { return nil }
                let mapped = String(scalar).precomposedStringWithCompatibilityMapping
                return mapped.unicodeScalars.first != scalar ? Array(mapped.lowercased().utf8) : nil
            }
        }
    }

    /// The replacement bytes for `value`, or nil when it stays as written (or lies outside the ranges).
    func mapping(of value: UInt32) -> [UInt8]? {
        for (offset, range) in Self.ranges.enumerated() where range.contains(value) {
            return tables[offset][Int(value - range.lowerBound)]
        }
        return nil
    }
}
