/// Templates of the pages that help a reader find stories: the dated archive, entity pages and search.
extension DefaultTheme {
    static let navigationTemplates: [String: String] = [
        "archive": archive, "archive-month": archiveMonth, "topics": topics, "topic": topic, "search": search,
    ]

    /// One story in a list, its headline at the heading level that follows the page's outline.
    static func storyListItem(level: Int) -> String {
        """
        <li><article><h\(level)><a href="{{root}}{{path}}">{{headline}}</a></h\(level)>
        <p class="teaser">{{teaser}}</p>
        <p class="meta"><time datetime="{{dateISO}}">{{dateText}}</time> · {{sourceCount}} sources</p></article></li>
        """
    }

    static let archive = """
        {{> header}}
        <h1>Archive</h1>
        {{^months}}<p>No stories have been published yet.</p>{{/months}}
        <ul class="archive-months">
        {{#months}}<li><a href="{{path}}">{{label}}</a> <span class="meta">({{count}} {{noun}})</span></li>
        {{/months}}
        </ul>
        {{> footer}}
        """

    static let archiveMonth = """
        {{> header}}
        <h1>{{label}}</h1>
        <p><a href="index.html">All months</a></p>
        {{#days}}
        <section>
        <h2><time datetime="{{day}}">{{dayText}}</time></h2>
        <ol class="story-list">
        {{#stories}}\(storyListItem(level: 3)){{/stories}}
        </ol>
        </section>
        {{/days}}
        {{> footer}}
        """

    static let topics = """
        {{> header}}
        <h1>Topics</h1>
        <p>People, organisations and places named in more than one story.</p>
        {{^topics}}<p>No name appears in more than one story yet.</p>{{/topics}}
        <ul class="topic-list">
        {{#topics}}<li><a href="{{file}}">{{name}}</a> <span class="meta">({{count}} stories)</span></li>
        {{/topics}}
        </ul>
        {{> footer}}
        """

    static let topic = """
        {{> header}}
        <h1>{{name}}{{#paged}}, page {{page}} of {{pageCount}}{{/paged}}</h1>
        <p>{{count}} stories that name {{name}}, newest first. <a href="index.html">All topics</a> · <a href="{{rssPath}}">Feed of this topic</a></p>
        <ol class="story-list">
        {{#stories}}\(storyListItem(level: 2)){{/stories}}
        </ol>
        {{#paged}}<nav class="pages" aria-label="Pages of this topic">{{#newer}}<a href="{{newer}}" rel="prev">Newer stories</a>{{/newer}}{{#older}}<a href="{{older}}" rel="next">Older stories</a>{{/older}}</nav>{{/paged}}
        {{> footer}}
        """

    static let search = """
        {{> header}}
        <h1>Search</h1>
        <form class="search" role="search" action="search.html">
        <label for="search-input">Search the stories</label>
        <input id="search-input" name="q" type="search" autocomplete="off">
        </form>
        <p id="search-note">Searching needs JavaScript. Without it, browse the <a href="archive/index.html">archive</a> by month or the <a href="topics/index.html">topics</a>.</p>
        <p id="search-status" role="status"></p>
        <ul id="search-results" class="search-results"></ul>
        {{> footer}}
        """
}
