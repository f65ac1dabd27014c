import CoopGraph
import CoopGraphviz
import Foundation
import Testing

/// Hardening item 10: DOT import and the diagram's tooltips were quadratic (a 40k-edge chain
/// took 77 s to import, `dot` on 50k nodes 5 minutes). Four times the input must take well
/// under eight times as long: the best of three runs at n and 4n (linear is 4, quadratic 16; a
/// 2n ratio, linear 2 against quadratic 4, is within the noise of a loaded machine).
@Suite(.serialized) struct ScalingTests {
  static func bestTime(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }

  static func chain(_ n: Int) -> String {
    var text = "graph {\n"
    for i in 0..<n { text += "  n\(i) -- n\(i + 1) [kind=\"cooperation\"];\n" }
    return text + "}\n"
  }

  @Test func dotImportIsLinear() throws {
    let small = Self.chain(5_000), large = Self.chain(20_000)
    let t1 = try Self.bestTime { _ = try DOTImport.read(text: small, file: "a.gv") }
    let t2 = try Self.bestTime { _ = try DOTImport.read(text: large, file: "b.gv") }
    #expect(t2 / t1 < 8, "5k edges: \(t1) s, 20k edges: \(t2) s")
  }

  static func star(_ n: Int) -> (Network, DiagramStyle) {
    var network = Network()
    network.entities = (0..<n).map { Entity(id: "e\($0)", kind: .enterprise) }
    network.ties = (1..<n).map { Tie(kind: .cooperation, parties: ["e0", "e\($0)"]) }
    var style = DiagramStyle()
    var values: [String: Double] = [:]
    for i in 0..<n { values["e\(i)"] = Double(i % 97) }
    style.tooltipMeasures = [("degree", values), ("betweenness", values)]
    style.legend = false
    return (network, style)
  }

  @Test func diagramTooltipsAreLinear() throws {
    let (a, styleA) = Self.star(2_500)
    let (b, styleB) = Self.star(10_000)
    let t1 = try Self.bestTime { _ = try DOTWriter.write(Diagram.build(a, style: styleA)) }
    let t2 = try Self.bestTime { _ = try DOTWriter.write(Diagram.build(b, style: styleB)) }
    #expect(t2 / t1 < 8, "2.5k nodes: \(t1) s, 10k nodes: \(t2) s")
  }
}
