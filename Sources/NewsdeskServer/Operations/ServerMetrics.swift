import Foundation
import NewsdeskStore

/// Request counters and latency histograms, written out in the Prometheus text exposition format
/// (version 0.0.4): `# HELP` and `# TYPE` lines, then one `name{labels} value` line per series.
///
/// Written by hand instead of through a metrics library: three families of series are all the
/// server needs, and the format is a few lines of text.
public final class ServerMetrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets in seconds: a cached page answers in well under a
    /// millisecond, a search or a desk action in a few; anything past a second is an incident.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    struct RequestKey: Hashable { var route: String, method: String, status: Int }
    struct Histogram {
        var counts = [Int](repeating: 0, count: ServerMetrics.buckets.count)
        var sum = 0.0
        var count = 0
    }

    private let lock = NSLock()
    private var requests: [RequestKey: Int] = [:]
    private var latency: [String: Histogram] = [:]

    public init() {}

    func record(route: String, method: String, status: Int, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
        var histogram = latency[route] ?? Histogram()
        if let bucket = Self.buckets.firstIndex(where: { seconds <= $0 }) { histogram.counts[bucket] += 1 }
        histogram.sum += seconds
        histogram.count += 1
        latency[route] = histogram
    }

    /// Requests answered so far for a route and status (for tests and the text below).
    public func requestCount(route: String, status: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return requests.filter { $0.key.route == route && $0.key.status == status }.values.reduce(0, +)
    }

    /// The exposition text: request counters, latency histograms, and the store's figures.
    func exposition(counts: StoreCounts?, lastRun: PipelineRunRecord?) -> String {
        lock.lock()
        let requests = self.requests
        let latency = self.latency
        lock.unlock()
        var out = ""
        out += "# HELP newsdesk_http_requests_total HTTP requests answered, by route pattern, method and status.\n"
        out += "# TYPE newsdesk_http_requests_total counter\n"
        for (key, value) in requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "newsdesk_http_requests_total{route=\"\(Self.label(key.route))\",method=\"\(Self.label(key.method))\",status=\"\(key.status)\"} \(value)\n"
        }
        out += "# HELP newsdesk_http_request_duration_seconds Time from request to response, by route pattern.\n"
        out += "# TYPE newsdesk_http_request_duration_seconds histogram\n"
        for (route, histogram) in latency.sorted(by: { $0.key < $1.key }) {
            let name = Self.label(route)
            var cumulative = 0
            for (index, bound) in Self.buckets.enumerated() {
                cumulative += histogram.counts[index]
                out += "newsdesk_http_request_duration_seconds_bucket{route=\"\(name)\",le=\"\(bound)\"} \(cumulative)\n"
            }
            out += "newsdesk_http_request_duration_seconds_bucket{route=\"\(name)\",le=\"+Inf\"} \(histogram.count)\n"
            out += "newsdesk_http_request_duration_seconds_sum{route=\"\(name)\"} \(histogram.sum)\n"
            out += "newsdesk_http_request_duration_seconds_count{route=\"\(name)\"} \(histogram.count)\n"
        }
        if let counts {
            out += "# HELP newsdesk_stories Stories in the database.\n# TYPE newsdesk_stories gauge\nnewsdesk_stories \(counts.stories)\n"
            out += "# HELP newsdesk_briefs Briefs in the database, by status.\n# TYPE newsdesk_briefs gauge\n"
            for (status, count) in counts.briefs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                out += "newsdesk_briefs{status=\"\(status.rawValue)\"} \(count)\n"
            }
            out += "# HELP newsdesk_sources Configured sources.\n# TYPE newsdesk_sources gauge\nnewsdesk_sources \(counts.sources)\n"
            out += "# HELP newsdesk_articles Stored source articles.\n# TYPE newsdesk_articles gauge\nnewsdesk_articles \(counts.articles)\n"
        }
        if let lastRun {
            out += "# HELP newsdesk_last_ingestion_timestamp_seconds When the last pipeline run finished (Unix time).\n"
            out += "# TYPE newsdesk_last_ingestion_timestamp_seconds gauge\n"
            out += "newsdesk_last_ingestion_timestamp_seconds \(Int(lastRun.finishedAt.timeIntervalSince1970))\n"
            out += "# HELP newsdesk_last_ingestion_success Whether the last pipeline run succeeded (1) or failed (0).\n"
            out += "# TYPE newsdesk_last_ingestion_success gauge\nnewsdesk_last_ingestion_success \(lastRun.ok ? 1 : 0)\n"
        }
        return out
    }

    /// Label values escape backslash, double quote and newline, as the format requires.
    static func label(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
