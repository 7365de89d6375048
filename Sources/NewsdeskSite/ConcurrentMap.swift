import Foundation

/// `map` over the cores of the machine: one chunk of the input per task, at most as many tasks at a
/// time as `concurrentPerform` runs (the number of active processors).
enum ConcurrentMap {
    static func map<Element: Sendable, Result>(_ input: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        // Below this a second thread costs more than it saves.
        guard input.count > 16 else { return input.map(transform) }
        let chunks = min(input.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let size = (input.count + chunks - 1) / chunks
        var results = [Result?](repeating: nil, count: input.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own slots of the buffer.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * size
                for index in start..<min(start + size, input.count) { slots[index] = transform(input[index]) }
            }
        }
        return results.map { $0! }
    }
}
