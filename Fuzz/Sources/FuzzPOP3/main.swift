import Foundation
import FuzzSupport
import MailConfCore

/// What a POP3 server sends: status lines, then a CAPA-style multi-line response read to its lone `.`.
func fuzzPOP3(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var lines = FuzzInput(data, size).lines[...]
    while let line = lines.popFirst() {
        guard let reply = try? POP3Reply(parsing: line) else { continue }
        _ = reply.code
        guard reply.ok else { continue }
        var reader = POP3MultilineReader(maximumLines: 64)
        do {
            while let next = lines.popFirst(), try !reader.feed(next) {}
        } catch {
            require(reader.lines.count == 65, "gave up after \(reader.lines.count) lines, not 65")
            continue
        }
        let capabilities = POP3Capabilities(lines: reader.lines)
        _ = capabilities.has("STLS")
        _ = capabilities.saslMechanisms
    }
    return 0
}

exit(runFuzzer(fuzzPOP3))
