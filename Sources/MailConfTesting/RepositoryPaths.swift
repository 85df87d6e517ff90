public import Foundation

/// Paths the tests need: the repository root, its `Providers/`, the shared public data sets, the built binary.
public enum RepositoryPaths {
    /// The repository root, found from this source file's location.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `Providers/`.
    public static var providers: URL { root.appendingPathComponent("Providers") }

    /// `../shared/provider-data`, the public data sets (present in the development workspace).
    public static var sharedProviderData: URL {
        if let override = ProcessInfo.processInfo.environment["MAILCONF_PROVIDER_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared/provider-data")
    }

    /// Whether the public data sets are available to tests that use them as a corpus.
    public static var hasSharedProviderData: Bool {
        FileManager.default.fileExists(atPath: sharedProviderData.appendingPathComponent("ispdb").path)
    }

    /// The `mailconf` executable built alongside the tests (`MAILCONF_BINARY` overrides).
    public static var mailconfBinary: URL {
        if let override = ProcessInfo.processInfo.environment["MAILCONF_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [beside.appendingPathComponent("mailconf")]
        candidates.append(beside.deletingLastPathComponent().appendingPathComponent("mailconf"))
        candidates.append(root.appendingPathComponent(".build/debug/mailconf"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
