/// Text runs between tags, as a browser shows them.
extension HTMLText {
    /// Appends text collapsing whitespace runs to one space, as a browser does.
    ///
    /// Bytes up to the next one below 0x21 (which may be whitespace) are copied in runs; the copy's room is there, as
    /// `written <= index` throughout. The whitespace after a collapsed byte writes nothing (the byte before it is then
    /// a space, a line break or none), so it is passed over at once.
    static func appendCollapsed(_ run: UnsafeBufferPointer<UInt8>, to text: inout ByteWriter) {
        guard let source = run.baseAddress else { return }
        let before = text.last
        text.write(upTo: run.count) { out in
            let count = run.count
            var written = 0
            var index = 0
            while index < count {
                ByteVector.copyAboveSpace(source, at: &index, count: count, to: out, at: &written)
                guard index < count else { break }
                let byte = run[index]
                index += 1
                if ByteClass.isCollapsible(byte) {
                    // The byte before is the last one written, or the text's before this run.
                    let previous = written > 0 ? out[written - 1] : before
                    if let previous, previous != 32, previous != 10 {
                        out[written] = 32
                        written += 1
                    }
                    while index < count, ByteClass.isCollapsible(run[index]) { index += 1 }
                } else {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
