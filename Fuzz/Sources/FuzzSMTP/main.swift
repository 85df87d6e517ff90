import Foundation
import FuzzSupport
import MailConfCore

/// What an SMTP server sends: reply lines assembled into replies, EHLO capabilities and AUTH mechanisms.
func fuzzSMTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var parser = SMTPReplyParser(maximumLines: 32)
    for line in FuzzInput(data, size).lines {
        let reply: SMTPReply?
        do {
            reply = try parser.feed(line)
        } catch {
            _ = error.description
            parser = SMTPReplyParser(maximumLines: 32)
            continue
        }
        guard let reply else { continue }
        require((200...599).contains(reply.code), "reply code \(reply.code)")
        require(!reply.lines.isEmpty && reply.lines.count <= 32, "\(reply.lines.count) lines in one reply")
        let capabilities = SMTPCapabilities(ehlo: reply)
        _ = capabilities.has("STARTTLS")
        for mechanism in capabilities.authMechanisms {
            require(!mechanism.isEmpty && mechanism == mechanism.uppercased(), "mechanism '\(mechanism)'")
        }
        _ = SASL.strongest(of: capabilities.authMechanisms)
    }
    return 0
}

exit(runFuzzer(fuzzSMTP))
