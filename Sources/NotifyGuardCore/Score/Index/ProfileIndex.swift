/// Profiles by the senders they claim, built once per policy: which profiles name a message's From or Sender is a
/// lookup per address and per domain tail, not a test of each profile's list.
struct ProfileIndex: Sendable {
    /// Profile indices (ascending) by whole sender address (`a@b`).
    private let byAddress: [String: [Int]]
    /// Profile indices (ascending) by sender domain (`b`, which covers its subdomains).
    private let byDomain: [String: [Int]]
    /// Profiles recognised by their platform's DKIM signature alone (`match_dkim`).
    let dkimMatched: [Int]
    /// Per profile, its link and DKIM domains: the scorer tests every link of a matched template's mail
    /// against them.
    let templateDomains: [DomainSet]
    /// The longest sender domain in bytes: a longer tail of a domain can't be one, so none is looked up (a From
    /// domain of 30,000 labels costs no more than the short tails a sender domain could be).
    private let longestDomain: Int
    /// The two dictionaries' keys, for ASCII addresses and domain tails looked up in place (no String built and
    /// hashed per tail), and their values in the same order.
    private let addressKeys: ASCIIStringSet
    private let addressProfiles: [[Int]]
    private let domainKeys: ASCIIStringSet
    private let domainProfiles: [[Int]]

    init(_ profiles: [Profile]) {
        var byAddress: [String: [Int]] = [:]
        var byDomain: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for address in profile.senderAddresses where byAddress[address]?.last != index {
                byAddress[address, default: []].append(index)
            }
            for domain in profile.senderDomains where byDomain[domain]?.last != index {
                byDomain[domain, default: []].append(index)
            }
        }
        self.byAddress = byAddress
        self.byDomain = byDomain
        addressKeys = ASCIIStringSet(ordered: Array(byAddress.keys))
        addressProfiles = Array(byAddress.values)
        domainKeys = ASCIIStringSet(ordered: Array(byDomain.keys))
        domainProfiles = Array(byDomain.values)
        longestDomain = byDomain.keys.map(\.utf8.count).max() ?? 0
        dkimMatched = profiles.indices.filter { profiles[$0].matchDKIM }
        templateDomains = profiles.map { DomainSet($0.linkDomains + $0.dkimDomains) }
    }

    /// Adds the profiles whose senders name `address` (From or Sender as written): `addSenderMatches(address:domain:)`
    /// of its ``senderKey(_:)``.
    func addSenderMatches(of address: String, to profiles: inout [Int]) {
        // An ASCII address without capitals is its own key: looked up in place, its domain what follows its last @
        // (trailing ones dropped, as `senderKey` splits).
        let done = address.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard UTF8Bytes.isASCII(bytes), !TextCase.hasASCIICapitals(bytes) else { return false }
            let domain = ByteScan.lastPiece(of: bytes, at: UInt8(ascii: "@"))
            addSenderMatches(asciiAddress: bytes, domain: domain, to: &profiles)
            return true
        }
        guard done != true else { return }
        let (lowered, domain) = Self.senderKey(address)
        addSenderMatches(address: lowered, domain: domain, to: &profiles)
    }

    /// `address.lowercased()` and what follows its last `@` as `split(separator: "@").last` has it (empty pieces
    /// dropped, so `a@b@` gives `b`), on bytes for ASCII: there each Character is a byte (CR LF aside, which holds
    /// no `@`) and lowercasing is ASCII's.
    static func senderKey(_ address: String) -> (address: String, domain: String) {
        // One pass over an ASCII address: whether it has capitals, and where its domain starts and ends.
        let ascii = address.utf8.withContiguousStorageIfAvailable { bytes -> (address: String, domain: String)? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            let capitals = TextCase.hasASCIICapitals(bytes)
            let lowered = capitals ? String(decoding: asciiLowercased(bytes), as: UTF8.self) : address
            let domain = ByteScan.lastPiece(of: bytes, at: UInt8(ascii: "@"))
            return (lowered, String(decoding: capitals ? asciiLowercased(domain) : Array(domain), as: UTF8.self))
        }
        if let found = ascii ?? nil { return found }
        let address = TextCase.lowercased(address)
        return (address, address.split(separator: "@").last.map(String.init) ?? "")
    }

    /// Adds the profiles for which `Profile.matchesSender(address:domain:)` holds: those listing the address, or
    /// the domain or one of its parents (`Domain.matches`: the domain itself or a tail after one of its dots).
    /// A profile may be added more than once.
    func addSenderMatches(address: String, domain: String, to profiles: inout [Int]) {
        let addressFound = address.utf8.withContiguousStorageIfAvailable { bytes -> [Int]?? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            return .some(addressKeys.position(ofASCII: bytes).map { addressProfiles[$0] })
        }
        if let found = (addressFound ?? nil) ?? byAddress[address] { profiles += found }
        var domain = domain
        domain.withUTF8 { addDomainMatches($0, ascii: UTF8Bytes.isASCII($0), to: &profiles) }
    }

    /// `addSenderMatches(address:domain:)` of an ASCII address and its domain, both looked up in place (the scorer
    /// has them as bytes of the From or Sender address).
    func addSenderMatches(
        asciiAddress address: UnsafeBufferPointer<UInt8>, domain: UnsafeBufferPointer<UInt8>, to profiles: inout [Int]
    ) {
        if let position = addressKeys.position(ofASCII: address) { profiles += addressProfiles[position] }
        addDomainMatches(domain, ascii: true, to: &profiles)
    }

    /// The profiles of the domain's tails after each dot, from the right, then of the whole domain, while short
    /// enough to be listed.
    private func addDomainMatches(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, to profiles: inout [Int]) {
        func lookUp(from start: Int) {
            let tail = UnsafeBufferPointer(rebasing: bytes[start...])
            let found = ascii
                ? domainKeys.position(ofASCII: tail).map { domainProfiles[$0] }
                : byDomain[String(decoding: tail, as: UTF8.self)]
            if let found { profiles += found }
        }
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: ".") {
                guard bytes.count - (index + 1) <= longestDomain else { return }
                lookUp(from: index + 1)
            }
            index -= 1
        }
        if bytes.count <= longestDomain { lookUp(from: 0) }
    }
}
