import Foundation
import FuzzSupport
import MailConfCore

/// What an IMAP server sends: response lines, literal markers, capability lists and response codes.
func fuzzIMAP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    for line in FuzzInput(data, size).lines {
        if let length = IMAPResponse.literalLength(at: line) {
            require(length >= 0, "negative literal length \(length) from '\(line)'")
        }
        guard let response = try? IMAPResponse(parsing: line) else { continue }
        switch response {
        case .untagged(let keyword, let code, let text):
            require(!keyword.isEmpty, "empty keyword")
            if keyword == "CAPABILITY" { _ = IMAPCapabilities(text).authMechanisms }
            if let code, code.uppercased().hasPrefix("CAPABILITY") { _ = IMAPCapabilities(code).has("STARTTLS") }
        case .tagged(let tag, let status, _, _):
            require(!tag.isEmpty && ["OK", "NO", "BAD"].contains(status), "tagged '\(tag)' '\(status)'")
        case .continuation:
            break
        }
    }
    return 0
}

exit(runFuzzer(fuzzIMAP))
