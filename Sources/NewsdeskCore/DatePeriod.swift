/// A stretch of the calendar at one granularity: a day, an ISO week, a month, a quarter, a year or a decade.
struct DatePeriod: Sendable, Equatable {
    var granularity: DateMention.Granularity
    var from: CivilDate
    var to: CivilDate
    /// "2026-01-05", "2026-W02", "2026-01", "2026-Q1", "2026", "1990s".
    var value: String

    static func day(_ date: CivilDate) -> DatePeriod { DatePeriod(granularity: .day, from: date, to: date, value: date.iso) }

    static func week(containing date: CivilDate) -> DatePeriod {
        let monday = date.weekStart
        let (year, week) = date.isoWeek
        return DatePeriod(granularity: .week, from: monday, to: monday.adding(days: 6), value: "\(year)-W\(CivilDate.pad(week, 2))")
    }

    static func month(_ year: Int, _ month: Int) -> DatePeriod? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
        return DatePeriod(granularity: .month, from: first, to: last, value: "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))")
    }

    static func quarter(_ year: Int, _ quarter: Int) -> DatePeriod? {
        guard (1...4).contains(quarter), let first = CivilDate(year: year, month: quarter * 3 - 2, day: 1) else { return nil }
        let last = CivilDate(year: year, month: quarter * 3, day: CivilDate.daysIn(month: quarter * 3, year: year))!
        return DatePeriod(granularity: .quarter, from: first, to: last, value: "\(CivilDate.pad(year, 4))-Q\(quarter)")
    }

    static func year(_ year: Int) -> DatePeriod? {
        guard let first = CivilDate(year: year, month: 1, day: 1) else { return nil }
        return DatePeriod(granularity: .year, from: first, to: CivilDate(year: year, month: 12, day: 31)!, value: CivilDate.pad(year, 4))
    }

    static func decade(_ start: Int) -> DatePeriod? {
        guard let first = CivilDate(year: start, month: 1, day: 1), let last = CivilDate(year: start + 9, month: 12, day: 31) else { return nil }
        return DatePeriod(granularity: .decade, from: first, to: last, value: "\(start)s")
    }
}
