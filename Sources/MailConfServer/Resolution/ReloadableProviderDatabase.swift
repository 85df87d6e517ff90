import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders
import Synchronization

/// The provider database `serve` answers from: the bundled one under the operator's `--providers` files, replaced
/// whole on reload (SIGHUP). A reload reads and checks every new file first; only a set that is valid as a whole
/// replaces the old one, in one step, so that every lookup sees either the old set or the new.
final class ReloadableProviderDatabase: ProviderDatabase {
    private let current: Mutex<any ProviderDatabase>
    /// Where the operator's files are, if anywhere.
    let directory: String?

    /// The database of `directory`'s files over the bundled ones.
    ///
    /// - Throws: ``ServeError`` when the directory cannot be read or holds an invalid file.
    init(directory: String?) throws {
        self.directory = directory
        current = Mutex(try Self.load(directory))
    }

    private static func load(_ directory: String?) throws -> any ProviderDatabase {
        let bundled = BundledProviderDatabase(isPublicSuffix: PublicSuffix.isICANNSuffix)
        guard let directory else { return bundled }
        let local: ProviderDirectory
        do {
            local = try ProviderDirectory(contentsOf: URL(fileURLWithPath: directory))
        } catch {
            throw ServeError.providers(directory, error)
        }
        return LayeredProviderDatabase(local: local.database(isPublicSuffix: PublicSuffix.isICANNSuffix), base: bundled)
    }

    /// Reads the directory again and, when every file is valid, answers from the new set from now on.
    ///
    /// - Throws: ``ServeError`` (the old set stays) when a file is invalid or the directory unreadable.
    func reload() throws {
        let fresh = try Self.load(directory)
        current.withLock { $0 = fresh }
    }

    private var database: any ProviderDatabase { current.withLock { $0 } }

    func provider(forDomain domain: String) -> ProviderRecord? { database.provider(forDomain: domain) }
    func provider(forMXHost host: String) -> MXMatch { database.provider(forMXHost: host) }
    func allProviders() -> [ProviderRecord] { database.allProviders() }
}
