import Foundation
import NewsdeskCore
import Testing

/// Scores the quantity and date finders on the hand-written fixture of news sentences.
///
/// An expected item counts as found when an item with the same span has the same normalised
/// value (or low and high), unit and qualifier; for dates the same kind, value and granularity, or
/// amount, unit and qualifier for durations. Items found where none is expected are spurious.
@Suite struct QuantitiesDatesFixtureTests {
    struct Case: Decodable {
        struct ExpectedQuantity: Decodable {
            var text: String
            var start: Int
            var end: Int
            var value: Double?
            var low: Double?
            var high: Double?
            var unit: String?
            var qualifier: String
        }
        struct ExpectedDate: Decodable {
            var text: String
            var start: Int
            var end: Int
            var kind: String
            var value: String?
            var granularity: String?
            var amount: Double?
            var unit: String?
            var qualifier: String?
        }
        var published: String
        var text: String
        var quantities: [ExpectedQuantity]
        var dates: [ExpectedDate]
    }

    static func loadCases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/quantities-dates.jsonl")
        let data = try String(contentsOf: url, encoding: .utf8)
        return try data.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-6 * max(1, abs(b))
    }

    static func matches(_ found: Quantity, _ expected: Case.ExpectedQuantity) -> Bool {
        found.start == expected.start && found.end == expected.end && close(found.value, expected.value) && close(found.low, expected.low)
            && close(found.high, expected.high) && found.unit == expected.unit && found.qualifier.rawValue == expected.qualifier
    }

    static func matches(_ found: DateMention, _ expected: Case.ExpectedDate) -> Bool {
        guard found.start == expected.start, found.end == expected.end, found.kind.rawValue == expected.kind else { return false }
        if expected.kind == "duration" {
            return close(found.amount, expected.amount) && found.unit?.rawValue == expected.unit && found.qualifier?.rawValue == expected.qualifier
        }
        return found.value == expected.value && found.granularity?.rawValue == expected.granularity
    }

    @Test func fixtureMeetsTheExactMatchFloors() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 300)
        let analyzer = TextAnalyzer()
        var expectedQuantities = 0, matchedQuantities = 0, spuriousQuantities = 0
        var expectedDates = 0, matchedDates = 0, spuriousDates = 0
        var misses: [String] = []
        for item in cases {
            let sentence = Sentence(text: item.text, start: 0, end: item.text.unicodeScalars.count)
            let result = analyzer.analyze(sentence: sentence, published: CivilDate(iso: item.published))
            expectedQuantities += item.quantities.count
            for expected in item.quantities {
                if result.quantities.contains(where: { Self.matches($0, expected) }) {
                    matchedQuantities += 1
                } else {
                    let got = result.quantities.first { $0.start < expected.end && expected.start < $0.end }
                    misses.append("quantity “\(expected.text)” in “\(item.text)”: got \(got.map { "“\($0.text)” \($0.value ?? -1) \($0.low ?? -1)-\($0.high ?? -1) \($0.unit ?? "nil") \($0.qualifier)" } ?? "nothing")")
                }
            }
            for found in result.quantities where !item.quantities.contains(where: { $0.start == found.start && $0.end == found.end }) {
                if !item.quantities.contains(where: { $0.start < found.end && found.start < $0.end }) {
                    spuriousQuantities += 1
                    misses.append("spurious quantity “\(found.text)” in “\(item.text)”")
                }
            }
            expectedDates += item.dates.count
            for expected in item.dates {
                if result.dates.contains(where: { Self.matches($0, expected) }) {
                    matchedDates += 1
                } else {
                    let got = result.dates.first { $0.start < expected.end && expected.start < $0.end }
                    misses.append("date “\(expected.text)” in “\(item.text)”: got \(got.map { "“\($0.text)” \($0.kind) \($0.value ?? "-") \($0.granularity?.rawValue ?? "-") \($0.amount ?? -1) \($0.unit?.rawValue ?? "-") \($0.qualifier?.rawValue ?? "-")" } ?? "nothing")")
                }
            }
            for found in result.dates where !item.dates.contains(where: { $0.start < found.end && found.start < $0.end }) {
                spuriousDates += 1
                misses.append("spurious date “\(found.text)” in “\(item.text)”")
            }
        }
        let quantityRate = Double(matchedQuantities) / Double(expectedQuantities)
        let dateRate = Double(matchedDates) / Double(expectedDates)
        if ProcessInfo.processInfo.environment["FIXTURE_MISSES"] != nil { misses.forEach { print($0) } }
        print("quantities: \(matchedQuantities)/\(expectedQuantities) exact = \(String(format: "%.3f", quantityRate)), spurious \(spuriousQuantities)")
        print("dates: \(matchedDates)/\(expectedDates) exact = \(String(format: "%.3f", dateRate)), spurious \(spuriousDates)")
        #expect(quantityRate >= 0.97)
        #expect(dateRate >= 0.97)
        #expect(spuriousQuantities <= 5)
        #expect(spuriousDates <= 5)
    }
}
