import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why publishing the site failed.
public enum PublishError: Error, CustomStringConvertible {
    case unsafePath(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refused to write outside the site folder: \(path.debugDescription)"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// What one publication changed.
public struct PublishReport: Sendable, Equatable {
    /// The build folder now live.
    public var build: String
    /// Files whose contents are new or changed, sorted.
    public var written: [String]
    /// Files identical to the previous build, hard-linked from it instead of written again.
    public var unchanged: Int
    /// Files of the previous build that the new one no longer has, sorted.
    public var removed: [String]
}

/// Writes a rendered site so that readers see either the old site or the new one, never half of one,
/// and rewrites only what changed.
///
/// The files go into a fresh build folder beside the target. A file whose bytes equal the same file
/// of the live build is hard-linked from it (same inode, no write); the others are written. Then the
/// target — a symbolic link — is pointed at the new build with one atomic rename, and older builds
/// are removed (hard-linked files live on in the new build).
public struct SitePublisher: Sendable {
    /// The path readers and the server use, e.g. `./site`.
    public let target: String

    /// Longest relative path and longest path component accepted (Linux: 4,096 and 255 bytes).
    static let maximumPathBytes = 1024
    static let maximumComponentBytes = 255

    public init(target: String) {
        self.target = target
    }

    /// Publishes `files` (relative path -> bytes) and reports what changed.
    @discardableResult
    public func publish(_ files: [String: Data]) throws -> PublishReport {
        // Every path is checked before anything is written.
        for path in files.keys where !Self.isSafe(path) { throw PublishError.unsafePath(path) }
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
        let previous = (try? fileManager.destinationOfSymbolicLink(atPath: targetURL.path)).map { destination in
            destination.hasPrefix("/") ? destination : parent.appendingPathComponent(destination).path
        }
        var written: [String] = []
        var unchanged = 0
        var folders = Set<String>()
        for (path, data) in files {
            let url = build.appendingPathComponent(path)
            let folder = url.deletingLastPathComponent().path
            do {
                if folders.insert(folder).inserted {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                if let previous, Self.sameContents(previous + "/" + path, data), link(previous + "/" + path, url.path) == 0 {
                    unchanged += 1
                } else {
                    try Self.write(data, to: url.path)
                    written.append(path)
                }
            } catch {
                throw PublishError.writeFailed(path: url.path, reason: error.localizedDescription)
            }
        }
        let removed = previous.map { Self.relativeFiles(in: $0).filter { files[$0] == nil } } ?? []
        // A real folder at the target (from an older version or a user) is moved aside once.
        var isDirectory: ObjCBool = false
        let isLink = previous != nil
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
        return PublishReport(build: build.path, written: written.sorted(), unchanged: unchanged, removed: removed.sorted())
    }

    /// Writes a new file with plain POSIX calls. No fsync per file (Foundation's `Data.write` syncs
    /// each one, which made writing 18,000 files take minutes on a busy disk): a build folder is
    /// only read once the symbolic link points at it, and a crash before then leaves the old site live.
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError.writeFailed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let count = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw PublishError.writeFailed(path: path, reason: String(cString: strerror(errno))) }
                offset += count
            }
        }
    }

    /// Whether the file at `path` holds exactly `data`; the size is compared before any byte is read.
    static func sameContents(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Relative paths of the regular files under `folder`.
    static func relativeFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result
    }

    /// A relative path that stays inside the site: no "." or ".." component, no empty component, not
    /// absolute, no backslash, no NUL or other control character, and within the length limits.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, path.utf8.count <= maximumPathBytes, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
            return false
        }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains {
            $0 == ".." || $0 == "." || $0.isEmpty || $0.utf8.count > maximumComponentBytes
        }
    }
}
