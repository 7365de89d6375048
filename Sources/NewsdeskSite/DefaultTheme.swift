/// The templates of the default theme. A user's theme folder overrides any of them by file name
/// (`story.mustache` replaces `story`); partials are shared by name (`{{> header}}`).
enum DefaultTheme {
    static let templates: [String: String] = [
        "header": header, "footer": footer, "index": index, "story": story, "about": about,
    ].merging(navigationTemplates) { first, _ in first }

    static let header = """
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <meta name="description" content="{{description}}">
        <link rel="canonical" href="{{canonical}}">
        <meta property="og:site_name" content="{{site.name}}">
        <meta property="og:title" content="{{title}}">
        <meta property="og:description" content="{{description}}">
        <meta property="og:url" content="{{canonical}}">
        <meta property="og:type" content="{{ogType}}">
        <meta property="og:image" content="{{site.image}}">
        <meta property="og:image:width" content="1200">
        <meta property="og:image:height" content="675">
        <meta property="og:locale" content="{{site.language}}">
        <meta name="twitter:card" content="summary_large_image">
        <meta name="twitter:title" content="{{title}}">
        <meta name="twitter:description" content="{{description}}">
        <meta name="twitter:image" content="{{site.image}}">
        {{#feeds}}<link rel="alternate" type="{{type}}" title="{{title}} ({{label}})" href="{{root}}{{path}}">
        {{/feeds}}{{#topicFeeds}}<link rel="alternate" type="{{type}}" title="{{title}} ({{label}})" href="{{root}}{{path}}">
        {{/topicFeeds}}<link rel="icon" href="{{root}}favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="{{root}}style.css">
        {{#jsonLD}}<script type="application/ld+json">{{{jsonLD}}}</script>{{/jsonLD}}
        </head>
        <body>
        <a class="skip" href="#content">Skip to the content</a>
        <header class="masthead"><a class="brand" href="{{root}}index.html">{{site.name}}</a>
        <nav aria-label="Site"><a href="{{root}}index.html">Latest</a> <a href="{{root}}archive/index.html">Archive</a> <a href="{{root}}topics/index.html">Topics</a> <a href="{{root}}search.html">Search</a> <a href="{{root}}about.html">How this site works</a> <a href="{{root}}feed.xml">RSS</a></nav></header>
        <main id="content">
        """

    static let footer = """
        </main>
        <footer class="site-footer"><p>{{site.name}} is written automatically by newsdesk from the sources it cites. Every sentence is checked against those sources before it is published. <a href="{{root}}about.html">How this site works</a>.</p></footer>
        {{#script}}<script src="{{root}}{{script}}" defer></script>{{/script}}
        </body>
        </html>

        """

    static let index = """
        {{> header}}
        <h1>Latest stories</h1>
        {{^stories}}<p>No stories have been published yet.</p>{{/stories}}
        <ol class="story-list">
        {{#stories}}
        <li><article><h2><a href="{{root}}{{path}}">{{headline}}</a></h2>
        <p class="teaser">{{teaser}}</p>
        <p class="meta"><time datetime="{{dateISO}}">{{dateText}}</time> · {{sourceCount}} sources · {{verification}}</p></article></li>
        {{/stories}}
        </ol>
        {{#hasMore}}<p class="more">All {{storyCount}} stories are in the <a href="archive/index.html">archive</a>.</p>{{/hasMore}}
        {{#hasTopics}}
        <section class="by-topic" aria-labelledby="by-topic-title">
        <h2 id="by-topic-title">By topic</h2>
        {{#topics}}
        <section>
        <h3><a href="{{path}}">{{name}}</a></h3>
        <ul>{{#stories}}<li><a href="{{path}}">{{headline}}</a> <time datetime="{{dateISO}}">{{dateText}}</time></li>{{/stories}}</ul>
        </section>
        {{/topics}}
        <p><a href="topics/index.html">All topics</a></p>
        </section>
        {{/hasTopics}}
        {{> footer}}
        """

