/// A growable byte buffer written through pointers, for decoders, the HTML renderer and the charset decoder: room is
/// made by doubling, so writing a run costs one capacity check, where `append` checks every byte and
/// ``Swift/Array/appendBytes(upTo:_:)`` zero-fills and trims on every call.
///
/// The room is left uninitialized (an `Array` would zero-fill it on every doubling): a byte is only ever read below
/// `count`, and every byte below `count` was written. Copies share the memory until one of them writes (copy on
/// write, as `Array` does).
struct ByteWriter {
    /// Owns the memory `base` points at; nil until the first write.
    private var storage: ByteStorage?
    /// `storage?.base`, kept beside it so a write needs no call: valid while `storage` holds the same object.
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    /// Bytes written: `base[0..<count]`.
    private(set) var count = 0

    /// Without a capacity nothing is allocated until the first write.
    init(capacity: Int = 0) {
        if capacity > 0 { replaceStorage(capacity: capacity) }
    }

    var last: UInt8? {
        guard count > 0, let base else { return nil }
        return base[count - 1]
    }

    /// Makes room for `extra` more bytes, in memory this writer alone holds.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if extra > capacity - count || !isKnownUniquelyReferenced(&storage) { grow(toHold: count + extra) }
    }

    /// New memory for at least `needed` bytes (doubling, so a run of writes stays linear), the written bytes moved.
    private mutating func grow(toHold needed: Int) {
        var newCapacity = Swift.max(capacity, 64)
        while newCapacity < needed { newCapacity *= 2 }
        let old = base
        let keep = storage  // keeps `old` allocated until the bytes are copied
        replaceStorage(capacity: newCapacity)
        if let old, let base, count > 0 { base.update(from: old, count: count) }
        withExtendedLifetime(keep) {}
    }

    private mutating func replaceStorage(capacity newCapacity: Int) {
        let fresh = ByteStorage(capacity: newCapacity)
        storage = fresh
        base = fresh.base
        capacity = newCapacity
    }

    /// Lets `body` write up to `maxCount` bytes after those written; it returns how many it wrote (and must have
    /// written every byte it counts).
    @inline(__always) mutating func write(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard maxCount > 0 else { return }
        reserve(maxCount)
        guard let base else { return }
        count += Swift.min(maxCount, Swift.max(0, body(base + count)))
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        guard let base else { return }
        base[count] = byte
        count += 1
    }

    /// Appends the scalar's UTF-8 (one to four bytes), encoded here: the standard library's encoder is a collection
    /// iterated unit by unit.
    mutating func append(_ scalar: Unicode.Scalar) {
        reserve(4)
        guard let base else { return }
        let value = scalar.value
        let out = base + count
        switch value {
        case 0..<0x80:
            out[0] = UInt8(truncatingIfNeeded: value)
            count += 1
        case 0x80..<0x800:
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            count += 2
        case 0x800..<0x10000:
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            count += 3
        default:
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            count += 4
        }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        guard let base else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Forgets the bytes written, keeping the room.
    mutating func removeAll() {
        count = 0
    }

    /// Keeps the first `newCount` bytes.
    mutating func truncate(to newCount: Int) {
        count = Swift.min(count, Swift.max(0, newCount))
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // `storage` is held by this value for the duration of the call, so `base` stays valid.
        withExtendedLifetime(storage) { body(UnsafeBufferPointer(start: count > 0 ? base : nil, count: count)) }
    }

    /// The bytes written as a string (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    func string() -> String {
        withBytes(UTF8Strings.decoding)
    }

    /// The bytes written as an array.
    func array() -> [UInt8] {
        withBytes { Array($0) }
    }
}

/// The memory of a ``ByteWriter``, allocated uninitialized (UInt8 is a trivial type: writing a byte initializes it)
/// and freed with the object.
private final class ByteStorage {
    let base: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }
}
