import NotifyGuardCore

/// The table's snapshot format: a header (`NGCAMP1\n`, entry count), then per entry its digest, times, marks,
/// judgement and sightings, little-endian fixed-size fields. Read back defensively: a short or damaged file
/// gives the entries before the damage.
extension LocalCampaignTable {
    static let magic = Array("NGCAMP1\n".utf8)

    func snapshot() -> [UInt8] {
        var out = Self.magic
        out.reserveCapacity(Self.magic.count + 8 + entries.count * 48)
        append(UInt64(entries.count), to: &out)
        for (digest, entry) in entries {
            append(digest.high, to: &out)
            append(digest.low, to: &out)
            append(entry.lastSeen, to: &out)
            append(entry.verdictMarks, to: &out)
            append(entry.markedAt, to: &out)
            out.append(entry.judgement)
            append(entry.judgedAt, to: &out)
            let sightings = entry.newest.at == 0 ? [] : Array(entry.others) + [entry.newest]
            append(UInt32(sightings.count), to: &out)
            for sighting in sightings {
                append(sighting.recipient, to: &out)
                append(sighting.domain, to: &out)
                append(sighting.at, to: &out)
            }
        }
        return out
    }

    /// Loads a snapshot into the table (entries it already has are replaced); returns how many were read.
    @discardableResult
    mutating func load(snapshot bytes: [UInt8], now: UInt32) -> Int {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(Self.magic.count).map(Array.init) == Self.magic, let count = reader.uint64() else { return 0 }
        var loaded = 0
        while UInt64(loaded) < count, entries.count < maxEntries {
            guard let high = reader.uint64(), let low = reader.uint64(), let lastSeen = reader.uint32(),
                let marks = reader.uint32(), let markedAt = reader.uint32(), let judgement = reader.byte(),
                let judgedAt = reader.uint32(), let sightingCount = reader.uint32(),
                Int(sightingCount) <= recipientsKept * 4
            else { break }
            var sightings: [Sighting] = []
            for _ in 0..<sightingCount {
                guard let recipient = reader.uint32(), let domain = reader.uint32(), let at = reader.uint32() else {
                    return loaded
                }
                sightings.append(Sighting(recipient: recipient, domain: domain, at: at))
            }
            sightings = Array(sightings.suffix(recipientsKept))
            var entry = Entry(
                newest: sightings.last ?? Sighting(recipient: 0, domain: 0, at: 0), lastSeen: lastSeen,
                verdictMarks: marks, markedAt: markedAt, judgement: judgement, judgedAt: judgedAt)
            entry.others = ContiguousArray(sightings.dropLast())
            entries[FingerprintDigest(high: high, low: low)] = entry
            loaded += 1
        }
        if entries.count > maxEntries { evict(now: now) }
        return loaded
    }

    private func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}

/// Reads little-endian fields off a byte array; nil past the end.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func byte() -> UInt8? { take(1)?.first }

    mutating func uint32() -> UInt32? {
        take(4).map { $0.reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func uint64() -> UInt64? {
        take(8).map { $0.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    }
}
