import CoopGraph

/// The line `convert --to graphframes|neo4j-import` prints on stderr.
public enum HandOffText {
  /// `wrote out/vertices.csv (40 vertices: 38 entities, 2 tie vertices) and out/edges.csv (35
  /// edges: 27 two-party ties, 8 memberships)`.
  public static func summary(_ s: HandOffSummary) -> String {
    let vertices = s.entityVertices + s.tieVertices
    let edges = s.tieEdges + s.membershipEdges
    let first = s.files.first ?? "", second = s.files.dropFirst().first ?? ""
    return "wrote \(first) (\(vertices) vertices: \(s.entityVertices) entities, \(s.tieVertices) tie vertices) and "
      + "\(second) (\(edges) edges: \(s.tieEdges) two-party ties, \(s.membershipEdges) memberships)"
  }
}
