// swift-tools-version:6.1
// libFuzzer targets for MailConf's parsers. A package of its own, so that the normal build and tests never
// compile or link them; `Scripts/fuzz` builds it with `--sanitize fuzzer --sanitize address`.
import Foundation
import PackageDescription

/// A path dependency is known by its folder's name, which is whatever the clone was called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

/// Each target is `Sources/Fuzz<Name>/`, one `LLVMFuzzerTestOneInput`, run as `Scripts/fuzz <name>`.
let fuzzTargets = [
    "Address", "ClientConfig", "Autodiscover", "SMTP", "IMAP", "POP3", "ProviderFile", "DNS",
]

let package = Package(
    name: "MailConfFuzz",
    dependencies: [
        .package(path: root.path)
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "MailConfCore", package: rootIdentity)]
        )
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: "Fuzz\(name)",
                dependencies: ["FuzzSupport", .product(name: "MailConfCore", package: rootIdentity)],
                // gold fails on these links with an internal error; lld ships with Swift.
                linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
            )
        }
)
