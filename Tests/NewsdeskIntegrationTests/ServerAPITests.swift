import Foundation
import NewsdeskServer
import NewsdeskStore
import Testing

/// The JSON API on a real server over a real SQLite file.
@Suite(.serialized)
struct ServerAPITests {
    @Test func storiesArePagedAndEveryParameterIsChecked() async throws {
        let fixture = try ServerFixture.make()
        try await fixture.withServer { http, _ in
            let first = try await http.get("/api/v1/stories?limit=2&offset=0")
            #expect(first.status == 200)
            #expect(first.object["total"] as? Int == 3)
            let firstItems = first.object["items"] as? [[String: Any]] ?? []
            #expect(firstItems.count == 2)
            let second = try await http.get("/api/v1/stories?limit=2&offset=2")
            let secondItems = second.object["items"] as? [[String: Any]] ?? []
            #expect(secondItems.count == 1)
            let ids = Set((firstItems + secondItems).compactMap { $0["id"] as? String })
            #expect(ids == ["s-1", "s-2", "s-3"])

            let story = try await http.get("/api/v1/stories/s-1")
            #expect(story.status == 200)
            #expect((story.object["brief"] as? [String: Any])?["status"] as? String == "published")
            #expect(((story.object["brief"] as? [String: Any])?["report"] as? [String: Any])?["verdicts"] != nil)

            // Bad input: a 4xx with a JSON message that names the parameter.
            for (path, status, word) in [
                ("/api/v1/stories?limit=0", 400, "limit"), ("/api/v1/stories?limit=101", 400, "limit"),
                ("/api/v1/stories?limit=abc", 400, "limit"), ("/api/v1/stories?offset=-1", 400, "offset"),
                ("/api/v1/stories?limit=99999999999999999999", 400, "limit"), ("/api/v1/stories?page=2", 400, "page"),
                ("/api/v1/stories?limit=1&limit=2", 400, "limit"), ("/api/v1/stories/bad%21id", 400, "id"),
                ("/api/v1/stories/nope", 404, "nope"), ("/api/v1/briefs?status=draft", 400, "status"),
                ("/api/v1/briefs/s-9", 404, "s-9"), ("/api/v1/search", 400, "q"), ("/api/v1/search?q=%20%2B%2B", 400, "q"),
                ("/api/v1/search?q=" + String(repeating: "a", count: 201), 400, "200"), ("/api/v1/nothing", 404, ""),
            ] {
                let response = try await http.get(path)
                #expect(response.status == status, "\(path)")
                #expect(response.header("content-type")?.hasPrefix("application/json") == true, "\(path)")
                let message = response.object["error"] as? String
                #expect(message != nil, "\(path) answers {\"error\": ...}")
                #expect(message?.contains(word) == true || word.isEmpty, "\(path): \(message ?? "")")
                #expect(!response.body.contains("Swift") && !response.body.contains(".swift"), "no trace in \(path)")
            }
        }
    }

    @Test func briefsComeWithTheirReportsAndSearchFindsOnlyPublishedOnes() async throws {
        let fixture = try ServerFixture.make()
        try await fixture.withServer { http, _ in
            let held = try await http.get("/api/v1/briefs?status=held")
            #expect(held.object["total"] as? Int == 2)
            let item = try #require((held.object["items"] as? [[String: Any]])?.first)
            #expect((item["reasons"] as? [String])?.contains { $0.contains("51") } == true)
            #expect(item["version"] as? Int == 1)

            let brief = try await http.get("/api/v1/briefs/s-1")
            #expect(brief.status == 200)
            #expect((brief.object["report"] as? [String: Any])?["sourceCount"] as? Int ?? 0 >= 2)

            let sources = try await http.get("/api/v1/sources?limit=5")
            #expect(sources.status == 200)
            #expect(sources.object["total"] as? Int == 0)

            // Words of the published lead are found; the held briefs share the text but are not indexed.
            let word = fixture.published.brief.keyphrase.split(separator: " ").first.map(String.init) ?? "summit"
            let search = try await http.get("/api/v1/search?q=\(word.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            #expect(search.status == 200)
            let hits = search.object["items"] as? [[String: Any]] ?? []
            #expect(hits.map { $0["storyID"] as? String } == ["s-1"])
            #expect((hits.first?["snippet"] as? String)?.contains("«") == true)
            // FTS5 syntax in a reader's text is taken as words, not as a query.
            let syntax = try await http.get("/api/v1/search?q=%22NEAR(%20OR%20*%20-")
            #expect(syntax.status == 200)
            #expect(syntax.object["total"] as? Int == 0)
            let none = try await http.get("/api/v1/search?q=zebrafishquartet")
            #expect(none.object["total"] as? Int == 0)
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRoutesServed() async throws {
        let fixture = try ServerFixture.make()
        try await fixture.withServer { http, routes in
            let response = try await http.get("/api/v1/openapi.json")
            #expect(response.status == 200)
            #expect(response.object["openapi"] as? String == "3.1.0")
            let paths = try #require(response.object["paths"] as? [String: [String: Any]])
            var described = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { described.insert(method.uppercased() + " " + path) }
            }
            #expect(!routes.apiRoutes.isEmpty)
            #expect(Set(routes.apiRoutes) == described)
            #expect(routes.apiRoutes.count == described.count)
            // Every described path answers JSON on the live server.
            for path in paths.keys.sorted() {
                let concrete = path.replacingOccurrences(of: "{id}", with: "s-1") + (path.hasSuffix("/search") ? "?q=summit" : "")
                let answer = try await http.get(concrete)
                #expect(answer.status == 200, "\(concrete)")
                #expect(answer.header("content-type")?.hasPrefix("application/json") == true, "\(concrete)")
            }
        }
    }
}