    static let story = """
        {{> header}}
        <article class="brief">
        <h1>{{headline}}</h1>
        <p class="meta">Published <time datetime="{{dateISO}}">{{dateText}}</time> by {{site.name}}{{#updated}} · Updated <time datetime="{{dateISO}}">{{dateText}}</time>{{/updated}} · {{sourceCount}} independent sources</p>
        <p class="lead">{{#lead}}{{text}}{{#citations}}<sup class="cite"><a href="#source-{{number}}" aria-label="Source {{number}}">[{{number}}]</a></sup>{{/citations}} {{/lead}}</p>
        {{#sections}}
        <section>
        <h2>{{heading}}</h2>
        {{#paragraphs}}<p>{{#sentences}}{{text}}{{#citations}}<sup class="cite"><a href="#source-{{number}}" aria-label="Source {{number}}">[{{number}}]</a></sup>{{/citations}} {{/sentences}}</p>
        {{/paragraphs}}
        </section>
        {{/sections}}
        {{#hasTopics}}<p class="topics">Topics: {{#topics}}<a href="{{root}}{{path}}">{{name}}</a>{{^last}}, {{/last}}{{/topics}}</p>{{/hasTopics}}
        {{#hasDifferences}}
        <aside class="differences" aria-labelledby="differences-title">
        <h2 id="differences-title">Where sources differ</h2>
        <ul>{{#differences}}<li>{{summary}}</li>{{/differences}}</ul>
        </aside>
        {{/hasDifferences}}
        {{#hasKeyFacts}}
        <aside class="key-facts" aria-labelledby="key-facts-title">
        <h2 id="key-facts-title">Key facts</h2>
        <ul>{{#keyFacts}}<li>{{text}}{{#citations}}<sup class="cite"><a href="#source-{{number}}" aria-label="Source {{number}}">[{{number}}]</a></sup>{{/citations}}</li>{{/keyFacts}}</ul>
        </aside>
        {{/hasKeyFacts}}
        {{#hasTimeline}}
        <section class="timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol>{{#timeline}}<li><time datetime="{{day}}">{{label}}</time>: {{#sentence}}{{text}}{{#citations}}<sup class="cite"><a href="#source-{{number}}" aria-label="Source {{number}}">[{{number}}]</a></sup>{{/citations}}{{/sentence}}</li>{{/timeline}}</ol>
        </section>
        {{/hasTimeline}}
        <aside class="how-made" aria-labelledby="how-made-title">
        <h2 id="how-made-title">How this article was made</h2>
        <p>This article was written automatically by newsdesk ({{engine}} engine) from {{sourceCount}} independent sources{{#copyCount}}; {{copyCount}} word-for-word {{copyNoun}} of another outlet's article {{copyVerb}} counted once{{/copyCount}}. Every sentence is taken from or checked against the sources it cites.</p>
        <p class="verification">Verification: {{verification}}.</p>
        </aside>
        {{#hasCorrections}}
        <section class="corrections" aria-labelledby="corrections-title">
        <h2 id="corrections-title">Corrections</h2>
        <ul>{{#corrections}}<li><time datetime="{{dateISO}}">{{dateText}}</time>: {{text}}</li>{{/corrections}}</ul>
        </section>
        {{/hasCorrections}}
        <section class="sources" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ol>
        {{#sources}}<li id="source-{{number}}"><span class="outlet">{{outlet}}</span>: <a href="{{url}}" rel="nofollow">{{title}}</a>{{#dateText}}, <time datetime="{{dateISO}}">{{dateText}}</time>{{/dateText}}{{#via}} <span class="via">(word-for-word copy via {{via}}, counted once)</span>{{/via}}</li>
        {{/sources}}
        </ol>
        </section>
        {{#hasRelated}}
        <section class="related" aria-labelledby="related-title">
        <h2 id="related-title">Related stories</h2>
        <ul>{{#related}}<li><a href="{{root}}{{path}}">{{headline}}</a> <time datetime="{{dateISO}}">{{dateText}}</time><p>{{teaser}}</p></li>{{/related}}</ul>
        </section>
        {{/hasRelated}}
        </article>
        {{> footer}}
        """

    static let about = """
        {{> header}}
        <h1>How this site works</h1>
        <p>{{site.name}} is produced by newsdesk, a news desk that runs without a newsroom. It has published {{storyCount}} stories so far. Each one is written from the reporting of other outlets, which it names and links.</p>
        <h2>How a story is made</h2>
        <ol>
        <li>newsdesk reads the feeds and pages of the outlets it follows, keeping the text of each article and who published it when.</li>
        <li>Word-for-word copies of the same agency report are recognised and counted once, so one report carried by ten sites is one source, not ten.</li>
        <li>Articles that report the same event are grouped into a story.</li>
        <li>One article is written per story from those sources: a lead, a few short sections, the key figures and dates, a timeline and, where outlets disagree, who reports what.</li>
        <li>Every sentence is checked against the sources it cites before anything is published.</li>
        </ol>
        <h2>Every sentence has a source</h2>
        <p>Each sentence is followed by the numbers of the sources that support it, and each number links to the list of sources at the end of the article. Every figure, date, name and quotation in a sentence must appear in the sources it cites. A story with a sentence that cannot be checked is held back for an editor instead of being published. Each article ends with a note on how it was made and how many of its sentences were verified.</p>
        <h2>Software, not a reporter</h2>
        <p>The articles are written by software. Most are assembled from sentences of the sources; where a language model rewrites them, the note at the end of the article names the model, and its sentences pass the same checks. No article is signed by software: {{site.name}} publishes them and is responsible for them. The software makes mistakes, which is why every claim links to where it comes from: follow the numbers to read the original reporting.</p>
        <h2>Corrections policy</h2>
        <p>When a published article is found to be wrong, it is corrected in place, not deleted. A correction note under the heading "Corrections" at the end of the article says what was changed and when, the article shows the date of the update, and feeds and search engines are given the new date. Where the sources themselves disagree, the article says so under "Where sources differ" instead of picking one.</p>
        <h2>Privacy</h2>
        <p>This site sets no cookies, runs no trackers or advertising and loads nothing from other sites. The search page works in your browser from a small index of this site.</p>
        <h2>Follow the stories</h2>
        <p>Every story is in the <a href="archive/index.html">archive</a> and under its <a href="topics/index.html">topics</a>. Feeds: <a href="feed.xml">RSS</a>, <a href="atom.xml">Atom</a>, <a href="feed.json">JSON Feed</a>; each topic page has feeds of its own.</p>
        {{> footer}}
        """
}
