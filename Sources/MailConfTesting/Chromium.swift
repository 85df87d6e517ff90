public import Foundation

/// Headless Chromium from Debian, to load the service's page as a browser does: the DOM after parsing, and a
/// screenshot. Background networking is off, so the browser talks only to the URL it is given.
public enum Chromium {
    /// The `chromium` executable, when installed.
    public static var executable: URL? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether tests that need a browser can run.
    public static var isAvailable: Bool { executable != nil }

    /// The DOM of `url` after Chromium parsed it, serialised as HTML.
    public static func dumpDOM(_ url: String) async throws -> String {
        try await run(["--dump-dom", url]).stdout
    }

    /// Saves a PNG screenshot of `url` at `width`×`height` to `file`.
    public static func screenshot(_ url: String, to file: URL, width: Int = 1000, height: Int = 800) async throws {
        _ = try await run(["--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw Failure(message: "chromium wrote no screenshot to \(file.path)")
        }
    }

    private static func run(_ arguments: [String]) async throws -> ProcessResult {
        guard let executable else { throw Failure(message: "chromium is not installed (Scripts/bootstrap --test)") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--user-data-dir=\(profile.path)", "--timeout=20000",
        ]
        let result = try await ProcessResult.run(executable, flags + arguments)
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return result
    }

    /// Chromium failed; `message` is what it printed.
    public struct Failure: Error, CustomStringConvertible {
        /// Chromium's standard error, or what was missing.
        public var message: String
        public var description: String { message }
    }
}
