/// Crypto wallet addresses: Ethereum, Bitcoin bech32 and base58.
extension LinkExtractor {
    static func isWallet(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = token.count
        guard let first = token.first else { return false }
        // Ethereum: 0x + 40 hex digits.
        if count == 42, first == UInt8(ascii: "0"), token[1] == UInt8(ascii: "x") {
            return token.dropFirst(2).allSatisfy { ASCII.hexValue($0) != nil }
        }
        // Bitcoin bech32: bc1 + 39..59 lowercase alphanumerics.
        if count >= 42, count <= 62, token.starts(with: Array("bc1".utf8)) {
            return token.allSatisfy { ASCII.isDigit($0) || ($0 >= 97 && $0 <= 122) }
        }
        // Bitcoin base58 (P2PKH / P2SH): 26..35 chars starting with 1 or 3, with letters and digits mixed.
        if (26...35).contains(count), first == UInt8(ascii: "1") || first == UInt8(ascii: "3") {
            let base58 = token.allSatisfy {
                ASCII.isAlnum($0) && $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "O") && $0 != UInt8(ascii: "I")
                    && $0 != UInt8(ascii: "l")
            }
            let letters = token.filter { ASCII.isAlpha($0) }.count
            return base58 && letters >= 8 && token.contains(where: { $0 >= 65 && $0 <= 90 })
                && token.contains(where: { $0 >= 97 && $0 <= 122 })
        }
        return false
    }
}
