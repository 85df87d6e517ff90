/// A raw-string value of an open vocabulary (auth methods, note codes, source kinds): known values are static
/// constants, and values MailConf does not know survive a round trip unchanged.
public protocol OpenVocabulary: RawRepresentable, Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    /// Creates a value from its name.
    init(rawValue: String)
}

extension OpenVocabulary {
    /// Creates a value from a string literal.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The value's name.
    public var description: String { rawValue }
}
