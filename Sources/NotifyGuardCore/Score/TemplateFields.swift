/// What a learned skeleton shows of a platform-sent message of its template: which of the template's skeletons
/// covers it, and the text written into its fields or outside every field.
struct TemplateFields {
    var match: TemplateSkeleton.Match
    /// The fields' text and the words no constant text explains, joined by spaces.
    var writtenText: String
    /// The name fields' text and the words no constant text explains: where an address was written in.
    var nameText: String
    /// The free-text fields' text (a share message, a seller's note): where an address may be the user's own.
    var freeText: String
    /// Each name field's text as written (case kept, words joined by a space): a tenant or file name, whole, so
    /// that a phone number written in groups reads as one.
    var nameFieldTexts: [String] = []

    /// Below this share of a skeleton's constant words found, the message is another template of the family.
    static let minCoverage = 0.6

    /// The best match among the profile's skeletons, if one covers the message well enough to judge it.
    init?(_ features: borrowing MessageFeatures, profile: borrowing Profile) {
        // The bytes first: a message that can't reach the coverage with any skeleton isn't split into words.
        guard !profile.skeletons.isEmpty,
            profile.skeletonBound.mayCover(
                features.bodyText, maxBytes: TemplateSkeleton.maxTextBytes, minCoverage: Self.minCoverage)
        else { return nil }
        let words = TemplateSkeleton.IndexedWords(
            TemplateSkeleton.words(features.bodyText), vocabulary: profile.skeletonWords)
        let best = profile.skeletons.map { $0.match(words) }.max { $0.coverage < $1.coverage }
        guard let best, best.coverage >= Self.minCoverage else { return nil }
        match = best
        writtenText = (best.slotText + best.unexplained).joined(separator: " ")
        nameText = (best.nameSlots.flatMap { words.words[$0] } + best.unexplained).joined(separator: " ")
        freeText = best.freeSlotText.joined(separator: " ")
        if !best.nameSlots.isEmpty {
            let written = TemplateSkeleton.wordsAsWritten(features.bodyText)
            nameFieldTexts = best.nameSlots.map { slot in
                written[slot.clamped(to: written.indices)].joined(separator: " ")
            }
        }
    }

    /// Those of `lures` (lure phrases the message holds) that sit in the written text.
    func writtenLures(_ lures: [String], lexicon: LexiconIndex) -> [String] {
        lexicon.phrases(in: Array(writtenText.utf8), maxHits: Scorer.maxHitsPerRule).lure.filter { lures.contains($0) }
    }
}
