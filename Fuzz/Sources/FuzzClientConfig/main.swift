import Foundation
import FuzzSupport
import MailConfCore

/// What a domain's autoconfig host serves: Thunderbird clientConfig XML (and the Autodiscover response some
/// domains serve instead). Reading never traps, and a document read is written back as XML the reader accepts
/// and reads to the same configuration.
func fuzzClientConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Data(FuzzInput(data, size).bytes)
    if case .settings(let response)? = try? AutodiscoverResponseParser().parse(input) {
        for server in response.servers() {
            require((0...65535).contains(server.port), "Autodiscover port \(server.port) out of range")
        }
    }
    guard let config = try? ClientConfigParser().parse(input) else { return 0 }
    let account = config.accountConfig()
    for server in account.incoming + account.outgoing {
        require((0...65535).contains(server.port), "port \(server.port) out of range")
    }
    let written = config.xml
    do {
        let again = try ClientConfigParser().parse(written)
        require(again == config, "the document written back reads differently:\n\(written)")
    } catch {
        require(false, "the document written back does not read: \(error)\n\(written)")
    }
    return 0
}

exit(runFuzzer(fuzzClientConfig))
