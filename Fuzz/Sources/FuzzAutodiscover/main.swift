import Foundation
import FuzzSupport
import MailConfCore

/// Autodiscover POX requests, as any HTTP client may POST them to `serve`: reading never traps, and a request
/// read is written back as XML that reads to the same request.
func fuzzAutodiscover(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let request = try? AutodiscoverRequestParser().parse(Data(FuzzInput(data, size).bytes)) else { return 0 }
    _ = request.acceptsOutlookResponse
    if let email = request.emailAddress { _ = try? EmailAddress(parsing: email) }
    let written = request.xml
    do {
        let again = try AutodiscoverRequestParser().parse(Data(written.utf8))
        require(again == request, "the request written back reads differently:\n\(written)")
    } catch {
        require(false, "the request written back does not read: \(error)\n\(written)")
    }
    return 0
}

exit(runFuzzer(fuzzAutodiscover))
