import Foundation
import NewsdeskCore

/// Parses the date formats feeds and pages use: RFC 822/1123 and its common variants, and W3C-DTF /
/// ISO 8601. Impossible dates give nil, never a guess.
///
/// ```swift
/// FeedDateParser.parse("Mon, 05 Jan 2026 09:30:00 +0900") // 2026-01-05T00:30:00Z
/// ```
public enum FeedDateParser {
    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.utf8.count < 200 else { return nil }
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            return parseKorean(text) ?? parseGreek(text) ?? parseHungarian(text)
        }
        if let first = text.utf8.first, (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-"),
            let date = parseISO8601(text) ?? parseShortISO(text)
        {
            return date
        }
        return parseStrictRFC1123(text) ?? parseRFC822(text)
    }

    /// The form nearly every RSS feed writes, `Mon, 05 Jan 2026 09:30:00 +0900` (or `GMT`), read from
    /// bytes without splitting into strings; anything else, and any date it would reject, goes to
    /// `parseRFC822`, which gives the same result for this form.
    static func parseStrictRFC1123(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            // `Www, D Mon YYYY HH:MM:SS Z...`: 3 + 2 + 1|2 + 1 + 3 + 1 + 4 + 1 + 8 + 1 + zone.
            guard b.count >= 27, b[3] == UInt8(ascii: ","), b[4] == UInt8(ascii: " ") else { return nil }
            let weekday = String(decoding: UnsafeBufferPointer(rebasing: b[0..<3]), as: UTF8.self).lowercased()
            guard weekdayNames.contains(weekday) else { return nil }
            func digit(_ i: Int) -> Int? {
                let v = b[i] &- 48
                return v <= 9 ? Int(v) : nil
            }
            var i = 5
            guard let d0 = digit(i) else { return nil }
            var day = d0
            i += 1
            if let d1 = digit(i) {
                day = day * 10 + d1
                i += 1
            }
            guard b[i] == UInt8(ascii: " "), b.count >= i + 22 else { return nil }
            i += 1
            func lower(_ k: Int) -> UInt8 { b[k] | 0x20 }
            guard b[i + 3] == UInt8(ascii: " "),
                let month = monthPrefixes[String(decoding: [lower(i), lower(i + 1), lower(i + 2)], as: UTF8.self)],
                (b[i] | 0x20) >= UInt8(ascii: "a"), (b[i] | 0x20) <= UInt8(ascii: "z")
            else { return nil }
            i += 4
            guard let y0 = digit(i), let y1 = digit(i + 1), let y2 = digit(i + 2), let y3 = digit(i + 3),
                b[i + 4] == UInt8(ascii: " ")
            else { return nil }
            let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
            i += 5
            guard let h0 = digit(i), let h1 = digit(i + 1), b[i + 2] == UInt8(ascii: ":"),
                let m0 = digit(i + 3), let m1 = digit(i + 4), b[i + 5] == UInt8(ascii: ":"),
                let s0 = digit(i + 6), let s1 = digit(i + 7), b[i + 8] == UInt8(ascii: " ")
            else { return nil }
            i += 9
            let zone = UnsafeBufferPointer(rebasing: b[i...])
            let offset: Int
            if zone.count == 5, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-") {
                let z = zone.dropFirst().map { $0 &- 48 }
                guard z.allSatisfy({ $0 <= 9 }) else { return nil }
                let number = Int(z[0]) * 1000 + Int(z[1]) * 100 + Int(z[2]) * 10 + Int(z[3])
                offset = (zone[0] == UInt8(ascii: "-") ? -1 : 1) * ((number / 100) * 3600 + (number % 100) * 60)
            } else if zone.count == 3, zone[0] == UInt8(ascii: "G"), zone[1] == UInt8(ascii: "M"), zone[2] == UInt8(ascii: "T") {
                offset = 0
            } else {
                return nil
            }
            return components(year, month, day, h0 * 10 + h1, m0 * 10 + m1, s0 * 10 + s1, offset)
        }
    }

    /// `2026-01-05`, `2026-01-05T09:30`, `2026-01-05T09:30:00.123+09:00`, `20260105T093000Z`.
    static func parseISO8601(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= bytes.count else { return nil }
            var value = 0
            for k in 0..<count {
                let b = bytes[i + k]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            i += count
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            if i < bytes.count, bytes[i] == byte {
                i += 1
                return true
            }
            return false
        }
        guard let year = digits(4) else { return nil }
        let dashed = skip(UInt8(ascii: "-"))
        // A zero-padded three-digit month (`2003-012-31`) is a known generator bug.
        let monthWidth = dashed && i + 3 < bytes.count && bytes[i] == UInt8(ascii: "0") && bytes[i + 3] == UInt8(ascii: "-") ? 3 : 2
        guard let month = digits(monthWidth) else {
            return i == bytes.count ? components(year, 1, 1, 0, 0, 0, 0) : nil
        }
        if dashed { _ = skip(UInt8(ascii: "-")) }
        let day = digits(2) ?? 1
        var hour = 0, minute = 0, second = 0
        var offset = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "t") {
            i += 1
            guard let h = digits(2) else { return nil }
            hour = h
            _ = skip(UInt8(ascii: ":"))
            minute = digits(2) ?? 0
            _ = skip(UInt8(ascii: ":"))
            second = digits(2) ?? 0
            if skip(UInt8(ascii: ".")) || skip(UInt8(ascii: ",")) {
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            }
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
            if i < bytes.count {
                if bytes[i] == UInt8(ascii: "Z") || bytes[i] == UInt8(ascii: "z") {
                    i += 1
                } else if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                    let sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    _ = skip(UInt8(ascii: ":"))
                    let om = digits(2) ?? 0
                    offset = sign * (oh * 3600 + om * 60)
                } else {
                    let rest = String(decoding: bytes[i...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    guard let zone = zoneOffsets[rest.uppercased()] else { return nil }
                    offset = zone
                    i = bytes.count
                }
            }
        }
        guard i == bytes.count else { return nil }
        return components(year, month, day, hour, minute, second, offset)
    }

    /// `Mon, 05 Jan 2026 09:30:00 +0900` and variants: no weekday, two-digit years, no seconds,
    /// zone names, missing zone (read as UTC), full month names.
    static func parseRFC822(_ text: String) -> Date? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            .map(String.init)
        if let first = tokens.first, Self.weekdayNames.contains(first.lowercased().trimmingPunctuation()) {
            tokens.removeFirst()
        }
        if let first = tokens.first, let (y, m, d) = slashDate(first) {
            // Perforce: `2006/09/15 08:19:53 EDT`.
            tokens.replaceSubrange(0..<1, with: [String(d), monthNames[m - 1], String(y)])
        }
        if tokens.count >= 4, monthNumber(tokens[0]) != nil, tokens[2].contains(":"),
            let yearIndex = tokens.indices.dropFirst(3).first(where: { tokens[$0].count == 4 && Int(tokens[$0]) != nil })
        {
            // asctime: `Jan  4 16:29:06 2004`, `Jul 15 01:16:00 +0000 2012`.
            let year = tokens.remove(at: yearIndex)
            tokens.insert(year, at: 2)
        }
        guard tokens.count >= 3 else { return nil }
        var day: Int?
        var month: Int?
        if let d = Int(tokens[0]) {
            day = d
            month = monthNumber(tokens[1])
        } else if let m = monthNumber(tokens[0]), let d = Int(tokens[1]) {
            month = m
            day = d
        }
        guard let d = day, let m = month, var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0, offset = 0
        var rest = Array(tokens.dropFirst(3))
        if let time = rest.first, time.contains(":") {
            let parts = time.split(separator: ":").map { Int($0) }
            guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
            hour = parts[0]!
            minute = parts[1]!
            second = parts.count == 3 ? parts[2]! : 0
            rest.removeFirst()
        }
        if var zone = rest.first?.uppercased() {
            if zone.hasPrefix("ETC/") { zone.removeFirst(4) }
            if zone.count > 3, zone.hasPrefix("GMT") || zone.hasPrefix("UTC"), let sign = zone.dropFirst(3).first, sign == "+" || sign == "-" {
                zone.removeFirst(3)
            }
            if let value = zoneOffsets[zone] {
                offset = value
            } else if let first = zone.first, first == "+" || first == "-", zone.count >= 5,
                let number = Int(zone.dropFirst().replacingOccurrences(of: ":", with: ""))
            {
                let sign = first == "-" ? -1 : 1
                offset = sign * ((number / 100) * 3600 + (number % 100) * 60)
            } else {
                return nil
            }
        }
        return components(year, m, d, hour, minute, second, offset)
    }

    static func monthNumber(_ token: String) -> Int? {
        let lower = token.lowercased().trimmingPunctuation()
        guard lower.count >= 3 else { return nil }
        return monthPrefixes[String(lower.prefix(3))]
    }

    /// Builds a UTC date from parts, rejecting impossible values (Feb 30, hour 25).
    static func components(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int) -> Date? {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (1...daysIn(month: month, year: year)).contains(day), abs(offset) <= 14 * 3600
        else { return nil }
        let days = CivilDate.dayNumber(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static let monthPrefixes: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayNames: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "tues", "thur", "thurs",
    ]
    /// Common zone abbreviations and their offsets in seconds (RFC 822 names plus widely used ones).
    static let zoneOffsets: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600,
        "CDT": -5 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
        "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800, "JST": 9 * 3600,
        "KST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600, "IST": 19800, "AEST": 10 * 3600,
        "AEDT": 11 * 3600, "NZST": 12 * 3600, "NZDT": 13 * 3600, "A": 3600, "M": 12 * 3600,
        "N": -3600, "Y": -12 * 3600, "WET": 0, "WEST": 3600, "MSK": 3 * 3600, "AKST": -9 * 3600,
        "AKDT": -8 * 3600, "HST": -10 * 3600, "MET": 3600, "MEST": 7200,
        // North American zones without standard/daylight letter, as some feeds write them.
        "AT": -4 * 3600, "ET": -5 * 3600, "CT": -6 * 3600, "MT": -7 * 3600, "PT": -8 * 3600,
    ]
}
