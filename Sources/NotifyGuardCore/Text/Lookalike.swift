/// Domains that imitate a protected brand's own: `rnicrosoft.com`, `micros0ft-verify.com`, `paypa1.com`,
/// `coinbase-cola.com`.
///
/// Works on the registrable label (the label before the public suffix), folded through ``Confusables`` and the
/// digit and letter-pair substitutions typosquatters use (`0`→`o`, `1`→`l`, `rn`→`m`, `vv`→`w`). A label imitates a
/// brand label when, after folding, it equals it, contains it as a hyphen- or digit-separated token, or is one
/// edit (insertion, deletion, substitution or transposition) away from it with the same first letter. Bounded:
/// labels are at most 63 bytes, so the edit-distance table is at most 64 x 64.
public enum Lookalike {
    /// Brand labels shorter than this are compared for exact folded equality only (short labels have too many
    /// honest neighbours: `chase`/`chose`).
    static let minimumEditLength = 7
    /// Tokens inside a longer label must be at least this long to count (`usps-track` yes, `dhl` inside `adhl` no).
    static let minimumTokenLength = 5

    /// The label before the public suffix of a registrable domain: `paypal` for `paypal.co.uk`.
    public static func registrableLabel(_ registrableDomain: String) -> Substring {
        Domain.registrableLabel(registrableDomain)
    }

    /// Folds what a reader would take for the same letters: homoglyphs, digits standing for letters, `rn`, `vv`.
    public static func fold(_ label: some StringProtocol) -> String {
        String(decoding: fold(utf8: Array(label.utf8)), as: UTF8.self)
    }

