/// Content-Transfer-Encoding of a MIME part.
enum TransferEncoding: Sendable {
    case identity, base64, quotedPrintable

    /// From a Content-Transfer-Encoding value's UTF-8 bytes, without making strings: the value trimmed of ASCII
    /// whitespace, compared with the two names with ASCII letters in either case. That is the same as comparing the
    /// Unicode-lowercased string: no non-ASCII character lowercases to their letters (only the Kelvin sign lowercases
    /// to an ASCII letter, k).
    init(utf8 value: UnsafeBufferPointer<UInt8>) {
        let token = ASCII.trimmingWhitespace(value)
        func equals(_ name: StaticString) -> Bool {
            guard token.count == name.utf8CodeUnitCount else { return false }
            let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            return zip(token, expected).allSatisfy { ASCII.lower($0) == $1 }
        }
        if equals("base64") {
            self = .base64
        } else if equals("quoted-printable") {
            self = .quotedPrintable
        } else {
            self = .identity
        }
    }
}
