import Foundation
import NewsdeskCore

/// The less common date spellings feeds use: asctime, Perforce, two-digit-year ISO 8601, and the
/// Korean, Greek and Hungarian forms some publishers emit. Each gives a date or nil, never a guess.
extension FeedDateParser {
    /// Korean blog platforms: `2004-05-25 오후 11:23:17` and `2004년 05월 28일 01:31:15`, in KST
    /// when no zone is given.
    static func parseKorean(_ text: String) -> Date? {
        guard text.contains("년") || text.contains("오전") || text.contains("오후") else { return nil }
        let numbers = digitRuns(text)
        guard numbers.count == 6 else { return nil }
        var hour = numbers[3]
        if text.contains("오후"), hour < 12 { hour += 12 }
        if text.contains("오전"), hour == 12 { hour = 0 }
        return components(numbers[0], numbers[1], numbers[2], hour, numbers[4], numbers[5], 9 * 3600)
    }

    /// `Κυρ, 11 Ιούλ 2004 12:00:00 EST`: Greek weekday and month names translated, then RFC 822.
    static func parseGreek(_ text: String) -> Date? {
        var changed = false
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map { token -> String in
            let bare = token.trimmingPunctuation()
            if let english = greekNames[bare] {
                changed = true
                return token.replacingOccurrences(of: bare, with: english)
            }
            return String(token)
        }
        return changed ? parseRFC822(tokens.joined(separator: " ")) : nil
    }

    /// `2004-július-13T9:15-05:00`: a Hungarian month name between year and day, hours unpadded.
    static func parseHungarian(_ text: String) -> Date? {
        let lower = text.lowercased()
        guard let (name, month) = hungarianMonths.first(where: { lower.contains("-\($0.0)-") }) else { return nil }
        var iso = lower.replacingOccurrences(of: "-\(name)-", with: "-" + (month < 10 ? "0" : "") + "\(month)-")
        // Pad a one-digit hour: `T9:15` → `T09:15`.
        let bytes = Array(iso.utf8)
        if let t = bytes.firstIndex(of: UInt8(ascii: "t")), t + 2 < bytes.count, bytes[t + 2] == UInt8(ascii: ":") {
            iso = String(decoding: bytes[...t] + [UInt8(ascii: "0")] + bytes[(t + 1)...], as: UTF8.self)
        }
        return parseISO8601(iso.uppercased())
    }

    /// ISO 8601's reduced forms with a two-digit year: `031231`, `03-12-31`, `-0312`, `-03-12`.
    static func parseShortISO(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        let dash = UInt8(ascii: "-")
        var parts: [Int]
        switch bytes.count {
        case 6 where bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }):
            parts = [number(bytes[0..<2]), number(bytes[2..<4]), number(bytes[4..<6])].compactMap { $0 }
        case 8 where bytes[2] == dash && bytes[5] == dash:
            parts = [number(bytes[0..<2]), number(bytes[3..<5]), number(bytes[6..<8])].compactMap { $0 }
        case 5 where bytes[0] == dash:
            parts = [number(bytes[1..<3]), number(bytes[3..<5])].compactMap { $0 } + [1]
        case 6 where bytes[0] == dash && bytes[3] == dash:
            parts = [number(bytes[1..<3]), number(bytes[4..<6])].compactMap { $0 } + [1]
        default:
            return nil
        }
        guard parts.count == 3 else { return nil }
        return components(2000 + parts[0], parts[1], parts[2], 0, 0, 0, 0)
    }

    /// `Fri, 2006/09/15 08:19:53 EDT`: Perforce's date with slashes, then RFC 822's time and zone.
    static func slashDate(_ token: String) -> (year: Int, month: Int, day: Int)? {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        return (y, m, d)
    }

    static func digitRuns(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var current: Int?
        for byte in text.utf8 {
            if byte >= 48, byte <= 57 {
                current = (current ?? 0) * 10 + Int(byte - 48)
                if current! > 100_000 { return [] }
            } else if let value = current {
                numbers.append(value)
                current = nil
            }
        }
        if let current { numbers.append(current) }
        return numbers
    }

    static let greekNames: [String: String] = [
        "Κυρ": "Sun", "Δευ": "Mon", "Τρι": "Tue", "Τετ": "Wed", "Πεμ": "Thu", "Παρ": "Fri", "Σαβ": "Sat",
        "Ιαν": "Jan", "Φεβ": "Feb", "Μάώ": "Mar", "Μαώ": "Mar", "Μάρ": "Mar", "Μαρ": "Mar", "Απρ": "Apr",
        "Μάι": "May", "Μαϊ": "May", "Μαι": "May", "Ιούν": "Jun", "Ιον": "Jun", "Ιούλ": "Jul", "Ιολ": "Jul",
        "Αύγ": "Aug", "Αυγ": "Aug", "Σεπ": "Sep", "Οκτ": "Oct", "Νοέ": "Nov", "Νοε": "Nov", "Δεκ": "Dec",
    ]

    static let hungarianMonths: [(String, Int)] = [
        ("január", 1), ("február", 2), ("március", 3), ("április", 4), ("május", 5), ("június", 6),
        ("július", 7), ("augusztus", 8), ("szeptember", 9), ("október", 10), ("november", 11), ("december", 12),
    ]

    /// `YYYY-MM-DDTHH:MM:SSZ` in the proleptic Gregorian calendar, as the contract prints dates
    /// (Foundation's formatter switches to the Julian calendar before 1582).
    public static func iso8601String(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        var days = total / 86400
        var seconds = total % 86400
        if seconds < 0 {
            seconds += 86400
            days -= 1
        }
        let civil = CivilDate(dayNumber: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
    }
}
