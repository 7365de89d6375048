/// The default theme's stylesheet: readable type, responsive, no web fonts. Every text colour
/// (`--ink`, `--muted`, `--accent`) has a contrast of at least 4.5:1 on every background (`--paper`,
/// `--panel`, `--highlight`); `scripts/check-site.py` computes the ratios from these variables.
enum Stylesheet {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --accent: #0b5394; --rule: #ddd; --paper: #fff; --panel: #f5f6f8; --highlight: #fff3c4; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 18px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--paper); }
        .masthead { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--rule); }
        .brand { font-weight: 700; font-size: 1.25rem; color: var(--ink); text-decoration: none; }
        .masthead nav a { margin-left: 1rem; }
        main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        a { color: var(--accent); }
        h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 0.5rem; }
        h2 { font-size: 1.3rem; margin-top: 2rem; }
        .meta, time { color: var(--muted); font-size: 0.9rem; }
        .lead { font-size: 1.15rem; }
        sup.cite a { text-decoration: none; font-size: 0.75em; margin-left: 0.1em; }
        .differences, .how-made { background: var(--panel); border-left: 4px solid var(--accent); padding: 0.25rem 1rem; margin: 2rem 0; }
        .sources ol { padding-left: 1.5rem; font-size: 0.95rem; }
        .sources li:target { background: var(--highlight); }
        .via { color: var(--muted); }
        .story-list { list-style: none; padding: 0; }
        .story-list li { border-bottom: 1px solid var(--rule); padding: 0.5rem 0; }
        .story-list h2 { margin: 0.5rem 0 0.25rem; }
        .related ul { padding-left: 1.2rem; }
        .search label { display: block; font-weight: 600; }
        .search input { width: 100%; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--muted); border-radius: 4px; }
        .search-results li, .archive-months li, .topic-list li { margin: 0.4rem 0; }
        .search-results time { margin-left: 0.5rem; }
        .topics { font-size: 0.95rem; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; }
        .skip:focus { left: 0.5rem; }
        .by-topic ul, .corrections ul { padding-left: 1.2rem; }
        .by-topic h3 { margin-bottom: 0.25rem; }
        .pages { display: flex; gap: 1rem; margin: 1.5rem 0; }
        .site-footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.9rem; padding: 1rem 1.25rem; text-align: center; }
        @media (max-width: 600px) { body { font-size: 17px; } h1 { font-size: 1.6rem; } }

        """
}
