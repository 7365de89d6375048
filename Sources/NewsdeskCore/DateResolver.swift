/// Places dates written without a year, weekdays and relative words on the calendar, from the
/// publication date and the tense around the mention.
///
/// Conventions (a news reader's, and the fixture's):
/// - A bare weekday is the most recent such day (the publication day included) when the sentence tells
///   of the past, otherwise the next such day (the publication day included). "last Friday" and
///   "next Friday" are that weekday in the previous and next ISO week, "this Friday" in the current one.
/// - A month or day without a year is the nearest one to the publication date; after a future cue
///   ("will", "expected", "until") it is not before the publication month, in a past-tense sentence or
///   after "since" not after it.
/// - A quarter without a year is the last quarter before the current one, or the next one from the
///   current one on after a future cue.
struct DateResolver {
    enum Tense { case past, future, unknown }

    let published: CivilDate

    func weekday(_ weekday: Int, mode: WordKey?, tense: Tense) -> DatePeriod {
        let monday = published.weekStart
        switch mode {
        case Words.last: return .day(monday.adding(days: weekday - 1 - 7))
        case Words.next: return .day(monday.adding(days: weekday - 1 + 7))
        case Words.this: return .day(monday.adding(days: weekday - 1))
        default:
            if tense == .past {
                return .day(published.adding(days: -((published.weekday - weekday + 7) % 7)))
            }
            return .day(published.adding(days: (weekday - published.weekday + 7) % 7))
        }
    }

    /// The year of a month (and day) written without one.
    func year(month: Int, tense: Tense) -> Int {
        let now = published.year * 12 + published.month - 1
        let candidates = [published.year - 1, published.year, published.year + 1]
        switch tense {
        case .past: return candidates.last { $0 * 12 + month - 1 <= now } ?? published.year
        case .future: return candidates.first { $0 * 12 + month - 1 >= now } ?? published.year
        case .unknown: return candidates.min { abs($0 * 12 + month - 1 - now) < abs($1 * 12 + month - 1 - now) } ?? published.year
        }
    }

    func quarter(_ quarter: Int, tense: Tense) -> DatePeriod? {
        let current = (published.month - 1) / 3 + 1
        if tense == .future { return .quarter(quarter >= current ? published.year : published.year + 1, quarter) }
        return .quarter(quarter < current ? published.year : published.year - 1, quarter)
    }

    /// "last week", "this month", "next year": offset -1, 0 or 1 of a week, month or year.
    func relative(_ unit: DurationUnit, offset: Int) -> DatePeriod? {
        switch unit {
        case .day: return .day(published.adding(days: offset))
        case .week: return .week(containing: published.adding(days: 7 * offset))
        case .month:
            let index = published.year * 12 + published.month - 1 + offset
            return .month(index / 12, index % 12 + 1)
        case .year: return .year(published.year + offset)
        default: return nil
        }
    }
}
