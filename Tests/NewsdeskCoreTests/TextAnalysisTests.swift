import NewsdeskCore
import Testing

struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr. Lee arrived in Beijing. He met Xi.", ["Mr. Lee arrived in Beijing.", "He met Xi."]),
        ("The index rose 3.5 percent on Jan. 5 in trading. Analysts were surprised.", ["The index rose 3.5 percent on Jan. 5 in trading.", "Analysts were surprised."]),
        ("“Will it work?” she asked. Nobody knew.", ["“Will it work?” she asked.", "Nobody knew."]),
        ("J. K. Rowling wrote it. Read more at example.com today.", ["J. K. Rowling wrote it.", "Read more at example.com today."]),
        ("Wait... What happened? It ended!", ["Wait...", "What happened?", "It ended!"]),
        ("会议结束了。双方签署了协议。", ["会议结束了。", "双方签署了协议。"]),
        ("He works at Acme Inc. The company agreed.", ["He works at Acme Inc.", "The company agreed."]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter().split(text).map(\.text) == expected)
    }

    @Test func offsetsPointBackIntoTheText() {
        let text = "  Première phrase ici. Deuxième phrase là.  "
        let scalars = Array(text.unicodeScalars)
        for sentence in SentenceSplitter().split(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.start..<sentence.end])
            #expect(String(view) == sentence.text)
        }
    }

    @Test func hostileInputEndsInBoundedWork() {
        let long = String(repeating: "word ", count: 200_000)
        #expect(SentenceSplitter().split(long).count == 1)
        #expect(SentenceSplitter().split("").isEmpty)
        #expect(SentenceSplitter().split("\u{0}\u{1}...!!!???").count <= 2)
    }
}

struct TokenizerTests {
    @Test func keepsJoinedWordsAndNumbers() {
        let words = Tokenizer.words(in: "Lee Jae-myung signed 1,200 deals worth $3.5bn, didn’t he?").map(String.init)
        #expect(words == ["Lee", "Jae-myung", "signed", "1,200", "deals", "worth", "3.5bn", "didn’t", "he"])
    }

    @Test func splitsIdeographsAndFoldsCase() {
        #expect(Tokenizer.words(in: "北京会议").count == 4)
        #expect(Tokenizer.normalize("Café") == "cafe")
        #expect(Tokenizer.terms(in: "The agreements were signed") == ["agreement", "sign"])
    }
}

struct ClaimAtomsTests {
    @Test func findsFiguresWithUnitsAndScales() {
        let atoms = ClaimAtoms("They signed 15 government agreements and nine memorandums worth $350 billion.")
        #expect(atoms.quantities.map(\.value) == [15, 9, 350e9])
        #expect(atoms.quantities.map(\.unit) == ["agreement", "memorandum", nil])
    }

    @Test func findsDatesAndYears() {
        let atoms = ClaimAtoms("The summit on January 5, 2026 was the first since 2017, and talks resume on 12 March.")
        #expect(atoms.dates.contains { $0.month == 1 && $0.day == 5 && $0.year == 2026 })
        #expect(atoms.dates.contains { $0.month == nil && $0.year == 2017 })
        #expect(atoms.dates.contains { $0.month == 3 && $0.day == 12 })
    }

    @Test func findsNamesButNotTheFirstWordAlone() {
        let atoms = ClaimAtoms("Officials said President Lee Jae-myung met Xi Jinping in Beijing on Monday.")
        #expect(atoms.names.contains("President Lee Jae-myung"))
        #expect(atoms.names.contains("Xi Jinping"))
        #expect(atoms.names.contains("Beijing"))
        #expect(!atoms.names.contains("Officials"))
        #expect(ClaimAtoms("It was Lee's Beijing visit").names == ["Lee", "Beijing"])
    }

    @Test func readsWrittenNumbers() {
        #expect(ClaimAtoms.numberValue("nine") == 9)
        #expect(ClaimAtoms.numberValue("350bn") == 350e9)
        #expect(ClaimAtoms.numberValue("1,200") == 1200)
        #expect(ClaimAtoms.numberValue("many") == nil)
    }
}

struct VerificationReportTests {
    @Test func summarisesAndListsProblems() {
        let report = VerificationReport(verdicts: [
            SentenceVerdict(sentence: "A.", status: .supported),
            SentenceVerdict(sentence: "B.", status: .unsupported, reasons: ["figure “9” is not in the cited sources"]),
        ], sourceCount: 3)
        #expect(report.summary == "1 of 2 sentences verified against 3 sources")
        #expect(!report.isFullySupported)
        #expect(report.problems == ["unsupported: figure “9” is not in the cited sources — “B.”"])
    }
}
