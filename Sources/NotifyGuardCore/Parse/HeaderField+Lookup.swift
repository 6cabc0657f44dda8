extension Array where Element == HeaderField {
    /// First field named `name` (case-insensitive).
    public func first(named name: String) -> HeaderField? {
        var name = name
        return name.withUTF8 { query in
            let key = HeaderNameKey(query)
            // Only the keys are read in place; a field is copied once it matches.
            return withUnsafeBufferPointer { fields -> HeaderField? in
                for index in fields.indices where fields[index].key == key {
                    if key.isWholeName || fields[index].hasName(query) { return fields[index] }
                }
                return nil
            }
        }
    }

    public func all(named name: String) -> [HeaderField] {
        var name = name
        return name.withUTF8 { query in
            let key = HeaderNameKey(query)
            return withUnsafeBufferPointer { fields -> [HeaderField] in
                var matching: [HeaderField] = []
                for index in fields.indices where fields[index].key == key {
                    if key.isWholeName || fields[index].hasName(query) { matching.append(fields[index]) }
                }
                return matching
            }
        }
    }

    /// Every field whose name starts with `prefix` (case-insensitive), in order.
    public func all(namePrefix prefix: String) -> [HeaderField] {
        var prefix = prefix
        return prefix.withUTF8 { query in filter { $0.hasNamePrefix(query) } }
    }

    /// The first fields named `Content-Type`, `Content-Disposition` and `Content-Transfer-Encoding`, as
    /// ``first(named:)`` finds each, in one pass: the three names share their first eight bytes.
    func firstMIMEFields() -> (type: HeaderField?, disposition: HeaderField?, encoding: HeaderField?) {
        let type = HeaderNameKey.contentType
        let disposition = HeaderNameKey.contentDisposition
        let encoding = HeaderNameKey.contentTransferEncoding
        // Indices, not fields: the fields are copied once, at the end.
        var found = (type: -1, disposition: -1, encoding: -1)
        withUnsafeBufferPointer { fields in
            for index in fields.indices where fields[index].key.prefix == type.prefix {
                let key = fields[index].key
                if key == type, found.type < 0, fields[index].has(name: "Content-Type") {
                    found.type = index
                } else if key == disposition, found.disposition < 0, fields[index].has(name: "Content-Disposition") {
                    found.disposition = index
                } else if key == encoding, found.encoding < 0, fields[index].has(name: "Content-Transfer-Encoding") {
                    found.encoding = index
                }
            }
        }
        return (
            found.type >= 0 ? self[found.type] : nil, found.disposition >= 0 ? self[found.disposition] : nil,
            found.encoding >= 0 ? self[found.encoding] : nil
        )
    }
}
