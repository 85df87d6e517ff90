import Foundation
import MailConfCore
import NIOCore
import NIOHTTP1

/// `GET /`: a small, plain HTML page — no script, no external asset — with a form for an address and, once one is
/// given, its settings as a table with their verification status and links to the three client documents.
enum HomePage {
    /// The client guides offered by the picker (none when the guide data is missing: the page still works).
    static let profiles: [ClientProfile] = (try? ClientProfile.bundled()) ?? []

    static func render(_ request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        // Whatever is shown back (the form, the links, the error) is the input cut to the echo cap.
        let email = EchoedInput.cut(request.addressParameter() ?? "")
        let language =
            request.query["lang"].flatMap { Language(rawValue: $0.lowercased()) }
            ?? Language.negotiate(acceptLanguage: request.headers.first(name: "Accept-Language"))
        let profile = request.query["client"].flatMap { ClientProfile.named($0, in: profiles) }
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
            Catalogue.bundled.text(key, language, arguments)
        }
        var body = ""
        var status = HTTPResponseStatus.ok
        var parsed: Result<EmailAddress, EmailAddressError>?
        if !email.isEmpty {
            parsed = Result { () throws(EmailAddressError) in try EmailAddress(parsing: email) }
        }
        switch parsed {
        case nil: break
        case .failure(let parseError):
            status = .badRequest
            let reason = parseError.localizedDescription(language)
            body =
                "<p class=\"error\">\(escape(t("page.badAddress", ["input": email, "reason": EchoedInput.cut(reason)])))</p>"
        case .success(let address):
            switch await service.lookupResult(address, client: request.client) {
            case .failure(let error):
                status = error.status
                body = "<p class=\"error\">\(escape(error.message))</p>"
            case .success(let result):
                body = table(result, language: language)
                if result.found {
                    body += qrHTML(result.address, request: request, service: service, language: language)
                }
                if let profile, result.found {
                    let guide = ClientGuide(
                        profile: profile,
                        config: result.config,
                        address: result.address,
                        language: language
                    )
                    body += guideHTML(guide, result: result, language: language)
                }
            }
        }
        let page = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(t("page.title")))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            th, td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; font-size: .95rem; }
            th { background: #f3f3f3; }
            .verified { color: #176317; font-weight: bold; }
            .failed { color: #a11; font-weight: bold; }
            .unverified { color: #8a6d00; }
            .error { color: #a11; }
            .languages { float: right; }
            .guide ol { padding-left: 1.5rem; }
            .guide .value { font-weight: bold; font-family: ui-monospace, monospace; }
            .guide .english { color: #666; }
            .warning { color: #8a4b00; }
            .qr { margin-top: 1.5rem; }
            dt { font-weight: bold; margin-top: .5rem; }
            input[type=email] { width: 22rem; padding: .3rem; }
            </style>
            </head>
            <body>
            <nav class="languages" aria-label="\(escape(t("page.language")))">\(languageLinks(request, email: email, current: language))</nav>
            <h1>MailConf</h1>
            <p>\(escape(t("page.intro")))</p>
            <form method="get" action="/">
            <input type="hidden" name="lang" value="\(language.rawValue)">
            <label for="email">\(escape(t("page.email")))</label>
            <input type="email" id="email" name="email" value="\(escape(email))" required>
            <label for="client">\(escape(t("page.client")))</label>
            <select id="client" name="client">\(clientOptions(selected: profile?.id, language: language))</select>
            <button type="submit">\(escape(t("page.lookup")))</button>
            </form>
            \(body)
            </body>
            </html>

            """
        var response = ServiceResponse(
            status: status,
            contentType: "text/html; charset=utf-8",
            text: page,
            headers: [("Content-Language", language.rawValue), ("Vary", "Accept-Language")]
        )
        if case .success(let address) = parsed { response.domain = address.domain }
        return response
    }

    /// Links to the same page in every language, keeping the address and the client.
    private static func languageLinks(_ request: ServiceRequest, email: String, current: Language) -> String {
        let names: [Language: String] = [.en: "English", .tr: "Türkçe"]
        return Language.allCases.map { language in
            var query = "lang=\(language.rawValue)"
            for (key, value) in [("email", email), ("client", request.query["client"] ?? "")] where !value.isEmpty {
                query += "&\(key)=" + value.addingPercentEncodingForQuery()
            }
            let name = escape(names[language] ?? language.rawValue)
            return language == current
                ? "<strong lang=\"\(language.rawValue)\">\(name)</strong>"
                : "<a href=\"/?\(escape(query))\" hreflang=\"\(language.rawValue)\" lang=\"\(language.rawValue)\">\(name)</a>"
        }.joined(separator: " · ")
    }

    private static func clientOptions(selected: String?, language: Language) -> String {
        var html = "<option value=\"\">\(escape(Catalogue.bundled.text("page.client.none", language)))</option>"
        for profile in profiles {
            let chosen = profile.id == selected ? " selected" : ""
            html += "<option value=\"\(escape(profile.id))\"\(chosen)>\(escape(profile.name))</option>"
        }
        return html
    }

    private static func table(_ result: LookupResult, language: Language) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
            escape(Catalogue.bundled.text(key, language, arguments))
        }
        let address = result.address.address
        var html = "<h2>\(t("page.settingsFor", ["email": address]))</h2>"
        if let id = result.config.providerID {
            html += "<p>\(t("page.provider", ["name": result.config.displayName ?? id]))</p>"
        }
        for note in result.config.notes {
            html += "<p class=\"note\">\(t("page.note", ["note": note.localizedMessage(language)]))</p>"
        }
        guard result.found else {
            return html + "<p class=\"error\">\(escape(result.hint(language)))</p>"
        }
        html += "<table><thead><tr>"
        for column in ["direction", "protocol", "server", "port", "security", "username", "auth", "status"] {
            html += "<th>\(t("page.column." + column))</th>"
        }
        html += "</tr></thead><tbody>"
        let directions = [(t("page.incoming"), result.config.incoming), (t("page.outgoing"), result.config.outgoing)]
        for (direction, servers) in directions {
            for server in servers {
                let status = server.verification.status.rawValue
                let security = escape(server.security.localizedName(language))
                html +=
                    "<tr><td>\(direction)</td><td>\(server.protocol.displayName)</td><td>\(escape(server.host))</td>"
                html += "<td>\(server.port)</td><td>\(security)</td><td>\(escape(server.username))</td>"
                html += "<td>\(escape(server.auth.map(\.rawValue).joined(separator: ", ")))</td>"
                html += "<td class=\"\(status)\">\(t("lookup.verification." + status))</td></tr>"
            }
        }
        html += "</tbody></table>"
        for gap in result.gaps(language) { html += "<p class=\"warning\">\(escape(gap))</p>" }
        if result.config.servers.contains(where: { $0.verification.status != .unverified }) {
            // When the live check ran: from the service's cache it may be a while ago.
            let time = result.resolvedAt.formatted(
                Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).time(
                    includingFractionalSeconds: false
                ).timeSeparator(.colon).dateTimeSeparator(.space)
            )
            html += "<p class=\"checked\"><small>\(t("page.checkedAt", ["time": time]))</small></p>"
        }
        let encoded = address.addingPercentEncodingForQuery()
        html += "<p>\(t("page.documents")) "
        html += "<a href=\"/mail/config-v1.1.xml?emailaddress=\(encoded)\">\(t("page.document.autoconfig"))</a> · "
        html += "<a href=\"/autodiscover/autodiscover.xml?email=\(encoded)\">\(t("page.document.autodiscover"))</a> · "
        html += "<a href=\"/email.mobileconfig?email=\(encoded)\">\(t("page.document.mobileconfig"))</a></p>"
        return html
    }

    /// The guide as an ordered list per section, then its warnings and explanations.
    static func guideHTML(_ guide: ClientGuide, result: LookupResult, language: Language) -> String {
        var html = "<section class=\"guide\" id=\"guide\"><h2>\(escape(guide.clientName))</h2>"
        html += "<p class=\"source\"><small>" + escape(guide.provenance)
        html += "</small></p>"
        // The provider's notes and the missing directions are already above the table.
        let notes = Set(result.config.notes.map { $0.localizedMessage(language) } + result.gaps(language))
        for warning in guide.warnings where !notes.contains(warning) {
            html += "<p class=\"warning\">\(escape(warning))</p>"
        }
        var number = 1
        for section in guide.sections {
            html += "<h3>\(escape(section.heading))</h3><ol start=\"\(number)\">"
            for step in section.steps {
                number += 1
                if let text = step.text {
                    html += "<li>\(escape(text))</li>"
                } else if let label = step.label {
                    let english =
                        step.englishLabel.map { " <span class=\"english\" lang=\"en\">[\(escape($0))]</span>" } ?? ""
                    let mark =
                        step.unverified
                        ? " <small class=\"unverified\">(\(escape(Catalogue.bundled.text("guide.unverifiedMark", language))))</small>"
                        : ""
                    html +=
                        "<li>\(escape(label))\(english)\(mark): <span class=\"value\">\(escape(step.value ?? ""))</span></li>"
                }
            }
            html += "</ol>"
        }
        if !guide.explanations.isEmpty {
            html += "<h3>\(escape(Catalogue.bundled.text("guide.explanations", language)))</h3><dl>"
            for explanation in guide.explanations {
                html += "<dt>\(escape(explanation.title))</dt><dd>\(escape(explanation.text))</dd>"
            }
            html += "</dl>"
        }
        return html + "</section>"
    }

    /// A QR code of the absolute `.mobileconfig` link, drawn inline as SVG.
    private static func qrHTML(
        _ address: EmailAddress,
        request: ServiceRequest,
        service: MailConfService,
        language: Language
    ) -> String {
        // ASCII only: a camera app hands the link on as is, and not every one accepts an IRI.
        let url =
            service.publicBase(request) + "/email.mobileconfig?email=" + address.address.addingPercentEncodingForQuery()
        guard let code = QRCode(text: url) else { return "" }
        let caption = Catalogue.bundled.text("page.qr", language)
        return "<figure class=\"qr\">\(code.svg(pixels: 180, title: caption))"
            + "<figcaption>\(escape(caption))<br><small>\(escape(url))</small></figcaption></figure>"
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
