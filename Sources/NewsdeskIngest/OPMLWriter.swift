import Foundation

/// Writes an OPML 2.0 subscription list: feeds grouped into nested folder outlines, in the order
/// the folders first appear, so `OPMLReader.read(OPMLWriter.write(list))` gives the same feeds.
public enum OPMLWriter {
    public static func write(_ document: OPMLDocument, created: Date? = nil) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
        out += "    <title>\(escape(document.title ?? "newsdesk sources"))</title>\n"
        if let created { out += "    <dateCreated>\(rfc822(created))</dateCreated>\n" }
        out += "  </head>\n  <body>\n"
        writeFolder(Folder(document.feeds, depth: 0), depth: 2, into: &out)
        out += "  </body>\n</opml>\n"
        return out
    }

    /// The feeds directly in a folder and its subfolders, both in first-seen order.
    private struct Folder {
        var feeds: [OPMLFeed] = []
        var subfolders: [(name: String, folder: Folder)] = []

        init(_ feeds: [OPMLFeed], depth: Int) {
            var order: [String] = []
            var members: [String: [OPMLFeed]] = [:]
            for feed in feeds {
                guard depth < feed.folders.count else {
                    self.feeds.append(feed)
                    continue
                }
                let name = feed.folders[depth]
                if members[name] == nil { order.append(name) }
                members[name, default: []].append(feed)
            }
            subfolders = order.map { ($0, Folder(members[$0] ?? [], depth: depth + 1)) }
        }
    }

    private static func writeFolder(_ folder: Folder, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        for feed in folder.feeds {
            let title = escape(feed.title ?? feed.url)
            out += "\(indent)<outline type=\"rss\" text=\"\(title)\" title=\"\(title)\" xmlUrl=\"\(escape(feed.url))\""
            if let site = feed.siteURL { out += " htmlUrl=\"\(escape(site))\"" }
            out += "/>\n"
        }
        for (name, subfolder) in folder.subfolders {
            out += "\(indent)<outline text=\"\(escape(name))\" title=\"\(escape(name))\">\n"
            writeFolder(subfolder, depth: depth + 1, into: &out)
            out += "\(indent)</outline>\n"
        }
    }

    /// Escapes text for an attribute or element; line breaks in attributes become references so
    /// a reader's attribute normalization does not turn them into spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            // Control characters are not allowed in XML 1.0 at all.
            case _ where scalar.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
