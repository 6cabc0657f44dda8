extension HTMLText {
    /// Whether the bytes hold an `&`, without which ``decodeEntities(_:moving:into:)`` copies them unchanged.
    static func containsAmpersand(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.index(of: UInt8(ascii: "&"), in: bytes, from: 0, to: bytes.count) != nil
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "bull": "•", "middot": "·", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "laquo": "«", "raquo": "»", "times": "×",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "ntilde": "ñ", "oacute": "ó", "iacute": "í", "uacute": "ú", "ecirc": "ê",
        "thinsp": " ", "ensp": " ", "emsp": " ", "period": ".", "colon": ":", "sol": "/", "commat": "@",
    ]

    /// The names of the entities decoded (for tests).
    static var namedEntityNames: [String] { Array(namedEntities.keys) }

    /// The named entities by name, packed as ``entityKey(_:)`` packs them, sorted for a binary search.
    private static let namedEntityKeys: [(key: UInt64, scalar: Unicode.Scalar)] = namedEntities.map { name, value in
        var name = name
        return (name.withUTF8 { entityKey($0) ?? 0 }, value.unicodeScalars.first ?? " ")
    }.sorted { $0.key < $1.key }

    /// A name of at most eight bytes (letters, digits and `#`, as entity names are read), ASCII letters lowercased,
    /// packed first byte lowest; nil for a longer one, which no entity has.
    @inline(__always)
    private static func entityKey(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for offset in 0..<name.count { key |= UInt64(ASCII.lower(name[offset])) << (8 * UInt64(offset)) }
        return key
    }

    /// `namedEntities[name] ?? namedEntities[name.lowercased()]` without strings: every key is lowercase ASCII, so
    /// an exact match is also a match of the lowercased name, and lowercasing a name of ASCII bytes is ASCII
    /// lowercasing. Every replacement is one scalar.
    private static func namedEntity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let key = entityKey(name) else { return nil }
        return namedEntityKeys.withUnsafeBufferPointer { table -> Unicode.Scalar? in
            var low = 0
            var high = table.count
            while low < high {
                let middle = (low + high) / 2
                if table[middle].key < key { low = middle + 1 } else { high = middle }
            }
            return low < table.count && table[low].key == key ? table[low].scalar : nil
        }
    }

    /// The scalar of `&#` followed by `digits`: decimal, or hexadecimal after `x` or `X`, as `UInt32(_:radix:)` reads
    /// them (no digit, a byte that is not one, or a value past UInt32 gives nil), and then `Unicode.Scalar(_:)` (nil
    /// for surrogates and values past U+10FFFF). At most 11 digits come (entity bodies stop at 12 bytes), which
    /// a UInt64 holds in either base.
    private static func numericEntity(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = 0
        var radix: UInt64 = 10
        if let first = digits.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") {
            start = 1
            radix = 16
        }
        guard start < digits.count, digits.count - start <= 11 else { return nil }
        var value: UInt64 = 0
        for index in start..<digits.count {
            guard let digit = ASCII.hexValue(digits[index]), UInt64(digit) < radix else { return nil }
            value = value * radix + UInt64(digit)
        }
        guard value <= UInt64(UInt32.max) else { return nil }
        return Unicode.Scalar(UInt32(value))
    }

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` in `bytes` into `out`; anything else stays as written. Entity syntax is
    /// ASCII, so the runs between entities are copied untouched (found with memchr), and a replacement is always a
    /// whole UTF-8 sequence: decoding before or after repairing invalid UTF-8 gives the same string.
    ///
    /// Returns `offsets` (ascending, in `bytes`) moved to the same places in what was written; an offset inside an
    /// entity moves to just after its replacement.
    @discardableResult
    static func decodeEntities(
        _ bytes: UnsafeBufferPointer<UInt8>, moving offsets: [Int], into out: inout ByteWriter
    ) -> [Int] {
        let count = bytes.count
        let base = out.count
        var moved: [Int] = []
        moved.reserveCapacity(offsets.count)
        var index = 0
        while index < count {
            while moved.count < offsets.count, offsets[moved.count] <= index { moved.append(out.count - base) }
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                // Copy the run up to the next entity in one go.
                let next = ByteScan.index(of: UInt8(ascii: "&"), in: bytes, from: index, to: count) ?? count
                while moved.count < offsets.count, offsets[moved.count] < next {
                    moved.append(out.count - base + offsets[moved.count] - index)
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[index..<next]))
                index = next
                continue
            }
            var end = index + 1
            while end < count, end - index <= 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&"),
                ASCII.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "#")
            {
                end += 1
            }
            let body = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<min(end, count)])
            let hasSemicolon = end < count && bytes[end] == UInt8(ascii: ";")
            var replacement: Unicode.Scalar? = nil
            if body.first == UInt8(ascii: "#") {
                replacement = numericEntity(UnsafeBufferPointer(rebasing: body[1...]))
            } else if hasSemicolon, !body.isEmpty {
                replacement = namedEntity(body)
            }
            if let replacement {
                out.append(replacement)
                index = hasSemicolon ? end + 1 : end
            } else {
                out.append(byte)
                index += 1
            }
        }
        while moved.count < offsets.count { moved.append(out.count - base) }
        return moved
    }
}
