import Foundation
import NewsdeskCore

/// Date formats of the site, all in UTC: ISO 8601 for machines, "January 5, 2026" for readers,
/// RFC 822 for RSS. Computed from the calendar arithmetic of the proleptic Gregorian calendar, so they
/// are cheap and safe from any thread (a site of 10,000 stories formats some 200,000 dates).
enum SiteDates {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    static let weekdayNames = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

    struct Parts {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
        /// Days since 1970-01-01, for the weekday.
        var days: Int
    }

    /// Civil date and time of day from seconds since the epoch.
    static func parts(_ date: Date) -> Parts {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let civil = CivilDate(dayNumber: days)
        return Parts(
            year: civil.year, month: civil.month, day: civil.day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
            second: secondOfDay % 60, days: days)
    }

    /// "2026-01-05T14:00:00Z".
    static func iso(_ date: Date) -> String {
        let p = parts(date)
        return "\(pad(p.year, 4))-\(pad(p.month))-\(pad(p.day))T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))Z"
    }

    /// "January 5, 2026".
    static func text(_ date: Date) -> String {
        let p = parts(date)
        return "\(monthNames[p.month - 1]) \(p.day), \(p.year)"
    }

    /// "Mon, 05 Jan 2026 14:00:00 +0000".
    static func rfc822(_ date: Date) -> String {
        let p = parts(date)
        let weekday = weekdayNames[((p.days % 7) + 7) % 7]
        return "\(weekday), \(pad(p.day)) \(monthNames[p.month - 1].prefix(3)) \(pad(p.year, 4)) \(pad(p.hour)):\(pad(p.minute)):\(pad(p.second)) +0000"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
