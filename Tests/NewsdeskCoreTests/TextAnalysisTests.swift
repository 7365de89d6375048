import NewsdeskCore
import Testing

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
