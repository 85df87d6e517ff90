public import Foundation

/// Reads a `.mobileconfig` profile with a `com.apple.mail.managed` payload back into a ``MobileConfigProfile``.
///
/// Uses Foundation's property-list parser, which does not load the DTD the document names; input is capped at
/// 1 MiB.
public struct MobileConfigParser: Sendable {
    /// Why a profile could not be read.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// Largest profile accepted, in bytes.
    public var maximumBytes = 1 << 20

    /// Creates a parser.
    public init() {}

    /// Parses a profile.
    ///
    /// - Throws: ``Failure``.
    public func parse(_ data: Data) throws(Failure) -> MobileConfigProfile {
        guard data.count <= maximumBytes else { throw Failure(message: "profile larger than \(maximumBytes) bytes") }
        let plist: Any
        do {
            plist = try PropertyListSerialization.propertyList(from: data, options: [], format: nil)
        } catch {
            throw Failure(message: "not a property list: \(error)")
        }
        guard let root = plist as? [String: Any], let content = root["PayloadContent"] as? [[String: Any]],
            let mail = content.first(where: { $0["PayloadType"] as? String == "com.apple.mail.managed" })
        else { throw Failure(message: "no com.apple.mail.managed payload") }

        func server(_ prefix: String, _ proto: MailProtocol) throws(Failure) -> ServerSettings {
            guard let host = mail[prefix + "MailServerHostName"] as? String,
                let port = mail[prefix + "MailServerPortNumber"] as? Int
            else { throw Failure(message: "\(prefix) server lacks host name or port") }
            let useSSL = mail[prefix + "MailServerUseSSL"] as? Bool ?? false
            let security: TransportSecurity =
                useSSL ? ([465, 993, 995].contains(port) ? .tls : .starttls) : .plain
            let auth: AuthMethod
            switch mail[prefix + "MailServerAuthentication"] as? String {
            case "EmailAuthCRAMMD5": auth = .passwordEncrypted
            case "EmailAuthNTLM": auth = .ntlm
            case "EmailAuthNone": auth = .none
            default: auth = .passwordCleartext
            }
            return ServerSettings(
                protocol: proto,
                host: host,
                port: port,
                security: security,
                auth: [auth],
                username: mail[prefix + "MailServerUsername"] as? String ?? ""
            )
        }
        let incomingProtocol: MailProtocol = mail["EmailAccountType"] as? String == "EmailTypePOP" ? .pop3 : .imap
        return MobileConfigProfile(
            emailAddress: mail["EmailAddress"] as? String ?? "",
            accountDescription: mail["EmailAccountDescription"] as? String ?? "",
            organization: root["PayloadOrganization"] as? String ?? "",
            incoming: try server("Incoming", incomingProtocol),
            outgoing: try server("Outgoing", .smtp)
        )
    }
}
