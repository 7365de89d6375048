import ArgumentParser
import Foundation
import NewsdeskServer
import NewsdeskStore

struct EditorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "editor", abstract: "Editors of the review desk.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an editor, or set a new password for one; the password is read from standard input.")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The editor's sign-in name (letters, digits, '.', '-', '_'; at most 64).") var name: String

        func validate() throws {
            guard !name.isEmpty, name.utf8.count <= 64,
                name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) })
            else {
                throw ValidationError("An editor name is 1 to 64 letters, digits, '.', '-' or '_'.")
            }
        }

        func run() async throws {
            guard let password = readLine(strippingNewline: true) else {
                throw UserError("No password on standard input; pipe one in, e.g. `printf '%s\\n' \"$PASSWORD\" | newsdesk editor add \(name)`.")
            }
            guard password.count >= PasswordHasher.minimumLength, password.utf8.count <= PasswordHasher.maximumLength else {
                throw UserError("The password must be \(PasswordHasher.minimumLength) to \(PasswordHasher.maximumLength) characters long.")
            }
            let store = try SQLiteStore(path: try options.load().database)
            let added = try store.saveEditor(name: name, passwordHash: try PasswordHasher().hash(password))
            print(added ? "added editor \(name)" : "set a new password for \(name); their sessions are signed out")
        }
    }
}
