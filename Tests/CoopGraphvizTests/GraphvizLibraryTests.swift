import CoopGraphviz
import Testing

@Suite struct GraphvizLibraryTests {
  @Test func linkedLibraryReportsItsVersion() {
    let parts = Graphviz.version.split(separator: ".")
    #expect(parts.count >= 2)
    #expect(parts.allSatisfy { Int($0) != nil })
  }
}
