import Foundation
import NewsdeskIngest
import Testing

struct GunzipTests {
    /// `<html><body><p>Ferry terminal opens on Monday.</p></body></html>\n`, written by gzip.
    static let page = Data(base64Encoded: "H4sIAAAAAAACA7PJKMnNsbNJyk+ptLMpsHNLLSqqVChJLcrNzEvMUcgvSM0rVsjPU/DNz0tJrNSz0S+ws9GHKNYH6+QCAFpyNLRBAAAA")!
    /// `<p>Second member.</p>\n`, a second gzip member.
    static let member = Data(base64Encoded: "H4sIAAAAAAACA7MpsAtOTc7PS1HITc1NSi3Ss9EvsOMCAI0U3jEWAAAA")!
    static let pageText = "<html><body><p>Ferry terminal opens on Monday.</p></body></html>\n"

    @Test func inflatesAGzipFile() throws {
        #expect(Gunzip.isGzip(Self.page))
        #expect(!Gunzip.isGzip(Data(Self.pageText.utf8)))
        let html = try Gunzip.decompress(Self.page)
        #expect(String(decoding: html, as: UTF8.self) == Self.pageText)
    }

    /// `cat a.gz b.gz` is a valid gzip file that inflates to both texts, as with `gzip -d`.
    @Test func followsConcatenatedMembers() throws {
        let html = try Gunzip.decompress(Self.page + Self.member)
        #expect(String(decoding: html, as: UTF8.self) == Self.pageText + "<p>Second member.</p>\n")
    }

    @Test func inflatesALargePageAcrossManyChunks() throws {
        // Stored blocks need no compressor: a zlib stream of raw 65,535-byte blocks, built by hand.
        let text = Data((0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) })
        var stream = Data([0x78, 0x01])
        var offset = 0
        while offset < text.count {
            let length = min(65_535, text.count - offset)
            let last: UInt8 = offset + length == text.count ? 1 : 0
            stream.append(last)
            stream.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            stream.append(text[offset..<offset + length])
            offset += length
        }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in text { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        let adler = b << 16 | a
        stream.append(contentsOf: [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)])
        #expect(try Gunzip.decompress(stream) == text)
        #expect(throws: GunzipError.tooLarge(limit: 100_000)) { try Gunzip.decompress(stream, limit: 100_000) }
    }

    @Test func aCutFileIsTruncated() {
        for length in [0, 1, 10, Self.page.count / 2, Self.page.count - 1] {
            #expect(throws: GunzipError.truncated, "\(length) bytes") { try Gunzip.decompress(Self.page.prefix(length)) }
        }
    }

    @Test func aCorruptFileSaysSo() throws {
        var damaged = Self.page
        damaged[damaged.startIndex + 12] ^= 0xFF
        damaged[damaged.startIndex + 13] ^= 0xFF
        let failures: [Data] = [Data(Self.pageText.utf8), damaged, Data([0x1F, 0x8B, 0x09, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])]
        for data in failures {
            do {
                _ = try Gunzip.decompress(data)
                Issue.record("\(data.count) bytes inflated")
            } catch {
                guard case .corrupt(let detail) = error else { Issue.record("\(error)"); continue }
                #expect(!detail.isEmpty)
                #expect(error.description.hasPrefix("the file is not valid gzip data"))
            }
        }
        // A damaged checksum is corruption too, not a silent success.
        var badCRC = Self.page
        badCRC[badCRC.endIndex - 6] ^= 0xFF
        #expect(throws: GunzipError.self) { try Gunzip.decompress(badCRC) }
    }
}
