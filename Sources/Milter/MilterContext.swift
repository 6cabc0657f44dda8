import CMilter

/// Read access to one connection's libmilter context during a callback: macros the MTA sent.
public struct MilterContext {
    let raw: OpaquePointer

    init(_ raw: OpaquePointer) {
        self.raw = raw
    }

    /// The value of an MTA macro such as `i` or `{client_addr}`, if the MTA sent it for this stage or an earlier one.
    public func macro(_ name: String) -> String? {
        let value = name.withCString { namePointer in
            smfi_getsymval(raw, UnsafeMutablePointer(mutating: namePointer))
        }
        guard let value else { return nil }
        return String(cString: value)
    }
}

/// Message modifications allowed at end of message; each returns false when libmilter refused it.
public struct MilterActions {
    let raw: OpaquePointer

    init(_ raw: OpaquePointer) {
        self.raw = raw
    }

    @discardableResult
    public func addHeader(name: String, value: String) -> Bool {
        name.withCString { n in
            value.withCString { v in
                smfi_addheader(raw, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v)) == MI_SUCCESS
            }
        }
    }

    /// Replaces the `index`th (1-based) header called `name`, or deletes it when `value` is nil.
    @discardableResult
    public func changeHeader(name: String, index: Int, value: String?) -> Bool {
        name.withCString { n in
            guard let value else {
                return smfi_chgheader(raw, UnsafeMutablePointer(mutating: n), Int32(clamping: index), nil) == MI_SUCCESS
            }
            return value.withCString { v in
                smfi_chgheader(
                    raw, UnsafeMutablePointer(mutating: n), Int32(clamping: index), UnsafeMutablePointer(mutating: v)
                ) == MI_SUCCESS
            }
        }
    }

    /// Asks the MTA to hold the message (Postfix: hold queue) with a reason it logs.
    @discardableResult
    public func quarantine(reason: String) -> Bool {
        let clean = MilterReply.sanitize(reason, escapePercent: false)
        return clean.withCString { r in
            smfi_quarantine(raw, UnsafeMutablePointer(mutating: r)) == MI_SUCCESS
        }
    }

    /// Sets the SMTP reply for a reject or tempfail (`550`, `5.7.1`, text).
    @discardableResult
    public func setReply(_ reply: MilterReply) -> Bool {
        reply.code.withCString { c in
            reply.enhancedCode.withCString { x in
                MilterReply.sanitize(reply.text, escapePercent: true).withCString { t in
                    smfi_setreply(
                        raw, UnsafeMutablePointer(mutating: c), UnsafeMutablePointer(mutating: x),
                        UnsafeMutablePointer(mutating: t)
                    ) == MI_SUCCESS
                }
            }
        }
    }
}

/// An SMTP reply as libmilter takes it: three-digit code, enhanced status code, one line of text.
public struct MilterReply: Sendable, Equatable {
    public var code: String
    public var enhancedCode: String
    public var text: String

    public init(code: String, enhancedCode: String, text: String) {
        self.code = code
        self.enhancedCode = enhancedCode
        self.text = text
    }

    /// libmilter treats the text as a format (`%` must be doubled) and refuses CR or LF; we also drop other controls.
    public static func sanitize(_ text: String, escapePercent: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out.append(" ")
            } else if scalar == "%" && escapePercent {
                out.append("%%")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
