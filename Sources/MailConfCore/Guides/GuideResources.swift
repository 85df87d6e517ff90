public import Foundation

/// Where the guide data (client mapping tables and string catalogues) is read from: the resource folder SwiftPM
/// copies next to the executable, else the source tree the binary was built from.
public enum GuideResources {
    /// The folder holding `clients/` and `strings/`, or `nil` when neither place has it.
    public static let directory: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("mailconf_MailConfCore.resources/Guides"))
            candidates.append(folder.appendingPathComponent("mailconf_MailConfCore.resources/Resources/Guides"))
        }
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Resources/Guides")
        )
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: url.appendingPathComponent("strings").path,
                isDirectory: &isDirectory
            ) && isDirectory.boolValue
        }
    }()
}
