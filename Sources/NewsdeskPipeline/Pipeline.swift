import Foundation
import Logging
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskSite
import NewsdeskStore

/// Runs newsdesk's stages over the configured sources, from fetching to the published site.
///
/// Every stage writes to the store in its own transactions, so an interrupted run loses at most
/// the work in flight; the site is swapped in whole at the end.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        public var site: SiteConfiguration
        /// Where the site is published; nil skips publishing.
        public var siteDirectory: String?
        /// Pages fetched at once from one host: polite to small sites, fast enough for a run.
        public var perHostConcurrency = 2
        /// Feeds fetched at once.
        public var feedConcurrency = 4
        /// After a failed fetch a source waits this long before the next try, doubled for every
        /// further failure in a row: a broken feed is asked less and less often, and a short outage
        /// costs one run or two.
        public var failureBackoff: TimeInterval = 15 * 60
        /// The longest backoff: a source that keeps failing is still tried once a day.
        public var maximumBackoff: TimeInterval = 24 * 60 * 60
        /// A `Retry-After` further out than this is cut to it, so a misconfigured server cannot
        /// park a source for months.
        public var maximumRetryAfter: TimeInterval = 7 * 24 * 60 * 60
        /// Rewrites each extractive draft before the gate; nil (the default) keeps the extractive text.
        public var modelEngine: ModelEngine?

        public init(site: SiteConfiguration = SiteConfiguration(), siteDirectory: String? = "site") {
            self.site = site
            self.siteDirectory = siteDirectory
        }
    }

    public let store: SQLiteStore
    public let fetcher: HTTPFetcher
    public let options: Options
    public let logger: Logger

    public init(store: SQLiteStore, fetcher: HTTPFetcher, options: Options, logger: Logger = Logger(label: "newsdesk")) {
        self.store = store
        self.fetcher = fetcher
        self.options = options
        self.logger = logger
    }

    /// One full pass. `progress` receives one line per stage.
    public func run(now: Date = Date(), progress: @Sendable (String) -> Void = { _ in }) async throws -> RunSummary {
        let started = Date()
        var summary = RunSummary()
        // 1. Fetch and parse every feed; a failing source is recorded and the others go on.
        let configured = try store.sources()
        summary.sources = configured.count
        // A source that asked to be left alone (Retry-After) or is backing off waits for its time.
        let sources = configured.filter { ($0.notBefore ?? .distantPast) <= now }
        summary.sourcesWaiting = configured.count - sources.count
        let feedResults = await fetchFeeds(sources)
        var items: [(source: SourceRecord, outlet: String, item: FeedItem)] = []
        for (source, result) in feedResults {
            switch result {
            case .success(let fetched):
                if fetched.notModified {
                    summary.sourcesNotModified += 1
                    try store.recordFetchSuccess(sourceID: source.id, title: nil, etag: source.etag, lastModified: source.lastModified)
                    continue
                }
                if let moved = fetched.movedTo { try store.updateSourceURL(sourceID: source.id, to: moved) }
                try store.recordFetchSuccess(sourceID: source.id, title: fetched.feed?.title, etag: fetched.etag, lastModified: fetched.lastModified)
                let outlet = fetched.feed?.title ?? source.title ?? URL(string: source.url)?.host ?? source.url
                for item in fetched.feed?.items ?? [] { items.append((source, outlet, item)) }
            case .failure(let failure):
                summary.sourcesFailed += 1
                logger.warning("source failed", metadata: ["url": "\(source.url)", "reason": "\(failure.reason)"])
                let next = nextAttempt(after: failure, source: source, now: now)
                try store.recordFetchFailure(sourceID: source.id, reason: failure.reason, notBefore: next.notBefore, waitReason: next.reason, now: now)
            }
        }
        progress("fetch: \(sources.count - summary.sourcesFailed) of \(sources.count) feeds read, \(items.count) items"
            + (summary.sourcesWaiting > 0 ? ", \(summary.sourcesWaiting) waiting" : ""))

        // 2. Fetch and extract the article pages not stored yet.
        var pending: [(source: SourceRecord, outlet: String, item: FeedItem, url: String)] = []
        var seen = Set<String>()
        for entry in items {
            guard let link = entry.item.link, seen.insert(link).inserted, try !store.hasArticle(url: link) else { continue }
            pending.append((entry.source, entry.outlet, entry.item, link))
        }
        let pages = await fetchPages(pending.map(\.url))
        for entry in pending {
            switch pages[entry.url] ?? .failure("not fetched") {
            case .success(let response):
                switch ArticleExtractor().extract(response.body, url: entry.url) {
                case .article(var article):
                    if article.published == nil { article.published = entry.item.published ?? entry.item.updated }
                    if article.title.isEmpty, let title = entry.item.title { article.title = title }
                    let outlet = article.siteName ?? entry.outlet
                    try store.saveArticle(article, outlet: outlet, sourceID: entry.source.id)
                    summary.newArticles += 1
                case .rejected(let reason):
                    summary.pagesFailed += 1
                    try store.recordPageFailure(url: entry.url, sourceID: entry.source.id, reason: reason.description)
                }
            case .failure(let reason):
                summary.pagesFailed += 1
                try store.recordPageFailure(url: entry.url, sourceID: entry.source.id, reason: reason)
            }
        }
        progress("extract: \(summary.newArticles) new articles, \(summary.pagesFailed) pages failed")

        // 3. Dedupe and 4. cluster, over everything stored, in stream order.
        var articles = try store.articles()
        let duplicates = Deduplicator().duplicates(in: articles)
        try store.setDuplicates(duplicates)
        for index in articles.indices { articles[index].duplicateOf = duplicates[articles[index].id] }
        summary.articles = articles.count
        summary.duplicates = duplicates.count
        progress("dedupe: \(articles.count) articles, \(duplicates.count) duplicates")
        let stories = Self.cluster(articles)
        try store.replaceStories(stories)
        summary.stories = stories.count
        progress("cluster: \(stories.count) stories")

        // 5. Write (extractive, then the model engine when configured) and 6. verify a brief per story;
        // the gate holds any brief that is not fully supported.
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var published: [(Brief, VerificationReport)] = []
        let previous = Dictionary(try store.briefs().map { ($0.brief.storyID, $0.brief) }, uniquingKeysWith: { a, _ in a })
        for story in stories {
            let members = story.articleIDs.compactMap { byID[$0] }
            switch BriefWriter().write(storyID: story.id, articles: members, now: now) {
            case .success(let draft):
                let brief = await rewrite(draft, articles: members)
                var stored = Self.gate(brief, articles: members, now: now)
                stored.brief = Self.keepingWrittenDate(stored.brief, previous: previous[story.id])
                try store.saveBrief(stored)
                if stored.status == .published {
                    summary.published += 1
                    published.append((stored.brief, stored.report))
                } else {
                    summary.held += 1
                }
            case .failure(let reason):
                try store.saveStoryNote(storyID: story.id, note: reason.description)
            }
        }
        progress("write+verify: \(summary.published) briefs published, \(summary.held) held")

        // 7. Relate and 8. publish.
        if let directory = options.siteDirectory {
            let all = try store.briefs(status: .published).map { ($0.brief, $0.report) }
            summary.siteDirectory = try publish(all, to: directory)
            progress("publish: \(all.count) stories written to \(directory)")
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Renders the published briefs and swaps the site in whole.
    public func publish(_ briefs: [(Brief, VerificationReport)], to directory: String) throws -> String {
        try Self.publish(briefs, site: options.site, to: directory)
    }

    /// Relates the briefs to each other, renders every page and swaps the site in whole.
    @discardableResult
    public static func publish(_ briefs: [(Brief, VerificationReport)], site: SiteConfiguration, to directory: String) throws -> String {
        let related = RelatedStories.related(briefs.map(\.0))
        let renderer = try SiteRenderer(configuration: site)
        let files = renderer.render(briefs.map { SiteStory(
            brief: $0.0, report: $0.1, related: related[$0.0.storyID] ?? [],
            corrections: $0.0.corrections.map { SiteStory.Correction(date: $0.date, text: $0.note) }) })
        try SitePublisher(target: directory).publish(files)
        return directory
    }

    /// `brief` with the written date of `previous` when nothing else differs: a story whose text did
    /// not change keeps its dateModified, and its pages are not rewritten by the next publication.
    public static func keepingWrittenDate(_ brief: Brief, previous: Brief?) -> Brief {
        guard var previous else { return brief }
        let written = previous.written
        previous.written = brief.written
        guard previous == brief else { return brief }
        var kept = brief
        kept.written = written
        return kept
    }

    /// Groups articles into stories; copies join their original's story.
    public static func cluster(_ articles: [SourceArticle]) -> [Story] {
        let documents = articles.map { entry in
            ClusterDocument(
                id: String(entry.id), title: entry.article.title, text: entry.article.text, published: entry.article.published,
                duplicateOf: entry.duplicateOf.map(String.init))
        }
        let assignment = StoryClusterer().cluster(documents)
        var members: [String: [SourceArticle]] = [:]
        for entry in articles {
            if let cluster = assignment[String(entry.id)] { members[cluster, default: []].append(entry) }
        }
        return members.map { id, entries in
            let dates = entries.compactMap(\.article.published)
            return Story(id: "s" + id.dropFirst(1), articleIDs: entries.map(\.id).sorted(), firstSeen: dates.min(), lastSeen: dates.max())
        }.sorted { $0.id < $1.id }
    }

    /// Verifies a brief, repairs unsupported body sentences, and decides: published when every
    /// sentence of the (repaired) brief is supported, held with the reasons otherwise.
    public static func gate(_ brief: Brief, articles: [SourceArticle], now: Date) -> StoredBrief {
        let decision = BriefGate().review(brief, sources: sourceIndexes(for: brief, articles: articles))
        return StoredBrief(
            brief: decision.brief, report: decision.report, status: decision.publishable ? .published : .held,
            reasons: decision.reasons, updated: now)
    }
}
