import Foundation
import MailConfCore
import MailConfImport
import MailConfProviders
import MailConfTesting
import Testing

/// Runs the importer on the public data sets (present in the development workspace) and checks that it keeps
/// every domain and reproduces `Providers/` exactly.
@Suite(.enabled(if: RepositoryPaths.hasSharedProviderData, "needs ../shared/provider-data"))
struct ProviderImportTests {
    @Test func keepsEveryDomainOfEverySourceAndReproducesProviders() async throws {
        let (providers, report) = try await CPUBound.run {
            try ProviderImport(
                dataDirectory: RepositoryPaths.sharedProviderData,
                curatedDirectory: RepositoryPaths.providers.appendingPathComponent("curated"),
                dataSetDates: ProviderImport.manifestDates(in: RepositoryPaths.sharedProviderData),
                previous: try ProviderDirectory(contentsOf: RepositoryPaths.providers)
            ).run()
        }
        let counts = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.source, $0.domains) })
        #expect(counts[.ispdb] == 962)
        #expect(counts[.deltachat] == 533)
        #expect(counts[.mailcore2] == 186)
        #expect(counts[.k9] == 160)
        #expect(report.isLossless)
        #expect(report.domainCount >= 1317)
        #expect(report.providersWithMX >= 40)

        let committed = try ProviderDirectory(contentsOf: RepositoryPaths.providers)
        let stored = committed.records.sorted { $0.id < $1.id }
        #expect(providers.map(\.id) == stored.map(\.id))
        for (fresh, stored) in zip(providers, stored) where fresh != stored {
            Issue.record("Providers/\(stored.id).conf is stale: run `swift run mailconf providers import`")
        }
    }

    @Test func theConflictReportShowsUserNameAndAuthDifferencesOfTheRealData() async throws {
        let (_, report) = try await CPUBound.run {
            try ProviderImport(
                dataDirectory: RepositoryPaths.sharedProviderData,
                curatedDirectory: RepositoryPaths.providers.appendingPathComponent("curated"),
                dataSetDates: ProviderImport.manifestDates(in: RepositoryPaths.sharedProviderData)
            ).run()
        }
        #expect(report.curatedFilesAreValid, "\(report.curatedIssues)")
        let messages = report.conflicts.map(\.message)
        #expect(messages.contains { $0.hasPrefix("says auth ") })
        #expect(messages.contains { $0.hasPrefix("says username ") })
        #expect(
            report.sources.first { $0.source == .deltachat }?.reservedDomains == [
                "example.com", "example.net", "example.org", "yggmail",
            ]
        )
        #expect(ProviderImport.manifestDates(in: RepositoryPaths.sharedProviderData).count == 4)
    }
}

/// Every domain of the four data sets still answers an offline lookup: with settings, or with what the database
/// knows about its provider, or — for the data sets' test entry — as a reserved name. Single-label names are not
/// addresses at all.
@Suite(.enabled(if: RepositoryPaths.hasSharedProviderData, "needs ../shared/provider-data"))
struct EveryDataSetDomainAnswersTests {
    @Test func everyDomainAnswersOffline() async throws {
        let domains = try await CPUBound.run {
            let data = RepositoryPaths.sharedProviderData
            var domains = Set<String>()
            domains.formUnion(try ISPDBImporter().read(directory: data.appendingPathComponent("ispdb")).allDomains)
            domains.formUnion(
                try DeltaChatImporter().read(directory: data.appendingPathComponent("deltachat")).allDomains
            )
            domains.formUnion(
                try MailCore2Importer().read(file: data.appendingPathComponent("mailcore2-providers.json")).allDomains
            )
            domains.formUnion(try K9Importer().read(file: data.appendingPathComponent("k9-providers.xml")).allDomains)
            return domains
        }
        #expect(domains.count >= 1321)
        let discovery = Discovery.offline(database: BundledProviderDatabase())
        var unanswered: [String] = []
        for domain in domains.sorted() {
            let concrete = domain.hasPrefix("*.") ? "host." + domain.dropFirst(2) : domain
            guard let address = try? EmailAddress(parsing: "someone@\(concrete)") else {
                #expect(!concrete.contains("."), "\(domain) is no address")
                continue
            }
            let result = await discovery.lookup(address)
            let answers =
                result.found || result.config.providerID != nil
                || ReservedNames.reason(for: address.domain) == .documentation
            if !answers { unanswered.append(domain) }
        }
        #expect(unanswered.isEmpty, "\(unanswered)")
    }
}
