import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// What a hostile server can make `probe` and `auth` print, end to end through the built binary: every control
/// byte in every field that carries server text comes out escaped in text and exact in JSON, and a server that
/// echoes the login data never gets the password, in any form, onto the terminal.
@Suite(.timeLimit(.minutes(5))) struct HostileOutputTests {
    /// Window title, screen clear and colour sequences, every other C0 control but the line feed, DEL, the C1
    /// controls (as UTF-8) and two bytes of invalid UTF-8.
    static let hostile: [UInt8] = {
        // The C1 controls and the invalid bytes come early: fields are cut at 80 characters and more.
        var bytes = Array("\u{1B}]0;pwned\u{07}\u{1B}[2J".utf8)
        bytes += (0x80...0x9F).compactMap { Unicode.Scalar(UInt32($0)) }.flatMap { Array(String($0).utf8) }
        bytes += [0xFF, 0xC3] + Array("RED".utf8)
        bytes += (0x00...0x1F).filter { $0 != 0x0A }.map(UInt8.init) + [0x7F] + Array("end".utf8)
        return bytes
    }()

    static func isInert(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar == "\n" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }
    }

    /// Whether any string in the JSON document holds the window-title sequence, as characters.
    static func jsonCarriesTheEscape(_ text: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return false }
        func search(_ value: Any) -> Bool {
            if let string = value as? String { return string.contains("\u{1B}]0;pwned\u{07}") }
            if let array = value as? [Any] { return array.contains(where: search) }
            if let dictionary = value as? [String: Any] { return dictionary.values.contains(where: search) }
            return false
        }
        return search(object)
    }

    func line(_ prefix: String) -> [UInt8] { Array(prefix.utf8) + Self.hostile + [0x0D, 0x0A] }

    func run(_ arguments: [String], password: String? = nil) async throws -> ProcessResult {
        try await ProcessResult.mailconf(
            arguments,
            environment: ["MAILCONF_PASSWORD": password, "NO_COLOR": "1"]
        )
    }

    @Test func everyServerTextFieldIsEscapedInTextAndExactInJSON() async throws {
        let certificates = try TestCertificates()
        let caFile = try certificates.writeCAFile()
        defer { try? FileManager.default.removeItem(atPath: caFile) }
        let context = try certificates.serverContext(names: ["mail.test.example"])
        let scripts: [ScriptedServer.Script] = [
            // Greeting, EHLO capability lines, and plaintext where the STARTTLS handshake should be.
            .init { connection in
                try await connection.send(bytes: line("220 "))
                _ = await connection.readLine()
                try await connection.send(
                    bytes: Array("250-hi\r\n".utf8) + line("250-X-") + Array("250 STARTTLS\r\n".utf8)
                )
                guard await connection.readLine() == "STARTTLS" else { return }
                try await connection.send("220 go ahead\r\n")
                _ = await connection.waitForData()
                try await connection.send(bytes: line("250 "))
                await connection.waitForClose()
            },
            // A plaintext greeting on an implicit-TLS port.
            .init { connection in
                try await connection.send(bytes: line("220 "))
                await connection.waitForClose()
            },
            // A reply that breaks the protocol.
            .init { connection in
                try await connection.send("220 ok\r\n")
                _ = await connection.readLine()
                try await connection.send(bytes: line("2"))
                await connection.waitForClose()
            },
            // auth's "server said".
            .init(tls: context) { connection in
                try await connection.send("220 hello\r\n")
                while let text = await connection.readLine() {
                    if text.hasPrefix("EHLO") { try await connection.send("250-hi\r\n250 AUTH PLAIN\r\n") }
                    if text.hasPrefix("AUTH") { try await connection.send(bytes: line("535 5.7.8 ")) }
                    if text == "QUIT" { break }
                }
            },
        ]
        try await ScriptedServer.with(scripts) { servers in
            try await everyServerTextField(caFile: caFile, servers[0], servers[1], servers[2], servers[3])
        }
    }

    func everyServerTextField(
        caFile: String,
        _ starttls: ScriptedServer,
        _ plaintext: ScriptedServer,
        _ broken: ScriptedServer,
        _ refusing: ScriptedServer
    ) async throws {
        // Every server here answers at once; the step timeout only has to outlast a machine the whole suite keeps busy.
        let common = ["--resolve", "mail.test.example:127.0.0.1", "--ca-file", caFile, "--timeout", "20"]
        let runs: [(String, [String], String?)] = [
            ("starttls", ["probe", "mail.test.example", "--service", "submission:\(starttls.port)"] + common, nil),
            ("plaintext", ["probe", "mail.test.example", "--service", "submissions:\(plaintext.port)"] + common, nil),
            ("protocol", ["probe", "mail.test.example", "--service", "smtp:\(broken.port)"] + common, nil),
            (
                "auth",
                ["auth", "alice", "--host", "mail.test.example", "--service", "submissions:\(refusing.port)"] + common,
                "s3cret"
            ),
        ]
        for (label, arguments, password) in runs {
            for language in ["en", "tr"] {
                let text = try await run(arguments + ["--lang", language], password: password)
                #expect(!text.stdout.isEmpty, "\(label): \(text.stderr)")
                #expect(Self.isInert(text.stdout), "\(label) \(language): \(text.stdout.debugDescription)")
                #expect(Self.isInert(text.stderr), "\(label) \(language) stderr: \(text.stderr.debugDescription)")
                #expect(text.stdout.contains(#"\x1b]0;pwned\x07"#), "\(label) \(language): \(text.stdout)")
                #expect(text.stdout.contains(#"\x9b"#) && text.stdout.contains("\u{FFFD}"), "\(label): \(text.stdout)")
            }
            let json = try await run(arguments + ["--json"], password: password)
            #expect(Self.isInert(json.stdout), "\(label) JSON: \(json.stdout.debugDescription)")
            #expect(Self.jsonCarriesTheEscape(json.stdout), "\(label) JSON: \(json.stdout)")
        }
    }

    /// A server that speaks only TLS 1.0 is a high-severity problem (exit 1) that the plain words explain.
    @Test func aTLS10OnlyServerExitsOne() async throws {
        let certificates = try TestCertificates()
        let caFile = try certificates.writeCAFile()
        defer { try? FileManager.default.removeItem(atPath: caFile) }
        let context = try certificates.serverContext(names: ["mail.test.example"], versions: .tls10 ... .tls10)
        try await ScriptedServer.with(tls: context) { connection in
            try await connection.send("220 old ESMTP\r\n")
            while let text = await connection.readLine() {
                if text.hasPrefix("EHLO") { try await connection.send("250-old\r\n250 AUTH PLAIN\r\n") }
                if text == "QUIT" { break }
            }
        } body: { server in
            let arguments = [
                "probe", "mail.test.example", "--service", "submissions:\(server.port)", "--resolve",
                "mail.test.example:127.0.0.1", "--ca-file", caFile,
            ]
            let text = try await run(arguments)
            #expect(text.status == 1, "\(text.stdout) \(text.stderr)")
            #expect(
                text.stdout.contains("versions   accepted: TLSv1; refused: TLSv1.1 TLSv1.2 TLSv1.3"),
                "\(text.stdout)"
            )
            #expect(
                text.stdout.contains("[high] mail.test.example:\(server.port) accepts only TLSv1"),
                "\(text.stdout)"
            )
            #expect(text.stdout.contains("Only partly. submissions:\(server.port) encrypts only with TLS 1.0 or 1.1"))
            #expect(text.stdout.contains("No. Port \(server.port) (submissions) encrypts only with TLSv1"))
            let json = try await run(arguments + ["--json"])
            #expect(json.status == 1)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let service = (object?["services"] as? [[String: Any]])?.first
            #expect(service?["accepted-versions"] as? [String] == ["TLSv1"])
            #expect(service?["healthy"] as? Bool == false)
        }
    }

    // MARK: - Echoed secrets

    /// What an echoing server received that carried the password (or a value derived from it).
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    static func base64Decoded(_ text: String) -> [UInt8] { Array(Data(base64Encoded: text) ?? Data()) }
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// The echo: what was received, decoded, in hex, and the line cut in two across a multi-line reply.
    static func echo(_ received: String, code: String) -> String {
        let decoded = base64Decoded(received)
        let text = String(decoding: decoded.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        let half = received.count / 2
        return "\(code)-you sent \(received)\r\n\(code)-decoded \(text)\r\n\(code)-hex \(hex(decoded)) "
            + "\(hex(Array(received.utf8)))\r\n\(code)-\(received.prefix(half))\r\n\(code) \(received.dropFirst(half))\r\n"
    }

    static func smtpEcho(_ received: Received) -> @Sendable (ServerConnection) async throws -> Void {
        { connection in
            try await connection.send("220 echo\r\n")
            while let line = await connection.readLine() {
                let words = line.split(separator: " ").map(String.init)
                switch words.first?.uppercased() {
                case "EHLO":
                    try await connection.send("250-echo\r\n250 AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256\r\n")
                case "AUTH":
                    let mechanism = words.count > 1 ? words[1].uppercased() : ""
                    var secret: String?
                    switch mechanism {
                    case "PLAIN":
                        secret = words.count > 2 ? words[2] : nil
                    case "LOGIN":
                        try await connection.send("334 VXNlcm5hbWU6\r\n")
                        _ = await connection.readLine()
                        try await connection.send("334 UGFzc3dvcmQ6\r\n")
                        secret = await connection.readLine()
                    case "CRAM-MD5":
                        try await connection.send(
                            "334 " + Data("<1896.697170952@echo.test>".utf8).base64EncodedString() + "\r\n"
                        )
                        secret = await connection.readLine()
                    default:
                        let first = String(decoding: base64Decoded(words.count > 2 ? words[2] : ""), as: UTF8.self)
                        let nonce = first.components(separatedBy: "r=").last ?? ""
                        let salt = Data("pepper".utf8).base64EncodedString()
                        let serverFirst = "r=\(nonce)echo,s=\(salt),i=4096"
                        try await connection.send("334 " + Data(serverFirst.utf8).base64EncodedString() + "\r\n")
                        secret = await connection.readLine()
                    }
                    if let secret { received.add(secret) }
                    try await connection.send(echo(secret ?? "", code: "535"))
                case "QUIT":
                    return
                default:
                    try await connection.send("250 ok\r\n")
                }
            }
        }
    }

    static func imapEcho(_ received: Received) -> @Sendable (ServerConnection) async throws -> Void {
        { connection in
            try await connection.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=CRAM-MD5] echo\r\n")
            while let line = await connection.readLine() {
                let words = line.split(separator: " ").map(String.init)
                guard words.count >= 2 else { continue }
                switch words[1].uppercased() {
                case "AUTHENTICATE":
                    if words.count > 2, words[2].uppercased() == "CRAM-MD5" {
                        try await connection.send("+ " + Data("<77.1@echo.test>".utf8).base64EncodedString() + "\r\n")
                    } else {
                        try await connection.send("+ \r\n")
                    }
                    let secret = await connection.readLine() ?? ""
                    received.add(secret)
                    let lines = echo(secret, code: "*").replacingOccurrences(of: "*-", with: "* ")
                    try await connection.send(lines + "\(words[0]) NO [AUTHENTICATIONFAILED] \(secret)\r\n")
                case "LOGIN":
                    received.add(line)
                    try await connection.send(
                        "* BAD you sent \(line)\r\n\(words[0]) NO [AUTHENTICATIONFAILED] \(line)\r\n"
                    )
                case "LOGOUT":
                    try await connection.send("* BYE\r\n\(words[0]) OK bye\r\n")
                    return
                default:
                    try await connection.send("\(words[0]) OK done\r\n")
                }
            }
        }
    }

    static func pop3Echo(_ received: Received) -> @Sendable (ServerConnection) async throws -> Void {
        { connection in
            try await connection.send("+OK echo\r\n")
            while let line = await connection.readLine() {
                let words = line.split(separator: " ").map(String.init)
                switch words.first?.uppercased() {
                case "CAPA": try await connection.send("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n")
                case "USER": try await connection.send("+OK\r\n")
                case "PASS":
                    received.add(line)
                    try await connection.send("-ERR [AUTH] you sent \(line) \(hex(Array(line.utf8)))\r\n")
                case "AUTH":
                    let secret = words.count > 2 ? words[2] : ""
                    received.add(secret)
                    let decoded = String(decoding: base64Decoded(secret).map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
                    try await connection.send(
                        "-ERR [AUTH] you sent \(secret) = \(decoded) = \(hex(base64Decoded(secret)))\r\n"
                    )
                case "QUIT":
                    try await connection.send("+OK bye\r\n")
                    return
                default: try await connection.send("-ERR what\r\n")
                }
            }
        }
    }

    @Test func anEchoingServerNeverGetsThePasswordOnTheTerminal() async throws {
        let password = #"s3cr"t \pa55-"# + UUID().uuidString.prefix(8)
        let user = "alice@echo.test"
        let certificates = try TestCertificates()
        let caFile = try certificates.writeCAFile()
        defer { try? FileManager.default.removeItem(atPath: caFile) }
        let context = try certificates.serverContext(names: ["mail.test.example"])
        let received = Received()
        let scripts = [Self.smtpEcho(received), Self.imapEcho(received), Self.pop3Echo(received)].map {
            ScriptedServer.Script(tls: context, $0)
        }
        try await ScriptedServer.with(scripts) { servers in
            try await echoingServers(
                servers[0],
                servers[1],
                servers[2],
                received: received,
                password: password,
                user: user,
                caFile: caFile
            )
        }
    }

    func echoingServers(
        _ smtp: ScriptedServer,
        _ imap: ScriptedServer,
        _ pop3: ScriptedServer,
        received: Received,
        password: String,
        user: String,
        caFile: String
    ) async throws {
        let cases: [(String, String)] = [
            ("submissions:\(smtp.port)", "PLAIN"), ("submissions:\(smtp.port)", "LOGIN"),
            ("submissions:\(smtp.port)", "CRAM-MD5"), ("submissions:\(smtp.port)", "SCRAM-SHA-1"),
            ("submissions:\(smtp.port)", "SCRAM-SHA-256"), ("imaps:\(imap.port)", "PLAIN"),
            ("imaps:\(imap.port)", "CRAM-MD5"), ("imaps:\(imap.port)", "IMAP-LOGIN"), ("pop3s:\(pop3.port)", "USER"),
            ("pop3s:\(pop3.port)", "PLAIN"),
        ]
        for (service, mechanism) in cases {
            for json in [false, true] {
                let label = "\(service) \(mechanism)\(json ? " --json" : "")"
                let before = received.all.count
                let result = try await run(
                    [
                        "auth", user, "--host", "mail.test.example", "--resolve", "mail.test.example:127.0.0.1",
                        "--service", service, "--ca-file", caFile, "--mechanism", mechanism, "--timeout", "20",
                    ] + (json ? ["--json"] : []),
                    password: password
                )
                #expect(result.status == 1, "\(label): \(result.stdout) \(result.stderr)")
                #expect(result.stdout.contains("redacted"), "\(label): the echo is shown, redacted: \(result.stdout)")
                let sent = received.all.dropFirst(before)
                #expect(!sent.isEmpty, "\(label): the server received the login")
                var forms = SecretsTests.forms(of: password, user: user)
                for line in sent {
                    let decoded = Self.base64Decoded(line)
                    forms += [line, Self.hex(decoded), Self.hex(Array(line.utf8))]
                    // The pieces a derived value travels in: CRAM-MD5's digest, SCRAM's proof.
                    let text = String(decoding: decoded, as: UTF8.self)
                    forms += text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init).filter {
                        $0.count >= 16
                    }
                }
                for form in forms where form.count >= 6 {
                    let output = (result.stdout + result.stderr).lowercased()
                    #expect(!output.contains(form.lowercased()), "\(label) printed a form of the secret: \(form)")
                }
            }
        }
    }
}
