/// The token of a Content-Type or Content-Disposition value and the four parameters the MIME parser reads
/// (`boundary`, `charset`, `name`, `filename`), as ``HeaderParameters`` has them, found in one walk over the value's
/// bytes that makes strings only of these: no dictionary, no string of any other parameter's name or value.
///
/// The walk is ``HeaderParameters/walk(_:parameter:)``, the full parse's own: the same cuts, the same count of named
/// parameters (at most 64); the first of repeated names is kept, as the full parse keeps it. A parameter name is one of the four when its bytes, ASCII letters
/// lowercased, are the name's: a name with a non-ASCII byte, which the full parse lowercases as Unicode, can't
/// lowercase to one (of the non-ASCII characters only the Kelvin sign lowercases to an ASCII letter, k, which
/// none of the four holds). A value with a `*` in a parameter name (RFC 2231 sections and charsets, which can
/// replace a plain parameter's value) is parsed the full way.
struct MIMEParameters: Equatable {
    var token: String
    var boundary: String? = nil
    var charset: String? = nil
    var name: String? = nil
    var filename: String? = nil

    init(token: String) {
        self.token = token
    }

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var boundary: String? = nil, charset: String? = nil, name: String? = nil, filename: String? = nil
        var sectioned = false
        let token = HeaderParameters.walk(bytes) { parameterName, value, quoted in
            if ByteScan.index(of: UInt8(ascii: "*"), in: parameterName, from: 0, to: parameterName.count) != nil {
                sectioned = true
                return false
            }
            if Self.equals(parameterName, "boundary") {
                if boundary == nil { boundary = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "charset") {
                if charset == nil { charset = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "name") {
                if name == nil { name = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "filename") {
                if filename == nil { filename = HeaderParameters.parameterValue(value, quoted: quoted) }
            }
            return true
        }
        if sectioned {
            self = Self(full: HeaderParameters.parse(bytes))
            return
        }
        self.token = HeaderParameters.loweredName(token)
        self.boundary = boundary
        self.charset = charset
        self.name = name
        self.filename = filename
    }

    private init(full: (token: String, parameters: [String: String])) {
        token = full.token
        boundary = full.parameters["boundary"]
        charset = full.parameters["charset"]
        name = full.parameters["name"]
        filename = full.parameters["filename"]
    }

    /// Whether `bytes`, ASCII letters lowercased, are `name` (lowercase ASCII).
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        for offset in 0..<bytes.count where ASCII.lower(bytes[offset]) != name.utf8Start[offset] { return false }
        return true
    }
}
