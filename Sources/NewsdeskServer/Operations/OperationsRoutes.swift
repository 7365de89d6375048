import Hummingbird
import NewsdeskStore

/// /healthz (the database answers) and /metrics (Prometheus text).
enum OperationsRoutes {
    static func register(on router: Router<NewsdeskRequestContext>, store: SQLiteStore?, metrics: ServerMetrics) {
        // Kept for the first version's clients: a plain liveness answer.
        router.get("/health") { _, _ in Responses.text("ok\n") }
        router.get("/healthz") { _, _ -> Response in
            guard let store else { return Responses.json(["status": "ok", "database": "none"]) }
            do {
                try store.ping()
                return Responses.json(["status": "ok", "database": "ok"])
            } catch {
                return Responses.json(["status": "unavailable", "database": "the database cannot be read"], status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ -> Response in
            let counts = try? store?.counts()
            let lastRun = try? store?.lastRun()
            return Responses.text(
                metrics.exposition(counts: counts ?? nil, lastRun: lastRun ?? nil), type: "text/plain; version=0.0.4; charset=utf-8")
        }
    }
}
