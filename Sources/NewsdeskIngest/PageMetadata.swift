import Foundation

/// Metadata a page declares about itself: meta tags, Open Graph, JSON-LD, `<time>` and `<html lang>`.
struct PageMetadata {
    var htmlTitle: String?
    var language: String?
    var meta: [String: [String]] = [:]
    var canonical: String?
    var firstTimeElement: String?
    var jsonLD: [[String: Any]] = []

    init(document: HTMLDocumentHandle) {
        guard let root = document.root else { return }
        language = root.attribute("lang")
        root.forEachElement { node in
            guard let name = node.pointee.name else { return }
            switch HTMLTag(name: name) {
            case .title where htmlTitle == nil:
                htmlTitle = node.trimmedText
            case .meta:
                guard let content = node.attribute("content")?.trimmingWhitespace(), !content.isEmpty else {
                    return
                }
                if let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased() {
                    meta[key, default: []].append(content)
                }
            case .link:
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" { canonical = node.attribute("href") }
            case .time:
                if firstTimeElement == nil { firstTimeElement = node.attribute("datetime") }
            case .script:
                if node.attribute("type")?.lowercased() == "application/ld+json", let text = node.trimmedText,
                    let data = text.data(using: .utf8),
                    let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                {
                    collectArticles(json, into: &jsonLD)
                }
            default: break
            }
        }
    }

    func first(_ key: String) -> String? { meta[key]?.first }

    /// The JSON-LD object that describes the article (NewsArticle, Article, BlogPosting, ...).
    var articleObject: [String: Any]? { jsonLD.first }

    private func collectArticles(_ json: Any, into result: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for element in array { collectArticles(element, into: &result) }
        } else if let object = json as? [String: Any] {
            if let graph = object["@graph"] { collectArticles(graph, into: &result) }
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
                result.append(object)
            }
        }
    }

    static func names(from value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let object = value as? [String: Any], let name = object["name"] as? String { return [name] }
        if let array = value as? [Any] { return array.flatMap { names(from: $0) } }
        return []
    }

    static func url(from value: Any?) -> String? {
        if let string = value as? String { return string }
        if let object = value as? [String: Any] { return object["url"] as? String ?? object["@id"] as? String }
        if let array = value as? [Any] { return array.lazy.compactMap { url(from: $0) }.first }
        return nil
    }
}
