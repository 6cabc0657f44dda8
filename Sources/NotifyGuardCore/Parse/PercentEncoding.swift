/// `%XX` decoding shared by RFC 2231 parameters and URL query strings; invalid escapes stay as written.
enum PercentEncoding {
    /// - Parameter plusIsSpace: query-string convention (`+` means a space); not for RFC 2231.
    static func decode<C: Collection>(_ text: C, plusIsSpace: Bool) -> [UInt8] where C.Element == UInt8 {
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(plusIsSpace && bytes[index] == UInt8(ascii: "+") ? 32 : bytes[index])
                index += 1
            }
        }
        return out
    }
}
