import Foundation
import Synchronization

/// Removes a secret from server text before anything is recorded, printed or logged, in every form MailConf sent
/// it: the password itself, its base64 and hex, the base64 of each SASL response that carried it (the whole PLAIN
/// message, LOGIN's password prompt answer), and the values derived from it that a mechanism holds (CRAM-MD5's
/// digest, SCRAM's proof and keys). A server, or a TLS-terminating middlebox, that echoes what it received then
/// shows `<redacted>`.
///
/// Matching ignores ASCII case and also catches pieces of a form at least ``minimumFragment`` characters long, so
/// an echo cut by a line break or by a length limit is caught too.
public final class SecretRedactor: Sendable {
    /// What replaces a secret.
    public static let marker = "<redacted>"
    /// The shortest piece of a longer form that is still redacted.
    public static let minimumFragment = 6

    private let forms = Mutex<[[UInt8]]>([])

    /// A redactor for `password` (and, for IMAP `LOGIN`, its quoted-string form).
    public init(password: Secret) {
        add(secret: password.bytes)
        var quoted: [UInt8] = []
        for byte in password.bytes {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { quoted.append(UInt8(ascii: "\\")) }
            quoted.append(byte)
        }
        add(text: quoted)
    }

    /// Adds a secret value: its bytes, its base64, its hex, and the hex of its base64 (what a hex dump of the
    /// wire shows).
    public func add(secret bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let base64 = Array(
            Data(bytes).base64EncodedString().utf8.reversed().drop { $0 == UInt8(ascii: "=") }.reversed()
        )
        add(text: bytes)
        add(text: base64)
        add(text: Self.hex(bytes))
        add(text: Self.hex(base64))
    }

    private static func hex(_ bytes: [UInt8]) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }
    }

    private func add(text: [UInt8]) {
        let folded = text.map(Self.fold)
        guard !folded.isEmpty else { return }
        forms.withLock { forms in
            if !forms.contains(folded) { forms.append(folded) }
        }
    }

    /// Whether `bytes` contain any secret form whole.
    public func containsSecret(_ bytes: [UInt8]) -> Bool {
        let folded = bytes.map(Self.fold)
        return forms.withLock { forms in
            forms.contains { form in
                folded.count >= form.count
                    && (0...(folded.count - form.count)).contains { folded[$0..<($0 + form.count)].elementsEqual(form) }
            }
        }
    }

    /// `text` with every secret form, and every piece of one at least ``minimumFragment`` long, replaced.
    public func redact(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let folded = bytes.map(Self.fold)
        let forms = self.forms.withLock { $0 }
        guard !forms.isEmpty, !folded.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < folded.count {
            var longest = 0
            for form in forms {
                let needed = min(form.count, Self.minimumFragment)
                var start = 0
                while start < form.count {
                    var length = 0
                    while start + length < form.count, index + length < folded.count,
                        form[start + length] == folded[index + length]
                    {
                        length += 1
                    }
                    if length >= needed, length > longest { longest = length }
                    start += 1
                }
            }
            if longest > 0 {
                output += Array(Self.marker.utf8)
                index += longest
                // Base64 padding after a form belongs to it.
                var padding = 0
                while padding < 2, index < folded.count, folded[index] == UInt8(ascii: "=") {
                    index += 1
                    padding += 1
                }
                changed = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
