import Foundation
import NewsdeskCore

/// The dated archive, the entity pages and the search page.
extension SiteRenderer {
    /// The files of the archive (`archive/`), the topics (`topics/`) and search, for stories given newest first.
    func navigationFiles(_ ordered: [SiteStory], paths: [String: String], topics: SiteTopics) -> [String: Data] {
        var files: [String: Data] = [:]
        func add(_ path: String, _ context: [String: Any], _ template: String) {
            files[path] = Data((library.render(context, withTemplate: template) ?? "").utf8)
        }
        // 1. Archive: one page per month, stories grouped by day, newest first.
        let months = Dictionary(grouping: ordered) { String(Self.day(of: $0).prefix(7)) }
            .map { (key: $0.key, stories: $0.value) }.sorted { $0.key > $1.key }
        var monthLinks: [[String: Any]] = []
        for month in months {
            let label = Self.monthLabel(month.key)
            let days = Dictionary(grouping: month.stories, by: Self.day(of:))
                .map { (day: $0.key, stories: $0.value) }.sorted { $0.day > $1.day }
            let path = "archive/\(month.key).html"
            add(path, page(
                title: "\(label) — \(configuration.name)", description: "Stories published by \(configuration.name) in \(label).",
                path: path, root: "../", ogType: "website",
                extra: [
                    "label": label,
                    "days": days.map { day -> [String: Any] in
                        [
                            "day": day.day, "dayText": SiteDates.text(day.stories[0].brief.newsDate ?? day.stories[0].brief.written),
                            "stories": day.stories.map { summary($0, path: paths[$0.brief.storyID]!, root: "../") },
                        ]
                    },
                ]), "archive-month")
            monthLinks.append([
                "path": "\(month.key).html", "label": label, "count": month.stories.count,
                "noun": month.stories.count == 1 ? "story" : "stories",
            ])
        }
        add("archive/index.html", page(
            title: "Archive — \(configuration.name)", description: "Every story of \(configuration.name), by month.",
            path: "archive/index.html", root: "../", ogType: "website", extra: ["months": monthLinks]), "archive")

        // 2. Entity pages: everything about one name, newest first, `topicPageSize` stories a page
        //    (`topics/<slug>.html`, then `topics/<slug>.page-2.html`, …; slugs never hold a dot).
        let byID = Dictionary(ordered.map { ($0.brief.storyID, $0) }, uniquingKeysWith: { a, _ in a })
        for topic in topics.topics {
            let channel = SiteFeeds.Channel.topic(topic.name, page: topic.path, configuration: configuration)
            let topicFeeds = channel.alternates.map { $0.merging(["title": channel.title]) { a, _ in a } }
            let chunks = stride(from: 0, to: topic.storyIDs.count, by: Self.topicPageSize).map {
                Array(topic.storyIDs[$0..<min($0 + Self.topicPageSize, topic.storyIDs.count)])
            }
            let stem = String(topic.path.dropFirst("topics/".count).dropLast(".html".count))
            func file(_ number: Int) -> String { number == 1 ? "\(stem).html" : "\(stem).page-\(number).html" }
            for (offset, ids) in chunks.enumerated() {
                let number = offset + 1
                let path = "topics/" + file(number)
                let suffix = number == 1 ? "" : " (page \(number))"
                add(path, page(
                    title: "\(topic.name)\(suffix) — \(configuration.name)", description: "Stories of \(configuration.name) that name \(topic.name)\(suffix).",
                    path: path, root: "../", ogType: "website",
                    extra: [
                        "name": topic.name, "count": topic.storyIDs.count, "topicFeeds": topicFeeds,
                        "page": number, "pageCount": chunks.count, "paged": chunks.count > 1,
                        "newer": number > 1 ? file(number - 1) : false,
                        "older": number < chunks.count ? file(number + 1) : false,
                        "rssPath": String(channel.rssPath.dropFirst("topics/".count)),
                        "stories": ids.compactMap { byID[$0] }.map { summary($0, path: paths[$0.brief.storyID]!, root: "../") },
                    ]), "topic")
            }
        }
        add("topics/index.html", page(
            title: "Topics — \(configuration.name)", description: "People, organisations and places in the stories of \(configuration.name).",
            path: "topics/index.html", root: "../", ogType: "website",
            extra: [
                "topics": topics.topics.map { topic -> [String: Any] in
                    ["name": topic.name, "file": String(topic.path.dropFirst("topics/".count)), "count": topic.storyIDs.count]
                },
            ]), "topics")

        // 3. Search: a page readable without script, its index and its same-origin script.
        add("search.html", page(
            title: "Search — \(configuration.name)", description: "Search the stories of \(configuration.name).",
            path: "search.html", root: "", ogType: "website", extra: ["script": "search.js"]), "search")
        files["search-index.json"] = Data(SiteSearchIndex.json(ordered, paths: paths).utf8)
        files["search.js"] = Data(SiteSearchIndex.script.utf8)
        return files
    }

    /// The topic links of a story page.
    func topicLinks(_ storyID: String, topics: SiteTopics) -> [[String: Any]] {
        let list = topics.byStory[storyID] ?? []
        return list.enumerated().map { index, topic in
            ["name": topic.name, "path": topic.path, "last": index == list.count - 1]
        }
    }

    /// The story's day in UTC, "2026-01-05".
    static func day(of story: SiteStory) -> String {
        String(SiteDates.iso(story.brief.newsDate ?? story.brief.written).prefix(10))
    }

    /// "2026-01" -> "January 2026".
    static func monthLabel(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return key }
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(names[month - 1]) \(parts[0])"
    }
}
