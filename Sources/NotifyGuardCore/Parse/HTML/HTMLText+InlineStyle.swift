extension HTMLText {
    /// Whether an inline style hides its element: whether the style compacted (lowercased, without spaces, tabs and
    /// line breaks, so "display : none" and "DISPLAY:none" match) holds `display:none`, `visibility:hidden`,
    /// `font-size:0`, `max-height:0` or `opacity:0`. Only the first `opacity:0` counts: followed by a dot
    /// (`opacity:0.5`) it does not hide.
    enum InlineStyle {
        /// The definition without compacting: compacting keeps every colon and the order of the kept bytes, so a
        /// needle is in the compacted style where a colon's kept bytes before it, lowercased, end with the needle's
        /// property and those after it start with its value. The colons are taken in order, as a search of the
        /// compacted style takes them, and the needles' values start with different bytes (`n`, `h`, `0`), so the
        /// first kept byte after a colon says which to compare. Each walk from a colon passes whitespace and at most
        /// ten kept bytes, and a whitespace run is walked only from the few colons within ten kept bytes of it, so
        /// the check is linear.
        static func hides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = style.count
            // Every read below is at an index checked to be in 0..<count first.
            /// Whether the kept bytes before `end`, lowercased, end with `property`.
            func keptBytes(before end: Int, endWith property: StaticString) -> Bool {
                var index = end
                var remaining = property.utf8CodeUnitCount
                while remaining > 0 {
                    index -= 1
                    while index >= 0, ByteClass.isCollapsible(style[index]) { index -= 1 }
                    guard index >= 0, ASCII.lower(style[index]) == property.utf8Start[remaining - 1] else {
                        return false
                    }
                    remaining -= 1
                }
                return true
            }
            /// Whether the kept bytes from `start`, lowercased, start with `value`.
            func keptBytes(from start: Int, startWith value: StaticString) -> Bool {
                var index = start
                for offset in 0..<value.utf8CodeUnitCount {
                    while index < count, ByteClass.isCollapsible(style[index]) { index += 1 }
                    guard index < count, ASCII.lower(style[index]) == value.utf8Start[offset] else { return false }
                    index += 1
                }
                return true
            }
            var opacitySeen = false
            var from = 0
            while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: style, from: from, to: count) {
                from = colon + 1
                var after = colon + 1
                while after < count, ByteClass.isCollapsible(style[after]) { after += 1 }
                // Nothing kept after this colon: no needle here, and no colon further on.
                guard after < count else { return false }
                switch ASCII.lower(style[after]) {
                case UInt8(ascii: "n"):
                    if keptBytes(before: colon, endWith: "display"), keptBytes(from: after, startWith: "none") {
                        return true
                    }
                case UInt8(ascii: "h"):
                    if keptBytes(before: colon, endWith: "visibility"), keptBytes(from: after, startWith: "hidden") {
                        return true
                    }
                case UInt8(ascii: "0"):
                    if keptBytes(before: colon, endWith: "font-size") || keptBytes(before: colon, endWith: "max-height") {
                        return true
                    }
                    if !opacitySeen, keptBytes(before: colon, endWith: "opacity") {
                        // Only the first opacity:0 counts; followed by a dot (opacity:0.5) it does not hide.
                        opacitySeen = true
                        var next = after + 1
                        while next < count, ByteClass.isCollapsible(style[next]) { next += 1 }
                        if !(next < count && style[next] == UInt8(ascii: ".")) { return true }
                    }
                default:
                    break
                }
            }
            return false
        }
    }
}