    /// ``fold(_:)`` on a label's UTF-8 bytes (valid UTF-8); ASCII labels, nearly all of them, skip the string
    /// round trip (the skeleton of an ASCII character is its lowercase).
    static func fold(utf8 label: [UInt8]) -> [UInt8] {
        let skeleton = label.allSatisfy({ $0 < 0x80 })
            ? label : Array(Confusables.skeleton(String(decoding: label, as: UTF8.self)).utf8)
        return skeleton.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { out, count in count = fold(input, into: out) }
        }
    }

    /// The byte-level part of ``fold(_:)``, on ASCII or a skeleton's bytes (lowering them again changes nothing in
    /// a skeleton, which has no ASCII capitals): writes at most `input.count` bytes (each byte gives one or, with
    /// the one before it, none) and returns how many.
    static func fold(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in input {
            var letter = ASCII.lower(byte)
            switch letter {
            case UInt8(ascii: "0"): letter = UInt8(ascii: "o")
            case UInt8(ascii: "1"): letter = UInt8(ascii: "l")
            case UInt8(ascii: "3"): letter = UInt8(ascii: "e")
            case UInt8(ascii: "5"): letter = UInt8(ascii: "s")
            case UInt8(ascii: "4"): letter = UInt8(ascii: "a")
            case UInt8(ascii: "7"): letter = UInt8(ascii: "t")
            case UInt8(ascii: "!"), UInt8(ascii: "|"): letter = UInt8(ascii: "l")
            default: break
            }
            // Invariant: count <= bytes read so far - 1 here, so count - 1 and count are inside `out`.
            if count > 0 && previous == UInt8(ascii: "r") && letter == UInt8(ascii: "n") {
                out[count - 1] = UInt8(ascii: "m")
                previous = 0
                continue
            }
            if count > 0 && previous == UInt8(ascii: "v") && letter == UInt8(ascii: "v") {
                out[count - 1] = UInt8(ascii: "w")
                previous = 0
                continue
            }
            guard count < out.count else { break }
            out[count] = letter
            count += 1
            previous = letter
        }
        return count
    }

    /// Words squatters put next to a brand (`paypal-secure`, `apple-id-verify`): with one of them present, a short
    /// brand label counts as contained; long brand labels (8 letters and more) count on their own.
    static let lureTokens: Set<String> = ["login", "signin", "verify", "verification", "secure", "security", "account",
        "update", "support", "service", "help", "helpdesk", "wallet", "billing", "pay", "payment", "refund", "recovery",
        "auth", "id", "online", "alert", "unlock", "confirm", "claim", "reward", "rewards", "bonus", "gift", "airdrop",
        "app", "mail", "web", "access", "customer", "customers", "client", "clients", "user", "users", "team", "staff",
        "official", "center", "portal", "check", "restore", "scan", "scanner", "protect", "protection", "safety",
        "shield", "device", "notice", "notify", "notification", "notifications", "connect", "sync", "validate"]

    /// A label prepared once for comparison against every brand label: folded, and split into tokens.
    public struct Candidate: Sendable {
        let original: [UInt8]
        let folded: [UInt8]
        /// Letter runs of the folded label and, folded one by one, of the original (so digits next to a brand,
        /// as in `microsoft365`, separate rather than fold).
        let tokens: [[UInt8]]

        /// nil for labels longer than DNS allows (63 bytes): nothing to compare, and the work stays bounded.
        public init?(_ label: some StringProtocol) {
            guard label.utf8.count <= 63 else { return nil }
            original = Array(label.utf8)
            folded = Lookalike.fold(utf8: original)
            let foldedTokens = Lookalike.tokens(folded)
            // A label of lowercase letters and hyphens folds token by token into the same tokens (`rn` and `vv`
            // never span a hyphen): only other labels have tokens of their own to add. The original's tokens split
            // at ASCII bytes only, so each is valid UTF-8 on its own.
            let plain = original.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-") }
            tokens = plain ? foldedTokens : foldedTokens + Lookalike.tokens(original).map { Lookalike.fold(utf8: $0) }
        }
    }

    /// How `label` imitates `brandLabel`, or nil when it doesn't. `label` should not be the brand's own.
    public static func imitation(of brandLabel: String, by label: some StringProtocol) -> String? {
        Candidate(label).flatMap { imitation(of: brandLabel, by: $0) }
    }

    /// How `candidate` imitates `brandLabel`: equal after folding, the brand as a token, or one edit away.
    public static func imitation(of brandLabel: String, by candidate: Candidate) -> String? {
        imitation(of: Array(brandLabel.utf8), by: candidate)
    }

    /// `imitation(of:by:)` with the brand label as UTF-8 bytes, as ``Brand`` keeps them for the scorer.
    static func imitation(of brand: [UInt8], by candidate: Candidate) -> String? {
        guard brand.count >= 4 else { return nil }
        if candidate.folded == brand {
            return candidate.original == brand ? nil : "confusable"
        }
        // The brand as a whole token: `paypal-secure`, `secure-paypal1`, `microsoft365-login`.
        if brand.count >= minimumTokenLength, candidate.tokens.contains(brand) {
            if brand.count >= 8 { return "contains" }
            let others = candidate.tokens.filter { $0 != brand }.map { String(decoding: $0, as: UTF8.self) }
            if others.contains(where: lureTokens.contains) { return "contains" }
        }
        if brand.count >= minimumEditLength, candidate.folded.first == brand.first,
            editDistanceIsOne(candidate.folded, brand)
        {
            return "edit distance 1"
        }
        return nil
    }

    /// Whether a token of `candidate` is one edit away from `brandLabel` (7 letters or more, the same first letter)
    /// beside a lure token: `dlscord-gift`, `micorsoft-login`. A typo alone (`discords`) may be anyone's name.
    static func dressedTypo(of brandLabel: String, by candidate: Candidate) -> Bool {
        let brand = Array(brandLabel.utf8)
        // The label itself among the tokens is the brand's name with more (`microsoft365-login`), no typo.
        guard brand.count >= minimumEditLength, candidate.tokens.count > 1, !candidate.tokens.contains(brand) else {
            return false
        }
        var typo = false
        var lure = false
        for token in candidate.tokens {
            if token.first == brand.first, editDistanceIsOne(token, brand) {
                typo = true
            } else if lureTokens.contains(String(decoding: token, as: UTF8.self)) {
                lure = true
            }
        }
        return typo && lure
    }

    /// Runs of letters, split at hyphens and digits. A label that is one run (most are) is its own token, sharing
    /// its storage.
    private static func tokens(_ bytes: [UInt8]) -> [[UInt8]] {
        let isLetter = { (byte: UInt8) in ASCII.isAlpha(byte) || byte >= 0x80 }
        if !bytes.isEmpty, bytes.allSatisfy(isLetter) { return [bytes] }
        return bytes.split(whereSeparator: { !isLetter($0) }).map(Array.init)
    }

    /// Damerau-Levenshtein (optimal string alignment) distance is exactly one: after the common prefix, one
    /// substitution, one swap of the next two bytes, or one byte more in the longer (deleted at the first
    /// difference: where a run of equal bytes makes several deletions work, that one does too). Linear, no table.
    static func editDistanceIsOne(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in editDistanceIsOne(a, b) } }
    }

    /// ``editDistanceIsOne(_:_:)-([UInt8],[UInt8])`` on bytes in place (the lookalike prefilter's folded label).
    static func editDistanceIsOne(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        let shorter = min(a.count, b.count)
        var first = 0
        while first < shorter, a[first] == b[first] { first += 1 }
        // Whether a[from...] equals b[from + shift...] (both ends are inside: the lengths differ by `shift`).
        func restEqual(from: Int, shift: Int, in long: UnsafeBufferPointer<UInt8>, _ short: UnsafeBufferPointer<UInt8>)
            -> Bool
        {
            var index = from
            while index < short.count {
                guard long[index + shift] == short[index] else { return false }
                index += 1
            }
            return true
        }
        if a.count == b.count {
            // Equal: no edit at all.
            guard first < a.count else { return false }
            if restEqual(from: first + 1, shift: 0, in: a, b) { return true }
            return first + 1 < a.count && a[first] == b[first + 1] && a[first + 1] == b[first]
                && restEqual(from: first + 2, shift: 0, in: a, b)
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return restEqual(from: first, shift: 1, in: long, short)
    }
}
