import Foundation

/// Why publishing the site failed.
public enum PublishError: Error, CustomStringConvertible {
    case unsafePath(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refused to write outside the site folder: \(path)"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// Writes a rendered site so that readers see either the old site or the new one, never half of one.
///
/// The files go into a fresh build folder beside the target; then the target — a symbolic link — is
/// pointed at it with one atomic rename, and older builds are removed.
public struct SitePublisher: Sendable {
    /// The path readers and the server use, e.g. `./site`.
    public let target: String

    public init(target: String) {
        self.target = target
    }

    /// Publishes `files` (relative path -> bytes) and returns the build folder now live.
    @discardableResult
    public func publish(_ files: [String: Data]) throws -> String {
        let fileManager = FileManager.default
        let targetURL = URL(fileURLWithPath: target).standardizedFileURL
        let parent = targetURL.deletingLastPathComponent()
        let buildsFolder = parent.appendingPathComponent("." + targetURL.lastPathComponent + "-builds")
        let stamp = String(Int(Date().timeIntervalSince1970 * 1000)) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let build = buildsFolder.appendingPathComponent(stamp)
        do {
            try fileManager.createDirectory(at: build, withIntermediateDirectories: true)
        } catch {
            throw PublishError.writeFailed(path: build.path, reason: error.localizedDescription)
        }
        for (path, data) in files {
            guard Self.isSafe(path) else { throw PublishError.unsafePath(path) }
            let url = build.appendingPathComponent(path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            } catch {
                throw PublishError.writeFailed(path: url.path, reason: error.localizedDescription)
            }
        }
        // A real folder at the target (from an older version or a user) is moved aside once.
        var isDirectory: ObjCBool = false
        let isLink = (try? fileManager.destinationOfSymbolicLink(atPath: targetURL.path)) != nil
        if !isLink, fileManager.fileExists(atPath: targetURL.path, isDirectory: &isDirectory) {
            try? fileManager.moveItem(at: targetURL, to: buildsFolder.appendingPathComponent("previous-" + stamp))
        }
        let link = parent.appendingPathComponent("." + targetURL.lastPathComponent + ".next-" + stamp)
        do {
            try fileManager.createSymbolicLink(atPath: link.path, withDestinationPath: "." + targetURL.lastPathComponent + "-builds/" + stamp)
            guard rename(link.path, targetURL.path) == 0 else {
                throw PublishError.writeFailed(path: targetURL.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as PublishError {
            throw error
        } catch {
            throw PublishError.writeFailed(path: link.path, reason: error.localizedDescription)
        }
        // Older builds are no longer reachable; remove them.
        for old in (try? fileManager.contentsOfDirectory(atPath: buildsFolder.path)) ?? [] where old != stamp {
            try? fileManager.removeItem(at: buildsFolder.appendingPathComponent(old))
        }
        return build.path
    }

    /// A relative path that stays inside the site: no "..", no absolute path, no control characters.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
