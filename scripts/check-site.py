#!/usr/bin/env python3
"""Checks a built newsdesk site without the network.

  check-site.py SITE_DIR

1. Links: crawls from index.html; every internal href/src must name an existing file (and an existing
   id for a #fragment); every HTML page must be reachable; no page may load anything from another
   host (scripts, styles, images, frames).
2. Accessibility: lang on <html>, exactly one h1, no skipped heading level, the header/nav/main/footer
   landmarks, no link without text, no img without alt, and the default theme's colours at a
   contrast of at least 4.5:1 (read from style.css).
3. Feeds: every RSS 2.0, Atom 1.0 and JSON Feed 1.1 file a page links to, sitemap.xml, the news
   sitemaps and robots.txt: well-formed, required elements, RFC 822 / RFC 3339 dates.
4. JSON-LD: every block parses; story pages carry a NewsArticle with the recommended properties.

Prints one line per problem and a summary; exits 1 when there is any problem.
"""
import email.utils
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT)$")
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
# Google News reads at most this many articles per sitemap file.
NEWS_PER_FILE = 1000
# WCAG 2 AA for body text.
MIN_CONTRAST = 4.5
RESOURCE_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "apple-touch-icon"}

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


class Page(HTMLParser):
    """What one HTML page links to and how it is structured."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.headings = []
        self.landmarks = set()
        self.ids = set()
        self.links = []  # (attribute, url, is_resource)
        self.empty_links = 0
        self.images_without_alt = 0
        self.json_ld = []
        self.alternates = []  # (type, href)
        self.text = []
        self._link_text = None
        self._link_label = None
        self._script = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("header", "nav", "main", "footer"):
            self.landmarks.add(tag)
        if tag == "a" and "href" in a:
            self.links.append(("href", a["href"], False))
            self._link_text = []
            self._link_label = a.get("aria-label") or a.get("title")
        if tag == "img":
            if a.get("alt") is None:
                self.images_without_alt += 1
            if "src" in a:
                self.links.append(("src", a["src"], True))
        if tag in ("script", "iframe", "source", "video", "audio", "embed") and "src" in a:
            self.links.append(("src", a["src"], True))
        if tag == "link" and "href" in a:
            rels = set((a.get("rel") or "").lower().split())
            if rels & RESOURCE_RELS:
                self.links.append(("href", a["href"], True))
            if "alternate" in rels:
                self.alternates.append((a.get("type", ""), a["href"]))
        if tag == "script" and a.get("type") == "application/ld+json":
            self._script = []

    def handle_endtag(self, tag):
        if tag == "a" and self._link_text is not None:
            if not "".join(self._link_text).strip() and not (self._link_label or "").strip():
                self.empty_links += 1
            self._link_text = None
        if tag == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        if self._link_text is not None:
            self._link_text.append(data)
        if self._script is not None:
            self._script.append(data)
        else:
            self.text.append(data)


def local_target(site, page_path, url):
    """The file and fragment an internal URL names, or None for another host or scheme."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page_path, unquote(parts.fragment)
    joined = urljoin("/" + page_path, parts.path)
    path = unquote(joined.lstrip("/"))
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path, unquote(parts.fragment)


