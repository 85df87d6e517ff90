// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "mailconf",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mailconf", targets: ["mailconf"]),
        .library(name: "MailConfCore", targets: ["MailConfCore"]),
        .library(name: "MailConfProviders", targets: ["MailConfProviders"]),
        .library(name: "MailConfImport", targets: ["MailConfImport"]),
        .library(name: "MailConfTesting", targets: ["MailConfTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.8.0"),
    ],
    targets: [
        // libidn2 (IDNA2008 + UTS #46) from Debian's libidn2-dev.
        .systemLibrary(
            name: "CIDN2",
            pkgConfig: "libidn2",
            providers: [.apt(["libidn2-dev"])]
        ),
        // glibc's libresolv, for parsing DNS answers (ns_initparse, ns_parserr, dn_expand).
        .systemLibrary(name: "CResolv"),
        // c-ares, the asynchronous DNS resolver, from Debian's libc-ares-dev.
        .systemLibrary(name: "CAres", pkgConfig: "libcares", providers: [.apt(["libc-ares-dev"])]),
        // libxml2's streaming reader, for untrusted XML, from Debian's libxml2-dev.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Linux's epoll and accept4, glibc's malloc_trim (not in Swift's Glibc module), for serve's parked connections.
        .systemLibrary(name: "CEpoll"),
        // libpsl, the Public Suffix List library, from Debian's libpsl-dev.
        .systemLibrary(name: "CPSL", pkgConfig: "libpsl", providers: [.apt(["libpsl-dev"])]),
        // Pure core: model, formats, provider database, resolver. No NIOPosix/NIOSSL.
        .target(
            name: "MailConfCore",
            dependencies: [
                "CIDN2",
                "CResolv",
                "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // SwiftNIO implementations of the core's seams: mail transports, TLS diagnosis, probes.
        .target(
            name: "MailConfNet",
            dependencies: [
                "MailConfCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                "CResolv",
                "CAres",
                "CPSL",
            ],
            swiftSettings: strictSettings
        ),
        // `mailconf serve`: the HTTP service for mail clients, a small NIOHTTP1 server.
        .target(
            name: "MailConfServer",
            dependencies: [
                "CEpoll",
                "MailConfCore",
                "MailConfNet",
                "MailConfProviders",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The bundled provider database, generated from Providers/ and compiled into the binary.
        .target(
            name: "MailConfProviders",
            dependencies: ["MailConfCore"],
            swiftSettings: strictSettings
        ),
        // Importers for the public provider data sets (ISPDB, Delta Chat, MailCore2, K-9).
        .target(
            name: "MailConfImport",
            dependencies: [
                "MailConfCore",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        // Test support: scripted servers and transports, fixtures, process runner, independent parsers.
        .target(
            name: "MailConfTesting",
            dependencies: [
                "MailConfCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "mailconf",
            dependencies: [
                "MailConfCore",
                "MailConfProviders",
                "MailConfImport",
                "MailConfNet",
                "MailConfServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // `Scripts/bench` runs it; never part of the tests.
        .executableTarget(
            name: "LookupBenchmark",
            dependencies: ["MailConfCore", "MailConfProviders", "MailConfNet"],
            path: "Benchmarks/LookupBenchmark",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MailConfCoreTests",
            dependencies: ["MailConfCore", "MailConfTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MailConfNetTests",
            dependencies: [
                "MailConfCore", "MailConfNet", "MailConfTesting", "MailConfProviders",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MailConfServerTests",
            dependencies: [
                "MailConfCore", "MailConfServer", "MailConfTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MailConfProvidersTests",
            dependencies: ["MailConfCore", "MailConfProviders", "MailConfImport", "MailConfTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MailConfImportTests",
            dependencies: ["MailConfCore", "MailConfImport", "MailConfTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "mailconfTests",
            dependencies: ["MailConfCore", "MailConfTesting", "mailconf"],
            swiftSettings: strictSettings
        ),
    ]
)
