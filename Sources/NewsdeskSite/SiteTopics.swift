import NewsdeskCore

/// The entities named in at least two published stories, each with its page and its stories.
struct SiteTopics {
    struct Topic {
        var name: String
        /// `topics/<slug>.html`.
        var path: String
        /// Story ids, newest first (the order of the stories given).
        var storyIDs: [String]
    }

    /// Topics by name, most stories first, then by name.
    var topics: [Topic]
    /// For each story id, the topics it mentions, in the order of `topics`.
    var byStory: [String: [Topic]]

    /// A name needs this many stories for a page: one story is already its own page.
    static let minimumStories = 2

    /// Collects the topics of `stories`, which come newest first.
    init(_ stories: [SiteStory]) {
        var storyIDs: [String: [String]] = [:]
        var order: [String] = []
        // Finding the names is the costly part; each brief's are independent of the others'.
        let names = ConcurrentMap.map(stories) { SiteEntities.names(in: $0.brief) }
        for (story, storyNames) in zip(stories, names) {
            for name in storyNames {
                if storyIDs[name] == nil { order.append(name) }
                storyIDs[name, default: []].append(story.brief.storyID)
            }
        }
        let named = order.filter { storyIDs[$0]!.count >= Self.minimumStories }
            .sorted { (storyIDs[$0]!.count, $1) > (storyIDs[$1]!.count, $0) }
        var used = Set<String>()
        var topics: [Topic] = []
        for name in named {
            let slug = Slug.unique(SiteEntities.slug(name), used: &used)
            topics.append(Topic(name: name, path: "topics/\(slug).html", storyIDs: storyIDs[name]!))
        }
        var byStory: [String: [Topic]] = [:]
        for topic in topics {
            for id in topic.storyIDs { byStory[id, default: []].append(topic) }
        }
        self.topics = topics
        self.byStory = byStory
    }
}