def check_pages(site):
    pages = {}
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                rel = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
                parser = Page()
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    parser.feed(handle.read())
                parser.close()
                pages[rel] = parser
    if "index.html" not in pages:
        problem("index.html", "missing")
        return pages
    # 1. Links and the crawl.
    seen, queue = {"index.html"}, ["index.html"]
    while queue:
        path = queue.pop()
        page = pages[path]
        for attribute, url, is_resource in page.links:
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel"):
                continue
            target = local_target(site, path, url)
            if target is None:
                if is_resource:
                    problem(path, f"loads {url} from another host")
                continue
            file, fragment = target
            if not os.path.isfile(os.path.join(site, file)):
                problem(path, f"broken link {attribute}={url!r} ({file} does not exist)")
                continue
            if fragment and file in pages and fragment not in pages[file].ids:
                problem(path, f"broken link {url!r}: no id {fragment!r} in {file}")
            if file in pages and file not in seen:
                seen.add(file)
                queue.append(file)
    for path in sorted(set(pages) - seen):
        problem(path, "not reachable from index.html")
    # 2. Accessibility.
    for path, page in sorted(pages.items()):
        if not page.lang:
            problem(path, "no lang on <html>")
        if page.headings.count(1) != 1:
            problem(path, f"{page.headings.count(1)} h1 elements (one expected)")
        if page.headings and page.headings[0] != 1:
            problem(path, f"first heading is h{page.headings[0]}, not h1")
        for before, after in zip(page.headings, page.headings[1:]):
            if after > before + 1:
                problem(path, f"heading level skipped: h{before} then h{after}")
                break
        for landmark in ("header", "nav", "main", "footer"):
            if landmark not in page.landmarks:
                problem(path, f"no <{landmark}> landmark")
        if page.empty_links:
            problem(path, f"{page.empty_links} links without text")
        if page.images_without_alt:
            problem(path, f"{page.images_without_alt} images without alt")
    return pages


def check_json_ld(pages):
    articles = 0
    for path, page in sorted(pages.items()):
        blocks = []
        for text in page.json_ld:
            try:
                blocks.append(json.loads(text))
            except json.JSONDecodeError as error:
                problem(path, f"JSON-LD does not parse: {error}")
        if not path.startswith("stories/"):
            continue
        found = [b for b in blocks if isinstance(b, dict) and b.get("@type") == "NewsArticle"]
        if len(found) != 1:
            problem(path, f"{len(found)} NewsArticle JSON-LD blocks (one expected)")
            continue
        articles += 1
        article = found[0]
        for key in ("headline", "datePublished", "dateModified", "author", "publisher", "image", "mainEntityOfPage", "isBasedOn", "citation"):
            if not article.get(key):
                problem(path, f"NewsArticle has no {key}")
        if len(article.get("headline", "")) > 110:
            problem(path, "NewsArticle headline longer than 110 characters")
        for key in ("datePublished", "dateModified"):
            if article.get(key) and not RFC3339.match(article[key]):
                problem(path, f"NewsArticle {key} {article[key]!r} is not ISO 8601 with a time zone")
        authors = article.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        for author in authors:
            if not isinstance(author, dict) or author.get("@type") not in ("Organization", "Person") or not author.get("name"):
                problem(path, "NewsArticle author is not a named Person or Organization")
            elif re.search(r"\bAI\b|artificial intelligence", author["name"], re.I):
                problem(path, f"NewsArticle author names AI: {author['name']!r}")
            elif not (author.get("url") or author.get("sameAs")):
                problem(path, "NewsArticle author has no url or sameAs")
        images = article.get("image") or []
        images = images if isinstance(images, list) else [images]
        for image in images:
            url = image.get("url") if isinstance(image, dict) else image
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                problem(path, f"NewsArticle image {image!r} is not an absolute URL")
        headline = article.get("headline", "")
        if headline and headline not in "".join(page.text).replace("\n", " "):
            problem(path, "NewsArticle headline is not the page's text")
    return articles


def text_of(element, path, where):
    if element is None or not (element.text or "").strip():
        problem(where, f"missing or empty <{path}>")
        return ""
    return element.text.strip()


def check_rss(site, file):
    root = ET.parse(os.path.join(site, file)).getroot()
    if root.tag != "rss" or root.get("version") != "2.0":
        problem(file, "not an RSS 2.0 document")
        return 0
    channel = root.find("channel")
    if channel is None:
        problem(file, "no <channel>")
        return 0
    for name in ("title", "link", "description"):
        text_of(channel.find(name), name, file)
    items = channel.findall("item")
    for index, item in enumerate(items):
        where = f"{file} item {index + 1}"
        if item.find("title") is None and item.find("description") is None:
            problem(where, "neither title nor description")
        text_of(item.find("link"), "link", where)
        text_of(item.find("guid"), "guid", where)
        date = text_of(item.find("pubDate"), "pubDate", where)
        if date and (not RFC822.match(date) or email.utils.parsedate_to_datetime(date) is None):
            problem(where, f"pubDate {date!r} is not RFC 822")
    return len(items)


