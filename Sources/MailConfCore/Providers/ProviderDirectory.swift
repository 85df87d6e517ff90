public import Foundation

/// A directory of provider files: `*.conf`, one provider each, plus an optional `mx-ignore.list`.
public struct ProviderDirectory: Sendable {
    /// The file that lists MX host suffixes of forwarding and filtering services, one per line.
    public static let ignoreListName = "mx-ignore.list"
    /// The extension of provider files.
    public static let fileExtension = "conf"

    /// The records read, sorted by file name.
    public var records: [ProviderRecord]
    /// The file each record came from, parallel to ``records``.
    public var fileNames: [String]
    /// MX host suffixes never mapped to a provider.
    public var ignoredMXSuffixes: [String]
    /// Each file's directives (`status` stated, `notes = exact`), parallel to ``records``.
    public var files: [ProviderFileParser.ParsedFile]

    /// Creates a directory's contents from parts.
    public init(
        records: [ProviderRecord],
        fileNames: [String],
        ignoredMXSuffixes: [String],
        files: [ProviderFileParser.ParsedFile]? = nil
    ) {
        self.records = records
        self.fileNames = fileNames
        self.ignoredMXSuffixes = ignoredMXSuffixes
        self.files =
            files
            ?? records.map { ProviderFileParser.ParsedFile(record: $0, statesStatus: false, notesAreExact: false) }
    }

    /// Reads every provider file in `url`.
    ///
    /// - Throws: ``ProviderDirectoryError`` listing every unreadable file, or the I/O error.
    public init(contentsOf url: URL, parser: ProviderFileParser = ProviderFileParser()) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let listing = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        else {
            throw ProviderDirectoryError(errors: [
                ProviderFileError(file: url.path, line: 0, message: "not a readable directory of provider files")
            ])
        }
        let names = listing.filter { $0.hasSuffix("." + Self.fileExtension) }.sorted()
        var files: [ProviderFileParser.ParsedFile] = []
        var errors: [ProviderFileError] = []
        for name in names {
            guard let data = try? Data(contentsOf: url.appendingPathComponent(name)) else {
                errors.append(ProviderFileError(file: name, line: 0, message: "cannot be read"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(ProviderFileError(file: name, line: 0, message: "not UTF-8"))
                continue
            }
            do {
                files.append(try parser.parseFile(text, fileName: name))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw ProviderDirectoryError(errors: errors) }
        var ignored: [String] = []
        let ignoreURL = url.appendingPathComponent(Self.ignoreListName)
        if FileManager.default.fileExists(atPath: ignoreURL.path) {
            ignored = Self.parseIgnoreList(try String(contentsOf: ignoreURL, encoding: .utf8))
        }
        self.init(records: files.map(\.record), fileNames: names, ignoredMXSuffixes: ignored, files: files)
    }

    /// Reads an `mx-ignore.list`: one suffix per line; `#` starts a comment, also after a suffix.
    public static func parseIgnoreList(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let suffix = content.trimmingWhitespace().lowercased()
            return suffix.isEmpty ? nil : suffix
        }
    }

    /// A database over these records (domain labels never match: no public-suffix knowledge).
    public var database: InMemoryProviderDatabase {
        InMemoryProviderDatabase(records: records, ignoredMXSuffixes: ignoredMXSuffixes)
    }

    /// A database over these records whose domain labels match through `isPublicSuffix`.
    public func database(isPublicSuffix: @escaping @Sendable (String) -> Bool) -> InMemoryProviderDatabase {
        InMemoryProviderDatabase(records: records, ignoredMXSuffixes: ignoredMXSuffixes, isPublicSuffix: isPublicSuffix)
    }
}

/// Provider files that could not be read.
public struct ProviderDirectoryError: Error, Sendable, CustomStringConvertible {
    /// One error per unreadable file.
    public var errors: [ProviderFileError]

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
