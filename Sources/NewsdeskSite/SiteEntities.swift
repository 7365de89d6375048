import Foundation
import NewsdeskCore

/// The people, organisations and places a brief names, for entity pages ("everything about Xi Jinping").
///
/// Names are the capitalised runs `ClaimAtoms` finds in the brief's sentences and keyphrase, with
/// titles in front removed ("President Lee Jae-myung" -> "Lee Jae-myung") and short forms folded into
/// the longer name of the same brief that contains them ("Lee" -> "Lee Jae-myung").
enum SiteEntities {
    /// The distinct names of one brief, in the order they first appear.
    static func names(in brief: Brief) -> [String] {
        var found: [String] = []
        let texts = brief.allSentences.map(\.text) + brief.keyFacts.map(\.text) + brief.timeline.map(\.sentence.text)
        for text in texts { found += ClaimAtoms(text).names.compactMap(clean) }
        var seen = Set<String>()
        let distinct = found.filter { seen.insert($0).inserted }
        let wordLists = distinct.map { $0.split(separator: " ") }
        var result: [String] = []
        var kept = Set<String>()
        for (index, name) in distinct.enumerated() {
            // A short form becomes the longest personal name of the brief's sentences that starts or ends
            // with it ("Lee" -> "Lee Jae-myung"); a place inside an institution's name stays itself.
            let words = wordLists[index]
            let longer = distinct.indices.filter { other in
                let otherWords = wordLists[other]
                return otherWords.count > words.count && otherWords.count <= 3
                    && (otherWords.starts(with: words) || Array(otherWords.suffix(words.count)) == words)
                    && !otherWords.contains { institutionWords.contains($0.lowercased()) }
            }.max { distinct[$0].count < distinct[$1].count }
            let canonical = longer.map { distinct[$0] } ?? name
            if kept.insert(canonical).inserted { result.append(canonical) }
        }
        // The keyphrase often strings several names together; a short run of it is one name.
        for name in ClaimAtoms("The " + brief.keyphrase).names.compactMap(clean) where name.split(separator: " ").count <= 3 {
            if kept.insert(name).inserted { result.append(name) }
        }
        return result
    }

    /// A name without the role words before it, or nil when nothing worth a page is left.
    static func clean(_ name: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        if let index = words.lastIndex(where: { roleWords.contains($0.lowercased()) }) {
            words = Array(words[(index + 1)...])
        }
        while let first = words.first, noiseWords.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, noiseWords.contains(last.lowercased()) { words.removeLast() }
        // Single letters and all-digit runs ("A", "G20" stays) are no entity.
        guard let first = words.first, words.joined().count > 2,
            first.unicodeScalars.first.map({ $0.properties.isUppercase }) ?? false
        else { return nil }
        return words.joined(separator: " ")
    }

    /// A file name for an entity page: lower-case ASCII letters and digits joined by hyphens.
    static func slug(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "topic" : String(slug.prefix(60))
    }

    /// Words of organisations' and buildings' names, which a short form is not folded into.
    static let institutionWords: Set<String> = [
        "airport", "university", "group", "company", "inc", "bank", "union", "ministry", "council", "capital",
        "international", "institute", "observatory", "authority", "agency", "party", "club", "association",
        "museum", "library", "hospital", "court", "parliament", "assembly", "office", "department", "exhibitions",
        "corporation", "semiconductor", "press", "service", "times", "daily", "post", "news", "review", "fair",
        "center", "centre", "cup", "final", "plant", "storm", "strike", "visit", "discovery", "summit",
    ]
    /// Titles that come before a name and are not part of it.
    static let roleWords: Set<String> = [
        "president", "minister", "chancellor", "mayor", "ceo", "chairman", "chairwoman", "chair", "secretary",
        "governor", "king", "queen", "pope", "leader", "coach", "manager", "director", "professor", "dr",
        "senator", "spokesperson", "spokesman", "spokeswoman", "chief", "captain", "premier", "ambassador",
        "general", "judge", "founder", "head", "prime", "vice",
    ]
    /// Capitalised words at the edges of a run that are no part of a name ("The", "But", "Mr").
    static let noiseWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "by", "and", "but", "as", "when", "after", "mr", "mrs", "ms",
        "said", "new", "this", "that", "if", "while", "under", "with", "from", "during", "since", "of", "it",
        "he", "she", "they", "we", "i", "its", "their", "his", "her", "our", "there", "both", "all",
    ]
}
