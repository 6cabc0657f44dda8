extension String {
    /// Whether the strings are equal with ASCII letters compared without case (header names, charset names).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { ASCII.lower($0) == ASCII.lower($1) }
    }

    /// Whether the string starts with `prefix`, ASCII letters compared without case (header names).
    public func hasCaseInsensitivePrefix(_ prefix: String) -> Bool {
        let a = utf8, b = prefix.utf8
        guard a.count >= b.count else { return false }
        return zip(a, b).allSatisfy { ASCII.lower($0) == ASCII.lower($1) }
    }
}
