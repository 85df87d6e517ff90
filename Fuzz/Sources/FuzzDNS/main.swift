import Foundation
import FuzzSupport
import MailConfCore

/// DNS answers from any server: the first byte picks the record type asked for, the rest is the message.
/// Reading never traps or reads outside the message (ASan), and what it returns is in range.
func fuzzDNS(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    guard let first = bytes.first else { return 0 }
    let types: [DNSRecordType] = [.a, .aaaa, .mx, .srv, .txt]
    let type = types[Int(first) % types.count]
    let answer = DNSMessageParser.parse(Array(bytes.dropFirst()), name: "example.com", type: type)
    require(answer.status != .ok || !answer.records.isEmpty, "ok without records")
    for record in answer.records {
        switch record {
        case .mx(let preference, let host):
            require((0...65535).contains(preference) && host.utf8.count <= 1025, "MX \(preference) \(host)")
        case .srv(let priority, let weight, let port, _):
            require(
                [priority, weight, port].allSatisfy { (0...65535).contains($0) },
                "SRV \(priority) \(weight) \(port)"
            )
        case .a(let address):
            require(address.split(separator: ".").count == 4, "A \(address)")
        case .aaaa, .txt:
            break
        }
    }
    _ = answer.addresses
    return 0
}

exit(runFuzzer(fuzzDNS))
