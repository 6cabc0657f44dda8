/// The header fields that are read wherever they stand, even past the header limits: those that say who sent a
/// message and how it is built, and this filter's own, which must all be found to be removed.
///
/// Padding a message with other fields can't push these out of the scan; the padding itself shows in
/// ``ParsedMessage/headerCount`` and the `headers` truncation.
public enum IdentityHeaders {
    /// The prefix of the fields this filter writes (`X-NotifyGuard-Result`); incoming ones are forgeries.
    public static let ownPrefix = "X-NotifyGuard-"

    private static let names: [StaticString] = [
        "From", "Sender", "Reply-To", "To", "Subject", "Authentication-Results", "DKIM-Signature",
    ]
    private static let keys = names.map { name in
        HeaderNameKey(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
    private static let contentKey = HeaderNameKey("Content-")
    private static let ownKey = HeaderNameKey("X-NotifyGuard-")

    /// Whether the field named `name` (key `key`) is always read. Own fields count whatever their length; the
    /// others only with a name no longer than `maxNameBytes`.
    static func contains(_ name: UnsafeBufferPointer<UInt8>, key: HeaderNameKey, maxNameBytes: Int) -> Bool {
        if isOwn(name, key: key) { return true }
        guard name.count <= maxNameBytes else { return false }
        if key.count >= contentKey.count, key.prefix == contentKey.prefix { return true }
        for (index, candidate) in keys.enumerated() where candidate == key {
            let expected = names[index]
            if key.isWholeName || equalIgnoringCase(name, expected) { return true }
        }
        return false
    }

    /// Whether `name` starts with ``ownPrefix`` (ASCII case ignored).
    static func isOwn(_ name: UnsafeBufferPointer<UInt8>, key: HeaderNameKey) -> Bool {
        guard key.count >= ownKey.count, key.prefix == ownKey.prefix else { return false }
        let prefix: StaticString = "X-NotifyGuard-"
        return equalIgnoringCase(UnsafeBufferPointer(rebasing: name[0..<prefix.utf8CodeUnitCount]), prefix)
    }

    private static func equalIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        for offset in 0..<bytes.count where ASCII.lower(bytes[offset]) != ASCII.lower(name.utf8Start[offset]) {
            return false
        }
        return true
    }
}
