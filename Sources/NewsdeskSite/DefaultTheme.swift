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
        <meta name="twitter:card" content="summary">
        <link rel="alternate" type="application/rss+xml" title="{{site.name}} (RSS)" href="{{root}}feed.xml">
        <link rel="alternate" type="application/atom+xml" title="{{site.name}} (Atom)" href="{{root}}atom.xml">
        <link rel="alternate" type="application/feed+json" title="{{site.name}} (JSON Feed)" href="{{root}}feed.json">
        <link rel="stylesheet" href="{{root}}style.css">
        {{#jsonLD}}<script type="application/ld+json">{{{jsonLD}}}</script>{{/jsonLD}}
        </head>
        <body>
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
        {{> footer}}
        """

    static let story = """
        {{> header}}
        <article class="brief">
        <h1>{{headline}}</h1>
        <p class="meta">Published <time datetime="{{dateISO}}">{{dateText}}</time> by {{site.name}} · {{sourceCount}} independent sources</p>
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
        <ul>{{#corrections}}<li><time datetime="{{dateISO}}">{{dateText}}</time>: {{note}}</li>{{/corrections}}</ul>
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
        <p>{{site.name}} is produced by newsdesk, a news desk that runs without a newsroom. It reads the feeds and pages of the outlets it follows, groups the articles that report the same event into a story, and writes one article per story from those sources.</p>
        <h2>Every sentence has a source</h2>
        <p>Each sentence is followed by the numbers of the sources that support it, and each number links to the list of sources at the end of the article. Before anything is published, every figure, date, name and quotation in a sentence is checked against the sources it cites. A story with a sentence that cannot be checked is held back for an editor instead of being published.</p>
        <h2>Disclosure</h2>
        <p>The articles are written by software, not by a reporter. They are signed by the publication, which is responsible for them. Where sources report different figures, the article says so and names who reports which.</p>
        <h2>Corrections</h2>
        <p>When an article is corrected, the correction is stated at the end of the article with the date of the change.</p>
        {{> footer}}
        """
}
