import Foundation
import Testing

@Suite struct InfoCommandTests {
  @Test func versionPrints() throws {
    let r = try CLI.run("--version")
    #expect(r.status == 0)
    #expect(r.stdout == "0.1.0\n")
  }

  @Test func unknownSubcommandIsUsageError() throws {
    let r = try CLI.run("frobnicate")
    #expect(r.status == 2)
  }
}
