import CZlib
import Foundation

/// Why compressed data could not be read back.
public enum GunzipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data is not gzip or zlib, or it is damaged; `detail` is zlib's own message.
    case corrupt(detail: String)
    /// The data ends before its compressed stream does (a download cut short).
    case truncated
    /// The data inflates past the limit given (a "zip bomb" or a page far larger than any article).
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .corrupt(let detail): "the file is not valid gzip data (\(detail)); check that it is a .gz file and not damaged"
        case .truncated: "the gzip data ends early; the file was cut short, download or copy it again"
        case .tooLarge(let limit): "the gzip data inflates past \(limit) bytes, the limit for one page"
        }
    }
}

/// In-process gzip (and zlib) decompression through the system's zlib.
///
/// ```swift
/// let html = try Gunzip.decompress(try Data(contentsOf: pageURL))
/// ```
public enum Gunzip {
    /// True when the data starts with gzip's magic bytes.
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// Inflates gzip or zlib data, following concatenated gzip members as `gzip -d` does.
    /// - Parameter limit: the most bytes the output may have; past it the call throws `.tooLarge`.
    public static func decompress(_ data: Data, limit: Int = 256 * 1024 * 1024) throws(GunzipError) -> Data {
        if data.isEmpty { throw .truncated }
        // zlib keeps a pointer back to the stream, so it lives at one fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard newsdesk_inflate_init_auto(stream) == Z_OK else { throw .corrupt(detail: "zlib could not start") }
        defer { inflateEnd(stream) }
        var output = Data()
        // Pages compress about five to one; the output grows in chunks of this size.
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        let input = [UInt8](data)
        return try input.withUnsafeBufferPointer { (source) throws(GunzipError) -> Data in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.pointee.avail_in = uInt(source.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = uInt(chunk)
                    return inflate(stream, Z_NO_FLUSH)
                }
                let produced = chunk - Int(stream.pointee.avail_out)
                if output.count + produced > limit { throw .tooLarge(limit: limit) }
                output.append(contentsOf: buffer[0..<produced])
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow; trailing zero padding is ignored, as gzip does.
                    let rest = UnsafeBufferPointer(start: stream.pointee.next_in, count: Int(stream.pointee.avail_in))
                    if rest.allSatisfy({ $0 == 0 }) { return output }
                    guard inflateReset(stream) == Z_OK else { throw .corrupt(detail: "zlib could not restart") }
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    // No progress possible with room to write: the input ran out inside the stream.
                    throw .truncated
                default:
                    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    throw .corrupt(detail: detail)
                }
            }
        }
    }
}
