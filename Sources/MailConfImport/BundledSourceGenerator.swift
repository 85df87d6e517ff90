public import MailConfCore

/// Writes the Swift source that compiles the provider database into the binary
/// (`Sources/MailConfProviders/BundledProviderData.swift`).
///
/// The source holds each provider file in canonical form plus sorted domain and MX-suffix indexes, so that a
/// lookup parses only the one file it needs. A test regenerates it from `Providers/` and fails when it differs.
public struct BundledSourceGenerator: Sendable {
    /// Creates a generator.
    public init() {}

    /// Why the source could not be generated.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// The Swift source for `directory`'s records and ignore list.
    public func source(for directory: ProviderDirectory) throws(Failure) -> String {
        let records = directory.records.sorted { $0.id < $1.id }
        var domainIndex: [(String, Int)] = []
        var labelIndex: [(String, Int)] = []
        var mxIndex: [(String, Int)] = []
        for (index, record) in records.enumerated() {
            domainIndex += record.domains.map { ($0, index) }
            labelIndex += record.domainLabels.map { ($0, index) }
            mxIndex += record.mxSuffixes.map { ($0, index) }
        }
        domainIndex.sort { $0.0 < $1.0 }
        labelIndex.sort { $0.0 < $1.0 }
        mxIndex.sort { $0.0 < $1.0 }

        var out = """
            // Generated from Providers/ by `mailconf providers compile`. Do not edit: edit Providers/ and run it again.
            // A test fails when this file is stale.
            // swift-format-ignore-file

            enum BundledProviderData {
                static let files: [String] = [

            """
        for record in records {
            let text = record.fileText
            guard !text.contains("\"\"\"#") else {
                throw Failure(message: "\(record.id): the file holds the sequence \"\"\"#, which cannot be embedded")
            }
            out += "#\"\"\"\n" + text + "\"\"\"#,\n"
        }
        out += "    ]\n\n"
        out += Self.array("domains", domainIndex.map { Self.literal($0.0) })
        out += Self.array("domainFiles", domainIndex.map { String($0.1) }, type: "Int32")
        out += Self.array("domainLabels", labelIndex.map { Self.literal($0.0) })
        out += Self.array("domainLabelFiles", labelIndex.map { String($0.1) }, type: "Int32")
        out += Self.array("mxSuffixes", mxIndex.map { Self.literal($0.0) })
        out += Self.array("mxFiles", mxIndex.map { String($0.1) }, type: "Int32")
        out += Self.array("mxIgnore", directory.ignoredMXSuffixes.sorted().map(Self.literal))
        out += "}\n"
        return out
    }

    private static func array(_ name: String, _ items: [String], type: String = "String") -> String {
        var text = "    static let \(name): [\(type)] = [\n"
        var line = "       "
        for item in items {
            if line.count + item.count > 116 {
                text += line + "\n"
                line = "       "
            }
            line += " " + item + ","
        }
        if line.count > 7 { text += line + "\n" }
        return text + "    ]\n\n"
    }

    private static func literal(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
