/// A brand worth protecting: its name as written (compared through ``Confusables/skeleton(_:)``) and its domains.
public struct Brand: Sendable, Equatable {
    public var name: String
    public var domains: [String]
    /// Lowercase letters and digits only, the form matched against display names.
    let compact: String
    /// `compact`'s length in characters and its UTF-8 bytes, for the scorer's per-message search.
    let compactLength: Int
    let compactBytes: [UInt8]
    /// " compact " and " compact": the brand as a whole word and as a word start in the scorer's spaced text.
    let wordBytes: [UInt8]
    let wordStartBytes: [UInt8]

    public init(name: String, domains: [String]) {
        self.name = name
        self.domains = domains.map { $0.lowercased() }
        compact = String(Confusables.skeleton(name).filter { $0.isLetter || $0.isNumber })
        compactLength = compact.count
        compactBytes = Array(compact.utf8)
        wordStartBytes = [0x20] + compactBytes
        wordBytes = wordStartBytes + [0x20]
    }

    /// The registrable labels of its domains under `publicSuffixes` (`paypal`, `microsoftonline`), each once:
    /// what lookalike domains are compared against.
    func labels(in publicSuffixes: PublicSuffixList) -> [String] {
        var labels: [String] = []
        for domain in domains {
            let label = String(Lookalike.registrableLabel(publicSuffixes.registrableDomain(domain) ?? domain))
            if !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    /// Whether `domain` is one of the brand's own (or a subdomain of one).
    func owns(_ domain: String) -> Bool { domains.contains { Domain.matches(domain, $0) } }
}
