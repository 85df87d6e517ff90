import Foundation
import MailConfCore
import NIOCore
import NIOHTTP1

/// `GET /`: a small, plain HTML page — no script, no external asset — with a form for an address and, once one is
/// given, its settings as a table with their verification status and links to the three client documents.
enum HomePage {
    static func render(_ request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        let email = request.query["email"] ?? request.query["emailaddress"] ?? ""
        var body = ""
        var status = HTTPResponseStatus.ok
        if !email.isEmpty {
            switch await service.lookupResult(email, client: request.client) {
            case .failure(let error):
                status = error.response.status
                let text = String(buffer: error.response.body)
                body = "<p class=\"error\">\(escape(message(fromJSON: text)))</p>"
            case .success(let result):
                body = table(result)
            }
        }
        let page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MailConf — mail settings for any address</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            th, td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; font-size: .95rem; }
            th { background: #f3f3f3; }
            .verified { color: #176317; font-weight: bold; }
            .failed { color: #a11; font-weight: bold; }
            .unverified { color: #8a6d00; }
            .error { color: #a11; }
            input[type=email] { width: 22rem; padding: .3rem; }
            </style>
            </head>
            <body>
            <h1>MailConf</h1>
            <p>Type an email address to see its IMAP, POP3 and SMTP settings, checked live where possible.</p>
            <form method="get" action="/">
            <label for="email">Email address</label>
            <input type="email" id="email" name="email" value="\(escape(email))" required>
            <button type="submit">Look up</button>
            </form>
            \(body)
            </body>
            </html>

            """
        return ServiceResponse(status: status, contentType: "text/html; charset=utf-8", text: page)
    }

    private static func table(_ result: LookupResult) -> String {
        let address = result.address.address
        var html = "<h2>Settings for \(escape(address))</h2>"
        if let id = result.config.providerID {
            html += "<p>Provider: \(escape(result.config.displayName ?? id))</p>"
        }
        for note in result.config.notes { html += "<p class=\"note\">Note: \(escape(note.message))</p>" }
        guard result.found else {
            return html + "<p class=\"error\">\(escape(result.hint))</p>"
        }
        html += "<table><thead><tr><th>Direction</th><th>Protocol</th><th>Server</th><th>Port</th><th>Security</th>"
        html += "<th>User name</th><th>Authentication</th><th>Status</th></tr></thead><tbody>"
        for (direction, servers) in [("Incoming", result.config.incoming), ("Outgoing", result.config.outgoing)] {
            for server in servers {
                let status = server.verification.status.rawValue
                html +=
                    "<tr><td>\(direction)</td><td>\(server.protocol.displayName)</td><td>\(escape(server.host))</td>"
                html +=
                    "<td>\(server.port)</td><td>\(server.security.displayName)</td><td>\(escape(server.username))</td>"
                html += "<td>\(escape(server.auth.map(\.rawValue).joined(separator: ", ")))</td>"
                html += "<td class=\"\(status)\">\(status)</td></tr>"
            }
        }
        html += "</tbody></table>"
        let encoded = address.addingPercentEncodingForQuery()
        html += "<p>Documents for mail clients: "
        html += "<a href=\"/mail/config-v1.1.xml?emailaddress=\(encoded)\">Thunderbird (autoconfig)</a> · "
        html += "<a href=\"/autodiscover/autodiscover.xml?email=\(encoded)\">Outlook (Autodiscover)</a> · "
        html += "<a href=\"/email.mobileconfig?email=\(encoded)\">Apple Mail (.mobileconfig)</a></p>"
        return html
    }

    private static func message(fromJSON text: String) -> String {
        guard let range = text.range(of: "\"message\":\"") else { return text }
        let rest = text[range.upperBound...]
        return String(rest.prefix { $0 != "\"" })
    }

    /// HTML-escapes text for element content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// Percent-encodes everything but unreserved characters (RFC 3986).
    func addingPercentEncodingForQuery() -> String {
        var result = ""
        for byte in utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte < 0x80)
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                    || "-._~".contains(Character(scalar)))
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
