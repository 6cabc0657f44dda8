/// Phone numbers in one written form, so a callback number written `+1 (888) 555-0199`, `1-888-555-0199` and
/// `888.555.0199` is one fingerprint.
public enum PhoneNumber {
    /// E.164 (`+18885550199`) where the country is written or implied: a leading `+`, an international `00` or
    /// `011` prefix, or the North American plan's shape (`1` and ten digits, or ten digits whose area code and
    /// exchange start with 2-9). Otherwise the digits as written (a national number whose country is unknown).
    /// Nil when what is left is not 8 to 15 digits.
    public static func normalised(_ written: String) -> String? {
        let plus = written.unicodeScalars.first == "+"
        var digits = String(written.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        var international = plus
        if !plus {
            if digits.hasPrefix("00") {
                digits.removeFirst(2)
                international = true
            } else if digits.hasPrefix("011"), digits.count > 11 {
                digits.removeFirst(3)
                international = true
            } else if digits.count == 11, digits.hasPrefix("1"), isNorthAmerican(digits.dropFirst()) {
                international = true
            } else if digits.count == 10, isNorthAmerican(Substring(digits)) {
                digits = "1" + digits
                international = true
            }
        }
        guard (8...15).contains(digits.count), !digits.hasPrefix("0") || !international else { return nil }
        return international ? "+" + digits : digits
    }

    /// Ten digits shaped as a North American number: area code and exchange each start with 2-9.
    private static func isNorthAmerican(_ ten: Substring) -> Bool {
        let bytes = Array(ten.utf8)
        guard bytes.count == 10 else { return false }
        return bytes[0] >= UInt8(ascii: "2") && bytes[3] >= UInt8(ascii: "2")
    }
}
