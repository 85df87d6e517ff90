import Foundation

/// The real Postfix and Dovecot servers started by `Scripts/fixtures/mailservers start`, described by the
/// `MAILCONF_FIXTURE_*` variables of its `fixture.env` (which `Scripts/test` exports).
public struct Fixture: Sendable {
    /// Every variable of the fixture.
    public let values: [String: String]

    /// Creates a fixture description from its variables.
    public init(values: [String: String]) {
        self.values = values
    }

    /// The fixture described by the environment, or `nil` when the servers are not running.
    public static let current: Fixture? = {
        let environment = ProcessInfo.processInfo.environment
        var values = environment.filter { $0.key.hasPrefix("MAILCONF_FIXTURE_") }
        if values["MAILCONF_FIXTURE_HOSTNAME"] == nil, let path = environment["MAILCONF_FIXTURE_ENV"],
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                var value = String(parts[1])
                if value.hasPrefix("'") && value.hasSuffix("'") || value.hasPrefix("\"") && value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                values[String(parts[0])] = value
            }
        }
        return values["MAILCONF_FIXTURE_HOSTNAME"] == nil ? nil : Fixture(values: values)
    }()

    /// Whether the test run must have the real servers (set by `Scripts/test`).
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["MAILCONF_REQUIRE_FIXTURE"] == "1" }

    /// A variable without its `MAILCONF_FIXTURE_` prefix, e.g. `value("HOSTNAME")`.
    public func value(_ key: String) -> String { values["MAILCONF_FIXTURE_" + key] ?? "" }

    /// A port variable, e.g. `port("IMAPS")` for `MAILCONF_FIXTURE_IMAPS_PORT`.
    public func port(_ name: String) -> Int { Int(value(name + "_PORT")) ?? 0 }

    /// The certificates' host name.
    public var hostname: String { value("HOSTNAME") }
    /// The loopback address Dovecot and Postfix listen on.
    public var address: String { value("ADDRESS") }
    /// Dovecot's second address, where 127.0.0.1 is not treated as a secure connection.
    public var address2: String { value("ADDRESS2") }
    /// The test CA's PEM file.
    public var caFile: String { value("CA") }
    /// The test user.
    public var user: String { value("USER") }
    /// The test user's password.
    public var password: String { value("PASSWORD") }
    /// The fixture's state directory (logs live there).
    public var directory: String { value("DIR") }
}

/// The dnsmasq server started by `Scripts/fixtures/dns start`, from `MAILCONF_DNS_FIXTURE_ENV` (its `dns.env`)
/// or `MAILCONF_DNS_FIXTURE_SERVER`.
public enum DNSFixture {
    /// Every `MAILCONF_DNS_FIXTURE_*` variable of the environment and of `dns.env`.
    static let values: [String: String] = {
        let environment = ProcessInfo.processInfo.environment
        var values = environment.filter { $0.key.hasPrefix("MAILCONF_DNS_FIXTURE_") }
        if let path = environment["MAILCONF_DNS_FIXTURE_ENV"],
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, values[String(parts[0])] == nil else { continue }
                values[String(parts[0])] = String(parts[1])
            }
        }
        return values
    }()

    /// `address:port` of the DNS server, or `nil` when it is not running.
    public static let server: String? = values["MAILCONF_DNS_FIXTURE_SERVER"].flatMap { $0.isEmpty ? nil : $0 }

    /// A port the fixture's records name, e.g. `port("SSRF")` for `MAILCONF_DNS_FIXTURE_SSRF_PORT`, the port the
    /// SRV records of ssrf.test point at (on loopback, where a test listens); `nil` when not published.
    public static func port(_ name: String) -> Int? {
        values["MAILCONF_DNS_FIXTURE_\(name)_PORT"].flatMap { Int($0) }
    }

    /// Whether this process may bind privileged ports.
    public static var isRoot: Bool { getuid() == 0 }
}
