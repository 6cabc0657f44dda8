/// How an address header's value is made up, read as RFC 5322 reads it: its comma-separated entries, which of them
/// hold an address (`<a@b>` or a bare `a@b`, outside quotes and comments) and which are only a name.
///
/// A From that is not one mailbox leaves DMARC no single domain to check, and mail clients disagree on what to show:
/// `"Bank", <x@elsewhere.example>` shows the name "Bank" cut off from its address. ``MailAddress`` picks one mailbox
/// out; this says what else was there.
public struct AddressListShape: Sendable, Equatable {
    /// Entries with an address.
    public var mailboxes = 0
    /// Entries with words but no address (comments and `<>` aside).
    public var nameOnlyEntries = 0
    /// A name-only entry directly followed by a mailbox that has no display name of its own (`Name, <a@b>`): the
    /// name was cut off from its address by a comma. (`Doe, Jane <j@b>`, an unquoted "Last, First", is not this.)
    public var nameCutFromAddress = false

    /// Scans at most `maxBytes` bytes of `value` (an unfolded header value), in one pass.
    public init(_ value: String, maxBytes: Int = 4096) {
        var value = value
        value.withUTF8 { bytes in scan(UnsafeBufferPointer(rebasing: bytes.prefix(maxBytes))) }
    }

    /// What one entry held.
    private struct Entry {
        var words = false  // text outside comments and angle brackets: a display name or a bare address
        var bareAddress = false  // an `@` in that text
        var bracketAddress = false  // an `@` inside `<...>`

        var isMailbox: Bool { bareAddress || bracketAddress }
        /// A mailbox's own display name: words beside its `<address>`.
        var hasName: Bool { bracketAddress && words }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var entry = Entry()
        var previousNameOnly = false
        var quoted = false
        var escaped = false
        var commentDepth = 0
        var inBracket = false
        func finish() {
            if entry.isMailbox {
                mailboxes += 1
                if previousNameOnly && !entry.hasName { nameCutFromAddress = true }
                previousNameOnly = false
            } else if entry.words {
                nameOnlyEntries += 1
                previousNameOnly = true
            }
            entry = Entry()
        }
        for byte in bytes {
            if escaped {
                escaped = false
                continue
            }
            if quoted {
                // A quoted string is a display name, whatever it holds (an `@` there is not an address).
                if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { quoted = false }
                continue
            }
            if commentDepth > 0 {
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "(") {
                    commentDepth += 1
                } else if byte == UInt8(ascii: ")") {
                    commentDepth -= 1
                }
                continue
            }
            if inBracket {
                if byte == UInt8(ascii: ">") {
                    inBracket = false
                } else if byte == UInt8(ascii: "@") {
                    entry.bracketAddress = true
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quoted = true
                entry.words = true
            case UInt8(ascii: "("):
                commentDepth = 1
            case UInt8(ascii: "<"):
                inBracket = true
            case UInt8(ascii: ","):
                finish()
            case UInt8(ascii: "@"):
                entry.bareAddress = true
                entry.words = true
            default:
                if !ASCII.isWhitespace(byte) { entry.words = true }
            }
        }
        finish()
    }
}
