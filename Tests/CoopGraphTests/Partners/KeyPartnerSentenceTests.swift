import Testing

@testable import CoopGraph

/// A partner whose open two-paths join partners of one country (or of no country) must not be
/// described as having all its partners tied to each other.
@Suite struct KeyPartnerSentenceTests {
  @Test func outsideGoBetweenIsNotCalledClosed() throws {
    let network = try NativeFormat.read(path: TestData.fixture("cli/small.yaml"))
    let report = try network.keyPartners(projection: .default, options: KeyPartnerOptions())
    let edu = try #require(report.partners.first { $0.id == "edu" })
    #expect(edu.brokerage?.openPairs == 4)
    #expect(edu.sentence.contains("itinerant broker"))
    #expect(!edu.sentence.contains("all tied to each other"))
  }
}
