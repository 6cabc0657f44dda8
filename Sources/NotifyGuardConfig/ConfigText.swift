import NotifyGuardCore

/// Text the config puts into a header or an SMTP reply (`subject_prefix`, `reject_text`, `quarantine_reason`)
/// must be one line of visible text: a CR or LF there would start a new header.
enum ConfigText {
    static func isOneLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: UnsafeScalars.contains)
    }
}