def check_atom(site, file):
    root = ET.parse(os.path.join(site, file)).getroot()
    if root.tag != f"{{{NS['atom']}}}feed":
        problem(file, "not an Atom 1.0 feed")
        return 0
    for name in ("id", "title", "updated"):
        text_of(root.find(f"atom:{name}", NS), name, file)
    if not RFC3339.match((root.findtext("atom:updated", "", NS) or "").strip()):
        problem(file, "feed updated is not RFC 3339")
    feed_has_author = root.find("atom:author/atom:name", NS) is not None
    if root.find("atom:link[@rel='self']", NS) is None:
        problem(file, "no rel=self link")
    entries = root.findall("atom:entry", NS)
    for index, entry in enumerate(entries):
        where = f"{file} entry {index + 1}"
        for name in ("id", "title", "updated"):
            text_of(entry.find(f"atom:{name}", NS), name, where)
        for name in ("updated", "published"):
            value = entry.findtext(f"atom:{name}", None, NS)
            if value is not None and not RFC3339.match(value.strip()):
                problem(where, f"{name} {value!r} is not RFC 3339")
        if entry.find("atom:link[@rel='alternate']", NS) is None and entry.find("atom:content", NS) is None:
            problem(where, "neither an alternate link nor content")
        if not feed_has_author and entry.find("atom:author/atom:name", NS) is None:
            problem(where, "no author")
    return len(entries)


def check_json_feed(site, file):
    with open(os.path.join(site, file), encoding="utf-8") as handle:
        feed = json.load(handle)
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problem(file, "not JSON Feed 1.1")
    if not feed.get("title"):
        problem(file, "no title")
    items = feed.get("items")
    if not isinstance(items, list):
        problem(file, "no items array")
        return 0
    for index, item in enumerate(items):
        where = f"{file} item {index + 1}"
        if not isinstance(item.get("id"), str) or not item["id"]:
            problem(where, "no string id")
        if "content_html" not in item and "content_text" not in item:
            problem(where, "neither content_html nor content_text")
        for name in ("date_published", "date_modified"):
            if name in item and not RFC3339.match(item[name]):
                problem(where, f"{name} {item[name]!r} is not RFC 3339")
    return len(items)


def check_sitemaps(site, pages):
    robots_path = os.path.join(site, "robots.txt")
    if not os.path.isfile(robots_path):
        problem("robots.txt", "missing")
        return 0, 0
    with open(robots_path, encoding="utf-8") as handle:
        robots = handle.read()
    if not re.search(r"(?im)^user-agent:\s*\S", robots):
        problem("robots.txt", "no User-agent line")
    maps = [line.split(":", 1)[1].strip() for line in robots.splitlines() if line.lower().startswith("sitemap:")]
    if not maps:
        problem("robots.txt", "names no sitemap")
    urls = news = 0
    for url in maps:
        file = urlsplit(url).path.lstrip("/")
        if not os.path.isfile(os.path.join(site, file)):
            problem("robots.txt", f"sitemap {url} does not exist")
            continue
        root = ET.parse(os.path.join(site, file)).getroot()
        if root.tag != f"{{{NS['sm']}}}urlset":
            problem(file, "not a sitemap urlset")
            continue
        entries = root.findall("sm:url", NS)
        urls += len(entries)
        if len(entries) > 50000:
            problem(file, f"{len(entries)} URLs (50,000 at most)")
        news_entries = 0
        for entry in entries:
            loc = (entry.findtext("sm:loc", "", NS) or "").strip()
            path = urlsplit(loc).path.lstrip("/") or "index.html"
            if not os.path.isfile(os.path.join(site, path)):
                problem(file, f"{loc} names no file of the site")
            lastmod = entry.findtext("sm:lastmod", None, NS)
            if lastmod is not None and not W3C_DATE.match(lastmod.strip()):
                problem(file, f"lastmod {lastmod!r} is not a W3C date")
            item = entry.find("news:news", NS)
            if item is None:
                continue
            news_entries += 1
            where = f"{file} {loc}"
            text_of(item.find("news:publication/news:name", NS), "news:name", where)
            language = text_of(item.find("news:publication/news:language", NS), "news:language", where)
            if language and not re.fullmatch(r"[a-z]{2,3}(-[a-z]{2})?", language):
                problem(where, f"news:language {language!r} is not ISO 639")
            date = text_of(item.find("news:publication_date", NS), "news:publication_date", where)
            if date and not W3C_DATE.match(date):
                problem(where, f"news:publication_date {date!r} is not a W3C date")
            text_of(item.find("news:title", NS), "news:title", where)
        news += news_entries
        if news_entries > NEWS_PER_FILE:
            problem(file, f"{news_entries} news entries ({NEWS_PER_FILE} at most per file)")
    return urls, news


