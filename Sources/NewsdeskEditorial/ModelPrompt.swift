import Foundation
import NewsdeskCore

/// The conversation the model engine has about one part of a brief, and the reading of the reply.
///
/// The draft's sentences go out numbered, each followed by its source markers; the model is asked
/// for one line per sentence in the same form:
///
/// ```
/// 1. South Korea and China signed 15 agreements in Beijing. [1][2]
/// 2. The leaders agreed to restart trade talks. [3]
/// ```
///
/// A reply line is matched to its draft sentence by its number, so a skipped or extra line costs
/// only that sentence; a reply without numbers is read in order when it has exactly one line per
/// sentence.
public enum ModelPrompt {
    /// A reply line: the rewritten text without markers, and the source numbers it cites.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var citations: [Int]

        public init(text: String, citations: [Int]) {
            self.text = text
            self.citations = citations
        }
    }

    static let instructions = """
        You are a careful news copy editor. Rewrite each numbered sentence as clear, fluent news prose. \
        Keep every name, number, date and quotation exactly as written and add no new facts. \
        Answer with exactly one line per sentence, in the same order, each starting with its number \
        and ending with the same source markers, like this:
        1. The rewritten sentence. [2]
        """

    /// The messages asking for a rewrite of `sentences`, which appear under `heading` on the page.
    public static func messages(heading: String?, sentences: [BriefSentence]) -> [ChatMessage] {
        var request = heading.map { "Section: \($0)\n\n" } ?? "Opening paragraph\n\n"
        for (offset, sentence) in sentences.enumerated() {
            let markers = sentence.citations.map { "[\($0)]" }.joined()
            request += "\(offset + 1). \(sentence.text) \(markers)\n"
        }
        return [ChatMessage(role: "system", content: instructions), ChatMessage(role: "user", content: request)]
    }

    /// The reply's lines by the position (from 0) of the draft sentence they rewrite.
    public static func parse(_ reply: String, expected count: Int) -> [Int: Line] {
        let lines = reply.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var numbered: [Int: Line] = [:]
        for line in lines {
            guard let (number, rest) = leadingNumber(line), (1...count).contains(number), numbered[number - 1] == nil else { continue }
            if let parsed = markers(rest) { numbered[number - 1] = parsed }
        }
        if !numbered.isEmpty { return numbered }
        guard lines.count == count else { return [:] }
        var ordered: [Int: Line] = [:]
        for (position, line) in lines.enumerated() {
            if let parsed = markers(line) { ordered[position] = parsed }
        }
        return ordered
    }

    /// "12. Text" or "12) Text" -> (12, "Text").
    static func leadingNumber(_ line: String) -> (Int, String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" || mark == ":" else { return nil }
        return (number, rest.dropFirst().trimmingCharacters(in: .whitespaces))
    }

    /// Takes the "[n]" and "[n, m]" markers out of a line; nil when no text is left.
    static func markers(_ line: String) -> Line? {
        var text = ""
        var citations: [Int] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else {
                rest = after
                text += "["
                continue
            }
            let inside = after[..<close]
            let numbers = inside.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) {
                for number in numbers.compactMap({ $0 }) where !citations.contains(number) { citations.append(number) }
            } else {
                text += "[" + inside + "]"
            }
            rest = after[after.index(after: close)...]
        }
        text += rest
        // "signed 15 agreements [1]." leaves a space before the full stop.
        var cleaned = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for mark in [" .", " ,", " ;", " !", " ?"] { cleaned = cleaned.replacingOccurrences(of: mark, with: String(mark.dropFirst())) }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? nil : Line(text: cleaned, citations: citations)
    }
}
