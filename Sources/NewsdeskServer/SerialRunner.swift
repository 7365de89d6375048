/// Runs async jobs one at a time, in the order they were submitted: the scheduled pipeline run and
/// the desk's re-publishing never write the site at once.
public actor SerialRunner {
    private var tail: Task<Void, Never>?

    public init() {}

    public func run<T: Sendable>(_ job: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tail
        let task = Task<T, Error> {
            await previous?.value
            return try await job()
        }
        tail = Task { _ = try? await task.value }
        return try await task.value
    }
}