def check_feeds(site, pages):
    linked = set()
    for page in pages.values():
        for kind, href in page.alternates:
            linked.add((kind, href))
    counts = {"rss": 0, "atom": 0, "json": 0}
    files = set()
    for path, page in pages.items():
        for kind, href in page.alternates:
            target = local_target(site, path, href)
            if target is None:
                continue
            files.add((kind, target[0]))
    for kind, file in sorted(files, key=lambda f: f[1]):
        if not os.path.isfile(os.path.join(site, file)):
            problem(file, "linked as a feed but missing")
            continue
        try:
            if kind == "application/rss+xml":
                check_rss(site, file)
                counts["rss"] += 1
            elif kind == "application/atom+xml":
                check_atom(site, file)
                counts["atom"] += 1
            elif kind in ("application/feed+json", "application/json"):
                check_json_feed(site, file)
                counts["json"] += 1
        except (ET.ParseError, json.JSONDecodeError) as error:
            problem(file, f"not well-formed: {error}")
    return counts


def luminance(hex_colour):
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_contrast(site):
    """Every text colour of the theme (--ink, --muted, --accent) on every background (--paper, --panel, --highlight)."""
    path = os.path.join(site, "style.css")
    if not os.path.isfile(path):
        problem("style.css", "missing")
        return []
    with open(path, encoding="utf-8") as handle:
        css = handle.read()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b", css))
    results = []
    for ground in ("paper", "panel", "highlight"):
        for ink in ("ink", "muted", "accent"):
            if ground not in colours or ink not in colours:
                problem("style.css", f"no --{ink} or --{ground} colour")
                continue
            ratio = contrast(colours[ink], colours[ground])
            results.append((ink, ground, ratio))
            if ratio < MIN_CONTRAST:
                problem("style.css", f"--{ink} {colours[ink]} on --{ground} {colours[ground]}: contrast {ratio:.2f} < {MIN_CONTRAST}")
    return results


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit("usage: check-site.py SITE_DIR")
    site = os.path.realpath(sys.argv[1])
    pages = check_pages(site)
    articles = check_json_ld(pages)
    feeds = check_feeds(site, pages)
    urls, news = check_sitemaps(site, pages)
    ratios = check_contrast(site)
    for line in problems:
        print("problem:", line)
    lowest = min(ratios, key=lambda r: r[2]) if ratios else None
    print(f"site check: {len(pages)} pages crawled, {articles} NewsArticle blocks, "
          f"feeds rss={feeds['rss']} atom={feeds['atom']} json={feeds['json']}, sitemap URLs {urls} ({news} news), "
          + (f"lowest contrast {lowest[2]:.2f} (--{lowest[0]} on --{lowest[1]}), " if lowest else "")
          + f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
