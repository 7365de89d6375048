extension TextAnalyzer {
    /// Finds the names and quotations of the whole text, resolves aliases over it, and adds each name
    /// and quotation to the sentence where it starts, with offsets in code points from that sentence.
    /// Returns the text's alias table.
    func placeEntities(of text: String, in sentences: inout [AnalyzedSentence]) -> [TextAlias] {
        guard !sentences.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        let found = recognizer.analyze(bytes: bytes)
        guard !found.entities.isEmpty || !found.quotations.isEmpty else { return [] }
        let table = EntityAliasResolver.resolve([found.entities])
        var offsets = UTF8ScalarOffsets(bytes)
        // Names and quotations come in text order, so one forward walk over the sentences places them.
        var index = 0
        for entity in found.entities {
            let range = offsets.scalarRange(ofBytes: entity.range)
            index = Self.sentenceIndex(containing: range.lowerBound, in: sentences, from: index)
            let base = sentences[index].sentence.start
            sentences[index].entities.append(
                TextEntity(
                    text: entity.text, start: range.lowerBound - base, end: range.upperBound - base, kind: entity.kind,
                    role: entity.role, nationality: entity.nationality, abbreviation: entity.abbreviation,
                    canonicalName: table.canonicalName(for: entity.text) ?? entity.text))
        }
        index = 0
        for quote in found.quotations {
            let range = offsets.scalarRange(ofBytes: quote.range)
            index = Self.sentenceIndex(containing: range.lowerBound, in: sentences, from: index)
            let base = sentences[index].sentence.start
            let speaker = quote.speaker?.name
            sentences[index].quotations.append(
                TextQuotation(
                    text: quote.text, start: range.lowerBound - base, end: range.upperBound - base, speaker: speaker,
                    canonicalSpeaker: speaker.map { table.canonicalName(for: $0) ?? $0 }, attribution: quote.attribution))
        }
        return table.clusters.map { cluster in
            TextAlias(
                canonicalName: cluster.canonicalName, kind: cluster.kind, names: cluster.names,
                ambiguous: table.ambiguous.contains(cluster.canonicalName))
        }
    }

    /// The last sentence starting at or before `offset` (code points in the text), searched from
    /// `hint` in either direction; text before the first sentence belongs to the first.
    static func sentenceIndex(containing offset: Int, in sentences: [AnalyzedSentence], from hint: Int) -> Int {
        var i = min(max(hint, 0), sentences.count - 1)
        while i + 1 < sentences.count, sentences[i + 1].sentence.start <= offset { i += 1 }
        while i > 0, sentences[i].sentence.start > offset { i -= 1 }
        return i
    }
}
