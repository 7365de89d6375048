import Foundation
import NewsdeskCore

/// The static search of the site: a compact JSON index and the few lines of script that read it.
///
/// Per story the index holds its path, headline, day and the distinct lower-case content words of
/// its headline, lead and keyphrase, joined by spaces:
/// `[{"p":"stories/a.html","h":"Headline","d":"2026-01-05","w":"summit beijing ..."}]`.
enum SiteSearchIndex {
    static func json(_ stories: [SiteStory], paths: [String: String]) -> String {
        let entries: [JSONText] = stories.map { story in
            let brief = story.brief
            let text = ([brief.headline, brief.keyphrase] + brief.lead.map(\.text)).joined(separator: " ")
            return .object([
                ("d", .string(String(SiteDates.iso(brief.newsDate ?? brief.written).prefix(10)))),
                ("h", .string(brief.headline)),
                ("p", .string(paths[brief.storyID] ?? "")),
                ("w", .string(words(text).joined(separator: " "))),
            ])
        }
        return JSONText.array(entries).text
    }

    /// Distinct lower-case words without stop words, in order of appearance.
    static func words(_ text: String) -> [String] {
        var seen = Set<String>()
        return Tokenizer.normalizedWords(in: text).filter { word in
            word.count > 1 && !StopWords.english.contains(word) && seen.insert(word).inserted
        }
    }

    /// Same-origin script (the server's Content-Security-Policy allows no inline script). Every query
    /// word must start a word of the story or appear in its headline; results are built as text nodes.
    static let script = """
        (function () {
          var input = document.getElementById("search-input");
          var list = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          var note = document.getElementById("search-note");
          if (!input || !list || !window.fetch) { return; }
          if (note) { note.hidden = true; }
          var query = new URLSearchParams(window.location.search).get("q");
          if (query) { input.value = query; }
          if (input.form) { input.form.addEventListener("submit", function (e) { e.preventDefault(); run(); }); }
          var index = [];
          fetch("search-index.json").then(function (r) { return r.json(); }).then(function (data) {
            index = data.map(function (s) { s.all = (" " + s.w + " " + s.h.toLowerCase()).split(/\\s+/); return s; });
            run();
          });
          function run() {
            var terms = input.value.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(function (t) { return t.length > 1; });
            list.textContent = "";
            if (!terms.length) { status.textContent = ""; return; }
            var hits = index.filter(function (s) {
              return terms.every(function (t) { return s.all.some(function (w) { return w.indexOf(t) === 0; }); });
            });
            status.textContent = hits.length + (hits.length === 1 ? " story" : " stories") + " found.";
            hits.slice(0, 50).forEach(function (s) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = s.p;
              link.textContent = s.h;
              var time = document.createElement("time");
              time.dateTime = s.d;
              time.textContent = " " + s.d;
              item.appendChild(link);
              item.appendChild(time);
              list.appendChild(item);
            });
          }
          input.addEventListener("input", run);
        })();

        """
}
