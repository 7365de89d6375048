import Foundation

extension StoryClusterer {
    /// Finds copies (exact and near) and clusters in one pass over the stream: copies join their
    /// original's story. Copy detection runs on a second thread a little ahead of clustering, so
    /// the two stages overlap; the result is the same as running them one after the other.
    /// Returns the story of every document and, for each copy, the document index of its original.
    public func clusterFindingCopies(_ documents: [ClusterDocument], deduplicator: Deduplicator = Deduplicator())
        -> (stories: [String: String], copies: [Int: Int])
    {
        let feed = CopyFeed(count: documents.count)
        let texts = documents.map(\.text)
        let worker = Thread {
            var stream = Deduplicator.Stream(deduplicator: deduplicator)
            var batch: [Int?] = []
            for index in texts.indices {
                batch.append(stream.add(id: Int64(index), text: texts[index]).map { Int($0) })
                if batch.count == 256 || index == texts.count - 1 {
                    feed.publish(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
        }
        worker.stackSize = 8 << 20
        worker.start()
        var state = StreamState(options: options)
        var copies: [Int: Int] = [:]
        var ready: [Int?] = []
        for index in documents.indices {
            if index >= ready.count { ready += feed.wait(beyond: ready.count) }
            var document = documents[index]
            if let original = ready[index] {
                copies[index] = original
                document.duplicateOf = documents[original].id
            }
            state.add(document)
        }
        state.consolidate()
        return (state.assignment, copies)
    }
}

/// The copy detector's answers, handed from its thread to the clusterer's in batches.
private final class CopyFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private var originals: [Int?] = []

    init(count: Int) {
        originals.reserveCapacity(count)
    }

    func publish(_ batch: [Int?]) {
        condition.lock()
        originals += batch
        condition.broadcast()
        condition.unlock()
    }

    /// The answers after the first `count`, once there are any.
    func wait(beyond count: Int) -> [Int?] {
        condition.lock()
        defer { condition.unlock() }
        while originals.count <= count { condition.wait() }
        return Array(originals[count...])
    }
}
