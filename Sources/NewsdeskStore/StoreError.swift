/// Why a store operation failed.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case sourceNotFound(String)
    case corruptRecord(table: String, id: String, reason: String)
    case briefNotFound(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the database at \(path): \(reason)"
        case .sourceNotFound(let key): "no source matches \(key); `newsdesk source list` shows the configured sources"
        case .corruptRecord(let table, let id, let reason): "record \(id) in \(table) cannot be read: \(reason)"
        case .briefNotFound(let id): "story \(id) has no brief"
        }
    }
}
