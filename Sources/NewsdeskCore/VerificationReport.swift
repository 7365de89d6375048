import Foundation

/// The verifier's finding for one sentence.
public enum VerdictStatus: String, Codable, Sendable {
    case supported, unsupported, contradicted
}

/// A source sentence that a brief sentence was checked against.
public struct Evidence: Codable, Sendable, Equatable {
    public var sourceNumber: Int
    public var text: String

    public init(sourceNumber: Int, text: String) {
        self.sourceNumber = sourceNumber
        self.text = text
    }
}

public struct SentenceVerdict: Codable, Sendable, Equatable {
    public var sentence: String
    public var status: VerdictStatus
    /// Why the sentence is not supported: each names the claim atom and what was wrong with it.
    public var reasons: [String]
    public var evidence: [Evidence]

    public init(sentence: String, status: VerdictStatus, reasons: [String] = [], evidence: [Evidence] = []) {
        self.sentence = sentence
        self.status = status
        self.reasons = reasons
        self.evidence = evidence
    }
}

/// The verdict on every sentence of a brief.
public struct VerificationReport: Codable, Sendable, Equatable {
    public var verdicts: [SentenceVerdict]
    public var sourceCount: Int

    public init(verdicts: [SentenceVerdict], sourceCount: Int) {
        self.verdicts = verdicts
        self.sourceCount = sourceCount
    }

    public var supportedCount: Int { verdicts.filter { $0.status == .supported }.count }
    public var isFullySupported: Bool { !verdicts.isEmpty && supportedCount == verdicts.count }

    /// "12 of 12 sentences verified against 4 sources".
    public var summary: String {
        "\(supportedCount) of \(verdicts.count) sentences verified against \(sourceCount) "
            + (sourceCount == 1 ? "source" : "sources")
    }

    /// One line per failing sentence, for `stories list` and the review queue.
    public var problems: [String] {
        verdicts.filter { $0.status != .supported }.map {
            "\($0.status.rawValue): \($0.reasons.joined(separator: "; ")) — “\($0.sentence)”"
        }
    }
}
