import Foundation

extension StoryClusterer {
    public struct Options: Sendable {
        /// Cosine similarity an article needs with a story to join it. Rewrites of one event by
        /// different outlets score 0.3–0.6 against each other; unrelated stories that share a
        /// place or a country stay under 0.15.
        public var joinThreshold = 0.22
        /// A story takes no new articles after this long without one (events are short-lived).
        public var quietPeriod: TimeInterval = 4 * 86400
        /// A story takes no new articles this long after its first one, however busy it stays: an
        /// event's coverage runs for days, and a story still growing after a week has become a
        /// topic (a thread), not an event. nil: no limit.
        public var openWindow: TimeInterval? = 7 * 86400
        /// Similarity fades with the time since the story's last article: full within this grace,
        /// then divided by e every `decayScale` (a day of silence costs about a third). nil: no fading.
        public var decayGrace: TimeInterval = 86400
        public var decayScale: TimeInterval? = 2 * 86400
        /// Weight of a rare name (a word capitalised inside a sentence) against another word of the
        /// same frequency: two articles naming the same little-known person, firm or village are
        /// likely about one event.
        public var nameWeight = 1.5
        /// A name counts as rare while it is in at most this share of the articles so far. Names in
        /// more (a capital, a head of state, a big company) are context shared by many unrelated
        /// events; weighting them up merges those events, so they weigh as any other word.
        public var rareNameShare = 0.002
        /// Similarity an article needs with the story's first articles as well as with its centroid:
        /// a story can move as it grows, but not so far that it no longer resembles how it began.
        public var anchorThreshold = 0.12
        /// Articles that make up a story's anchor (its first articles).
        public var anchorSize = 3
        /// Title words say what the article is about more than body words do.
        public var titleWeight = 3.0
        /// A title seen this many times before ("Live updates", "What we know so far") says nothing
        /// about the event: its words stop counting, and the text alone decides.
        public var repeatedTitleLimit = 3
        /// How many of an article's heaviest terms are used to look up candidate stories.
        public var lookupTerms = 12
        /// Centroid similarity at which two stories are one. Centroids of big stories are smoother
        /// and resemble each other more than single articles do, so the bar is higher than for joining.
        public var mergeThreshold = 0.3
        /// Terms kept per article vector: what the article is about, without its passing mentions.
        public var vectorTerms = 150
        /// Stories compared with an article: those sharing most of its lookup terms. Bounds the work
        /// per article when many open stories share a common word.
        public var candidateLimit = 32
        /// Stories compared with a story under review for merging: those sharing most of its heaviest
        /// terms. Stories that converge share most of them, so a few candidates are enough.
        public var mergeCandidates = 8
        /// Stories remembered per index term. Closed stories are dropped first; past this, the
        /// oldest open ones (a term shared by hundreds of open stories does not tell them apart).
        public var postingLimit = 256
        /// Dates later than this are taken as this (a feed's clock in the future must not keep a
        /// story open or order it ahead of the stream). nil: dates are taken as given.
        public var now: Date?

        public init() {}

        /// Settings for threads: running topics that gather many events over weeks.
        public static var thread: Options {
            var options = Options()
            options.joinThreshold = 0.10
            options.quietPeriod = 30 * 86400
            options.openWindow = nil
            options.decayScale = nil
            options.nameWeight = 1
            options.anchorThreshold = 0
            return options
        }
    }
}
