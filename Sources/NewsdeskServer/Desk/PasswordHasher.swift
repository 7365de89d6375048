import Crypto
import CryptoExtras
import Foundation

/// Hashes editor passwords with scrypt (memory-hard, so a stolen hash costs an attacker memory as
/// well as time) and checks them in constant time.
///
/// The stored form is `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`, so the cost can be
/// raised later without breaking existing hashes.
public struct PasswordHasher: Sendable {
    /// N = 2^15, r = 8, p = 1: the interactive-login setting of the scrypt paper, 32 MiB and some
    /// tens of milliseconds per check on a server.
    public static let defaultCost = 15
    /// Below N = 2^14 a hash is too cheap to guess against; tests may not go lower either.
    public static let minimumCost = 14
    /// Passwords shorter than this are refused when an editor is added.
    public static let minimumLength = 12
    /// Longer input is refused before hashing: a megabyte password is an attack, not a password.
    public static let maximumLength = 1024

    public var cost: Int

    public init(cost: Int = PasswordHasher.defaultCost) {
        self.cost = max(cost, Self.minimumCost)
    }

    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255) }
        let key = try derive(password, salt: salt, cost: cost, r: 8, p: 1)
        return ["scrypt", String(cost), "8", "1", Data(salt).base64EncodedString(), Data(key).base64EncodedString()].joined(separator: "$")
    }

    /// True when `password` matches `stored`; false for a wrong password or a malformed hash.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let cost = Int(parts[1]), (Self.minimumCost...20).contains(cost),
            let r = Int(parts[2]), (1...16).contains(r), let p = Int(parts[3]), (1...4).contains(p),
            let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]), expected.count == 32,
            password.utf8.count <= Self.maximumLength,
            let key = try? derive(password, salt: [UInt8](salt), cost: cost, r: r, p: p)
        else { return false }
        return ConstantTime.equal(key, [UInt8](expected))
    }

    /// Spends the time of one check, so an unknown name answers as slowly as a wrong password.
    public func burnOneCheck() {
        _ = try? derive("unknown editor", salt: [UInt8](repeating: 7, count: 16), cost: cost, r: 8, p: 1)
    }

    private func derive(_ password: String, salt: [UInt8], cost: Int, r: Int, p: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: 1 << cost, blockSize: r, parallelism: p)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// Comparisons whose time does not depend on where the inputs first differ.
enum ConstantTime {
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func equal(_ a: String, _ b: String) -> Bool { equal(Array(a.utf8), Array(b.utf8)) }
}

/// Random tokens for session cookies and forms, and the hash under which a session is stored (so a
/// copy of the database does not hold usable cookies).
enum SessionTokens {
    /// 32 random bytes, base64url without padding.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
