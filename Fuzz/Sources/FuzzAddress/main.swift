import Foundation
import FuzzSupport
import MailConfCore

/// Email addresses as typed by users and sent by any HTTP client, IDN included: parsing never traps, and a
/// parsed address is a fixed point — its normalised form and its Unicode form parse back to the same address.
func fuzzAddress(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    _ = try? HostName(parsing: text)
    if let domain = try? EmailAddress.normalise(domain: text) {
        require((try? EmailAddress.normalise(domain: domain)) == domain, "normalised domain '\(domain)' not stable")
    }
    guard let address = try? EmailAddress(parsing: text) else { return 0 }
    let domain = address.domain
    require(!domain.isEmpty && domain.utf8.count <= 253, "domain length \(domain.utf8.count)")
    require(domain.unicodeScalars.allSatisfy { $0.isASCII }, "domain '\(domain)' is not ASCII")
    require(domain == domain.lowercased(), "domain '\(domain)' is not lower case")
    require(!domain.hasSuffix("."), "domain '\(domain)' ends with a dot")
    require(address.localPart.utf8.count <= 64, "local part longer than 64 octets")
    let again = try? EmailAddress(parsing: address.address)
    require(again == address, "'\(address.address)' does not parse back to itself")
    let unicode = try? EmailAddress(parsing: address.localPart + "@" + address.unicodeDomain)
    require(unicode == address, "the Unicode form '\(address.unicodeDomain)' does not parse back to '\(domain)'")
    return 0
}

exit(runFuzzer(fuzzAddress))
