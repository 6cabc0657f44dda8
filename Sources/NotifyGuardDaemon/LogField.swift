import NotifyGuardCore

/// Values written into the `key=value` fields of a log line, so that no message text can add or fake a field.
///
/// A value is written bare when it has no space, `"`, `\`, `=` and no unsafe character (``UnsafeScalars``);
/// otherwise it is quoted, with `\"` and `\\` for a quote and a backslash, `\u{3D}` for `=` and `\u{..}` for an
/// unsafe character. A reader splitting on spaces, or one that understands quotes (logfmt), sees the same fields.
public enum LogField {
    public static func quoted(_ value: String) -> String {
        var needsQuotes = value.isEmpty
        var out = ""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "=": out += "\\u{3D}"
            default:
                if UnsafeScalars.contains(scalar) {
                    out += UnsafeScalars.escape(scalar)
                } else {
                    if scalar.properties.isWhitespace { needsQuotes = true }
                    out.unicodeScalars.append(scalar)
                    continue
                }
            }
            needsQuotes = true
        }
        return needsQuotes ? "\"" + out + "\"" : out
    }

    /// At most `maxBytes` UTF-8 bytes of `text`, cut between scalars, then "...".
    public static func truncated(_ text: String, maxBytes: Int) -> String {
        guard text.utf8.count > maxBytes else { return text }
        var out = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            if bytes + size > maxBytes { break }
            out.unicodeScalars.append(scalar)
            bytes += size
        }
        return out + "..."
    }
}
