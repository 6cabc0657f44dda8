/// A `Set<String>` (domains, suffixes) that answers ASCII strings by their bytes, through a ``ByteStringTable``.
///
/// Exact: an ASCII string equals (as `String`s compare, by canonical equivalence) only members whose canonical
/// decomposition is that ASCII string. Those are the ASCII members and members written with the three
/// characters that decompose to an ASCII one (U+212A KELVIN SIGN to `K`, U+037E GREEK QUESTION MARK to `;`,
/// U+1FEF GREEK VARIA to a backtick); such a member goes into the table as its ASCII form. Other strings ask the
/// set itself.
struct ASCIIStringSet: Sendable {
    let members: Set<String>
    private let table: ByteStringTable
    /// Per key of `table`, the position of its member in the order `init(ordered:)` was given them.
    private let positions: [Int]

    init(_ members: Set<String>) { self.init(ordered: Array(members)) }

    /// A set of `keys`, which `position(ofASCII:)` answers with positions in this array.
    init(ordered keys: [String]) {
        members = Set(keys)
        var forms: [[UInt8]] = []
        var positions: [Int] = []
        for (position, key) in keys.enumerated() {
            var ascii = String.UnicodeScalarView()
            for scalar in key.unicodeScalars {
                switch scalar.value {
                case 0x212A: ascii.append("K")
                case 0x037E: ascii.append(";")
                case 0x1FEF: ascii.append("`")
                default: ascii.append(scalar)
                }
            }
            let form = String(ascii)
            // A form met before belongs to a key equal to an earlier one: the earlier answers.
            if form.utf8.allSatisfy({ $0 < 0x80 }), form == key, !forms.contains(Array(form.utf8)) {
                forms.append(Array(form.utf8))
                positions.append(position)
            }
        }
        table = ByteStringTable(forms)
        self.positions = positions
    }

    /// Whether the set holds the ASCII string `bytes`.
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.index(of: bytes) != nil }

    /// The position (in `init(ordered:)`'s keys) of the member equal to the ASCII string `bytes`.
    func position(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> Int? { table.index(of: bytes).map { positions[$0] } }

    /// Whether the set holds `text`: `members.contains(text)`.
    func contains(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            UTF8Bytes.isASCII(bytes) ? table.index(of: bytes) != nil : nil
        }
        return (found ?? nil) ?? members.contains(text)
    }
}
