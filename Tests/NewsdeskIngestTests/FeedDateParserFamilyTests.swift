import Foundation
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

/// The less common date families: each spelling gives the instant, or nil when it is not a date.
struct FeedDateParserFamilyTests {
    @Test(arguments: [
        ("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z"),
        ("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z"),
        ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z"),
        ("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z"),
        ("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z"),
        ("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z"),
        ("031231", "2003-12-31T00:00:00Z"),
        ("-03-12", "2003-12-01T00:00:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 GMT-01:01", "2012-02-19T23:41:00Z"),
        ("Thu, 30 Apr 2015 08:57:00 MEST", "2015-04-30T06:57:00Z"),
        ("Mon, 26 January 2004 16:31:00 PT", "2004-01-27T00:31:00Z"),
        ("Thu, 01 Jan 0100 00:00:01 +0100", "0099-12-31T23:00:01Z"),
    ])
    func parses(_ text: String, _ expected: String) throws {
        let date = try #require(FeedDateParser.parse(text))
        #expect(FeedDateParser.iso8601String(date) == expected)
    }

    @Test(arguments: [
        "22013", "013", "2013-01-27-01", "2013-01-28T11:30:00-06:00Textra", "2013-xx-27", "Sun, 16 Dec 2012 1:2:3:4 GMT",
        "Sun, 99 Jun 2009 12:00:00 GMT", "Sun, 31 Dec 9999 23:59:59 -9999", "9999-12-31T23:59:59-99:99",
    ])
    func rejects(_ text: String) {
        #expect(FeedDateParser.parse(text) == nil)
    }

    /// Random bytes and truncations of real dates never crash and finish at once.
    @Test func randomInputNeverCrashes() {
        var generator = SplitMix(seed: 11)
        let seeds = ["Thu, 01 Jan 2004 19:48:21 GMT", "2003-12-31T10:14:55.1234Z", "2004년 05월 28일 01:31:15"]
        let started = Date()
        for _ in 0..<2000 {
            var bytes = Array(seeds.randomElement(using: &generator)!.utf8)
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            for _ in 0..<Int.random(in: 0...4, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = FeedDateParser.parse(String(decoding: bytes, as: UTF8.self))
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
