import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders

/// Measures in-process lookup cost: address parsing, the bundled database, ranking and JSON rendering.
@main
struct LookupBenchmark {
    static func main() async throws {
        let iterations = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 20000
        let database = BundledProviderDatabase()
        // The pipeline `mailconf lookup --offline` runs: the one Discovery, with the database as its only live source.
        let resolver = Discovery.offline(database: database)
        let addresses = [
            "alice@gmail.com", "ayşe@yandex.com.tr", "bob@web.de", "carol@outlook.com", "x@unknown.example",
        ]
        let parsed = try addresses.map { try EmailAddress(parsing: $0) }

        // Warm up (first-use costs are part of the cold-process figure, not this one).
        for address in parsed { _ = await resolver.lookup(address) }

        let clock = ContinuousClock()
        var bytes = 0
        let lookup = await clock.measure {
            for index in 0..<iterations {
                let result = await resolver.lookup(parsed[index % parsed.count])
                bytes &+= result.config.servers.count
            }
        }
        let parse = try clock.measure {
            for index in 0..<iterations {
                bytes &+= try EmailAddress(parsing: addresses[index % addresses.count]).domain.utf8.count
            }
        }
        let direct = clock.measure {
            for index in 0..<iterations {
                bytes &+= database.provider(forDomain: parsed[index % parsed.count].domain)?.servers.count ?? 0
            }
        }
        let render = await clock.measure {
            let result = await resolver.lookup(parsed[0])
            for _ in 0..<iterations { bytes &+= result.json.serialized().utf8.count }
        }
        func perCall(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            let micro = (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(iterations)
            return String(format: "%.2f µs", micro)
        }
        print("in-process, \(iterations) calls each (checksum \(bytes % 997)):")
        print("  lookup (parse-free, discovery pipeline + database + ranking): \(perCall(lookup)) per call")
        print("  address parsing with IDNA:                          \(perCall(parse)) per call")
        print("  database domain lookup alone:                       \(perCall(direct)) per call")
        print("  JSON rendering of a result:                         \(perCall(render)) per call")
        var roots = TrustRoots(certificates: [])
        let load = try clock.measure { roots = try TrustRoots.load() }
        print("  loading the system trust roots (\(roots.certificates.count) certificates): \(load) once per process")
    }
}
