import Foundation

/// Date formats of the site: ISO 8601 for machines, "January 5, 2026" for readers, RFC 822 for RSS.
enum SiteDates {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func text(_ date: Date) -> String {
        formatted(date, "MMMM d, yyyy")
    }

    static func rfc822(_ date: Date) -> String {
        formatted(date, "EEE, dd MMM yyyy HH:mm:ss Z")
    }

    private static func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}
