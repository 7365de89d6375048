import NewsdeskCore

/// The body of a brief as an editor edits it in one text box: one sentence per line ending with
/// its source numbers ("Seoul and Beijing signed 14 agreements. [1][3]"), a line "## Heading"
/// starting a section; the lines before the first heading are the lead.
enum BriefText {
    /// Longest accepted body: a brief is a few hundred words; this leaves ample room for one.
    static let maximumLength = 50_000
    static let maximumSentenceLength = 1_000

    enum ParseError: Error, Equatable, CustomStringConvertible {
        case tooLong(Int)
        case missingCitation(line: Int)
        case unknownSource(line: Int, number: Int)
        case sentenceTooLong(line: Int)
        case noLead
        case emptySection(String)

        var description: String {
            switch self {
            case .tooLong(let limit): "The text is longer than \(limit) characters."
            case .missingCitation(let line): "Line \(line) has no source number; end each sentence with the numbers of its sources, like [1] or [1][2]."
            case .unknownSource(let line, let number): "Line \(line) cites source [\(number)], which this brief does not have."
            case .sentenceTooLong(let line): "Line \(line) is longer than \(maximumSentenceLength) characters; split it into sentences."
            case .noLead: "The text needs at least one sentence before the first heading (the lead)."
            case .emptySection(let heading): "The section “\(heading)” has no sentences."
            }
        }
    }

    static func format(_ brief: Brief) -> String {
        var lines = brief.lead.map(line)
        for section in brief.sections {
            lines.append("")
            lines.append("## " + section.heading)
            lines.append(contentsOf: section.sentences.map(line))
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ sentence: BriefSentence) -> String {
        sentence.text + " " + sentence.citations.map { "[\($0)]" }.joined()
    }

    /// The lead and sections of `text`, every citation checked against `sourceNumbers`.
    static func parse(_ text: String, sourceNumbers: Set<Int>) throws -> (lead: [BriefSentence], sections: [BriefSection]) {
        guard text.count <= maximumLength else { throw ParseError.tooLong(maximumLength) }
        var lead: [BriefSentence] = []
        var sections: [BriefSection] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            guard line.count <= maximumSentenceLength else { throw ParseError.sentenceTooLong(line: number) }
            if line.hasPrefix("#") {
                let heading = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if let last = sections.last, last.sentences.isEmpty { throw ParseError.emptySection(last.heading) }
                sections.append(BriefSection(heading: heading, sentences: []))
                continue
            }
            let sentence = try parseSentence(line, line: number, sourceNumbers: sourceNumbers)
            if sections.isEmpty { lead.append(sentence) } else { sections[sections.count - 1].sentences.append(sentence) }
        }
        if let last = sections.last, last.sentences.isEmpty { throw ParseError.emptySection(last.heading) }
        guard !lead.isEmpty else { throw ParseError.noLead }
        return (lead, sections)
    }

    /// "Text. [1][2]" -> the text and citations 1 and 2, read from the end of the line.
    private static func parseSentence(_ text: String, line: Int, sourceNumbers: Set<Int>) throws -> BriefSentence {
        var rest = Substring(text)
        var citations: [Int] = []
        while rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
            let inside = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard let number = Int(inside.trimmingCharacters(in: .whitespaces)) else { break }
            guard sourceNumbers.contains(number) else { throw ParseError.unknownSource(line: line, number: number) }
            citations.insert(number, at: 0)
            rest = rest[..<open]
            while rest.last == " " { rest = rest.dropLast() }
        }
        let sentence = rest.trimmingCharacters(in: .whitespaces)
        guard !citations.isEmpty, !sentence.isEmpty else { throw ParseError.missingCitation(line: line) }
        var unique: [Int] = []
        for number in citations where !unique.contains(number) { unique.append(number) }
        return BriefSentence(text: sentence, citations: unique)
    }
}
