/// A TLS protocol version a server may accept, named as `openssl s_client` names it (and as ``TLSReport/version``
/// reads).
public enum TLSProtocolVersion: String, Hashable, Sendable, CaseIterable, Comparable {
    /// TLS 1.0 (RFC 2246), deprecated by RFC 8996.
    case tls10 = "TLSv1"
    /// TLS 1.1 (RFC 4346), deprecated by RFC 8996.
    case tls11 = "TLSv1.1"
    /// TLS 1.2 (RFC 5246).
    case tls12 = "TLSv1.2"
    /// TLS 1.3 (RFC 8446).
    case tls13 = "TLSv1.3"

    /// The version's code on the wire (`0x0301` for TLS 1.0 … `0x0304` for TLS 1.3).
    public var wireValue: UInt16 {
        switch self {
        case .tls10: 0x0301
        case .tls11: 0x0302
        case .tls12: 0x0303
        case .tls13: 0x0304
        }
    }

    /// The version with this wire code, if it is one of the four.
    public init?(wireValue: UInt16) {
        guard let version = Self.allCases.first(where: { $0.wireValue == wireValue }) else { return nil }
        self = version
    }

    /// The version a report names (`TLSv1`, `TLSv1.0` and `TLSv1.2` style).
    public init?(name: String) {
        if name == "TLSv1.0" {
            self = .tls10
            return
        }
        self.init(rawValue: name)
    }

    /// Whether RFC 8996 deprecates it (TLS 1.0 and 1.1): OpenSSL 3 and the clients built on it refuse it.
    public var isDeprecated: Bool { self < .tls12 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.wireValue < rhs.wireValue }
}

/// Whether a server accepted one TLS version, from a handshake offering that version alone.
public struct TLSVersionCheck: Hashable, Sendable {
    /// What the server did with a ClientHello offering only ``version``.
    public enum Outcome: String, Hashable, Sendable {
        /// It answered with a ServerHello for that version.
        case accepted
        /// It answered with an alert, another version, or closed the connection.
        case refused
        /// The check could not be made (no connection, no STARTTLS, a timeout).
        case undetermined
    }

    /// The version offered.
    public var version: TLSProtocolVersion
    /// What the server did.
    public var outcome: Outcome
    /// What was seen, for people (the alert, the version answered, why it is undetermined).
    public var detail: String
    /// Whether the server answered with TLS records (a ServerHello or an alert), whatever it chose.
    public var answeredInTLS: Bool
    /// The version the server's ServerHello chose, when it sent one (it may be older than ``version``: a
    /// ClientHello offers every version up to its own).
    public var chosen: TLSProtocolVersion?

    /// Creates a check result.
    public init(
        version: TLSProtocolVersion,
        outcome: Outcome,
        detail: String,
        answeredInTLS: Bool = false,
        chosen: TLSProtocolVersion? = nil
    ) {
        self.version = version
        self.outcome = outcome
        self.detail = detail
        self.answeredInTLS = answeredInTLS
        self.chosen = chosen
    }
}
