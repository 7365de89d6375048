/// Converts UTF-8 byte offsets of a text into Unicode scalar (code point) offsets, as `Sentence`,
/// `Quantity` and `DateMention` count them.
///
/// A cursor remembers the last position converted, so a run of offsets in (roughly) increasing order
/// costs one pass over the bytes in all, not one pass per offset. Offsets are meant to fall on scalar
/// boundaries; one inside a multi-byte scalar counts that scalar as already passed.
///
/// ```swift
/// var offsets = UTF8ScalarOffsets(Array("北京 on Friday".utf8))
/// offsets.scalarOffset(ofByte: 7)  // 3 ("o" of "on": 北 and 京 are three bytes each)
/// ```
public struct UTF8ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The number of scalars that start before byte offset `offset` (clamped to the text).
    public mutating func scalarOffset(ofByte offset: Int) -> Int {
        let target = min(max(offset, 0), bytes.count)
        while byte < target {
            if !Self.isContinuation(bytes[byte]) { scalar += 1 }
            byte += 1
        }
        while byte > target {
            byte -= 1
            if !Self.isContinuation(bytes[byte]) { scalar -= 1 }
        }
        return scalar
    }

    /// Byte range to scalar range, end exclusive.
    public mutating func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
        let start = scalarOffset(ofByte: range.lowerBound)
        let end = scalarOffset(ofByte: range.upperBound)
        return start..<max(start, end)
    }

    @inline(__always) private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
