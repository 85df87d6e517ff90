import Foundation
import FuzzSupport
import MailConfCore

/// Provider files, as contributors write them and `--providers DIR` loads them: parsing never traps, and a
/// record read is written back (`fileText`) as a file that reads to the same record.
func fuzzProviderFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parser = ProviderFileParser()
    let record: ProviderRecord
    do {
        record = try parser.parse(FuzzInput(data, size).text, fileName: "fuzz.conf")
    } catch {
        _ = error.description
        return 0
    }
    for server in record.servers {
        require((1...65535).contains(server.port), "port \(server.port) out of range")
    }
    let written = record.fileText
    do {
        let again = try parser.parse(written, fileName: "fuzz.conf")
        require(again == record, "the file written back reads differently:\n\(written)")
    } catch {
        require(false, "the file written back does not read: \(error)\n\(written)")
    }
    return 0
}

exit(runFuzzer(fuzzProviderFile))
