import CIDN2

/// International domain names through libidn2 (IDNA2008 with UTS #46 non-transitional processing).
enum IDNA {
    /// Why libidn2 refused a name.
    struct Failure: Error, Hashable, Sendable {
        /// libidn2's return code (`idn2_rc`).
        var code: Int32
        /// libidn2's explanation.
        var message: String

        var isLabelTooLong: Bool { code == IDN2_TOO_BIG_LABEL.rawValue }
        var isDomainTooLong: Bool { code == IDN2_TOO_BIG_DOMAIN.rawValue }
    }

    /// Converts a domain with Unicode labels to A-labels: UTS #46 mapping (case folding, width and dot
    /// normalisation), NFC, then Punycode.
    static func toASCII(_ domain: String) -> Result<String, Failure> {
        let flags = Int32(IDN2_NFC_INPUT.rawValue | IDN2_NONTRANSITIONAL.rawValue)
        var output: UnsafeMutablePointer<CChar>?
        let rc = idn2_to_ascii_8z(domain, &output, flags)
        defer { idn2_free(output) }
        guard rc == IDN2_OK.rawValue, let output else {
            return .failure(Failure(code: rc, message: Self.message(rc)))
        }
        return .success(String(cString: output))
    }

    /// Converts a domain with A-labels (`xn--…`) to Unicode, or returns the failure.
    static func toUnicode(_ domain: String) -> Result<String, Failure> {
        var output: UnsafeMutablePointer<CChar>?
        let rc = idn2_to_unicode_8z8z(domain, &output, 0)
        defer { idn2_free(output) }
        guard rc == IDN2_OK.rawValue, let output else {
            return .failure(Failure(code: rc, message: Self.message(rc)))
        }
        return .success(String(cString: output))
    }

    private static func message(_ rc: Int32) -> String {
        guard let text = idn2_strerror(rc) else { return "IDNA error \(rc)" }
        return String(cString: text)
    }
}
