/// Local clustering coefficients.
///
/// Unweighted: Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world'
/// networks. Nature 393, 440–442, doi:10.1038/30918. Weighted (geometric mean): Onnela, J.-P.,
/// Saramäki, J., Kertész, J. & Kaski, K. (2005). Intensity and coherence of motifs in weighted
/// complex networks. Phys. Rev. E 71, 065103, doi:10.1103/PhysRevE.71.065103. Directed:
/// Fagiolo, G. (2007). Clustering in complex directed networks. Phys. Rev. E 76, 026107,
/// doi:10.1103/PhysRevE.76.026107.
extension Graph {
  /// The local clustering coefficient of every node: the share of pairs of a node's partners
  /// that are tied to each other. Self-loops are ignored; a node with fewer than two partners
  /// scores 0.
  ///
  /// Undirected: 2T(u) / (d(d − 1)). Weighted: each triangle counts the cube root of the
  /// product of its three strengths, each divided by the largest strength in the graph
  /// (Onnela et al.). Directed: Fagiolo's count of directed triangles over
  /// 2(d_tot(d_tot − 1) − 2 d_bidirectional). Equals `networkx.clustering(G)`
  /// (`weight="weight"` when `weighted`).
  ///
  /// - Parameter weighted: use tie strengths.
  /// - Returns: one coefficient per node, in [0, 1].
  /// - Complexity: O(Σ_v d(v)²) time, O(n) memory.
  public func clustering(weighted: Bool = false) -> [Double] {
    let n = nodeCount
    let useWeights = weighted && isWeighted
    var maxWeight = 1.0
    if useWeights, let ws = weights, let m = ws.max() { maxWeight = m }
    func wt(_ a: Int) -> Double { useWeights ? (weights?[a] ?? 1) / maxWeight : 1 }
    func term(_ x: Double) -> Double { useWeights ? Foundation.cbrt(x) : x }
    var result = [Double](repeating: 0, count: n)
    if !isDirected {
      // mark[k] = normalized strength of u–k (0 when k is not a neighbour of u).
      var mark = [Double](repeating: 0, count: n)
      for u in nodes {
        var degree = 0
        for a in arcs(of: u) where Int(targets[a]) != u {
          mark[Int(targets[a])] = wt(a)
          degree += 1
        }
        var t = 0.0
        for a in arcs(of: u) {
          let j = Int(targets[a])
          if j == u { continue }
          let wuj = wt(a)
          for b in arcs(of: j) {
            let k = Int(targets[b])
            if k == j || k == u { continue }
            let wuk = mark[k]
            if wuk > 0 { t += term(wuj * wt(b) * wuk) }
          }
        }
        for a in arcs(of: u) { mark[Int(targets[a])] = 0 }
        if t != 0 { result[u] = t / Double(degree * (degree - 1)) }
      }
      return result
    }
    // Directed (Fagiolo): every pair of i's neighbours j, k (in either direction) with a tie
    // between j and k (in either direction) adds one term per combination of directions.
    let reversed = transposed()
    var inMark = [Double](repeating: 0, count: n)  // ŵ(k → i)
    var outMark = [Double](repeating: 0, count: n)  // ŵ(i → k)
    for i in nodes {
      var preds = 0, succs = 0, both = 0
      for a in reversed.arcs(of: i) where Int(reversed.targets[a]) != i {
        inMark[Int(reversed.targets[a])] = useWeights ? (reversed.weights?[a] ?? 1) / maxWeight : 1
        preds += 1
      }
      for a in arcs(of: i) where Int(targets[a]) != i {
        let k = Int(targets[a])
        outMark[k] = wt(a)
        succs += 1
        if inMark[k] > 0 { both += 1 }
      }
      var t = 0.0
      // j ranges over predecessors (tie weight ŵ(j → i)) and successors (ŵ(i → j)).
      func visit(_ j: Int, _ wij: Double) {
        for b in arcs(of: j) {  // j → k
          let k = Int(targets[b])
          if k == j || k == i { continue }
          let wjk = wt(b)
          if inMark[k] > 0 { t += term(wij * inMark[k] * wjk) }
          if outMark[k] > 0 { t += term(wij * outMark[k] * wjk) }
        }
        for b in reversed.arcs(of: j) {  // k → j
          let k = Int(reversed.targets[b])
          if k == j || k == i { continue }
          let wkj = useWeights ? (reversed.weights?[b] ?? 1) / maxWeight : 1
          if inMark[k] > 0 { t += term(wij * inMark[k] * wkj) }
          if outMark[k] > 0 { t += term(wij * outMark[k] * wkj) }
        }
      }
      for a in reversed.arcs(of: i) where Int(reversed.targets[a]) != i {
        let j = Int(reversed.targets[a])
        visit(j, inMark[j])
      }
      for a in arcs(of: i) where Int(targets[a]) != i {
        let j = Int(targets[a])
        visit(j, outMark[j])
      }
      for a in reversed.arcs(of: i) { inMark[Int(reversed.targets[a])] = 0 }
      for a in arcs(of: i) { outMark[Int(targets[a])] = 0 }
      let total = preds + succs
      if t != 0 { result[i] = t / (Double(total * (total - 1) - 2 * both) * 2) }
    }
    return result
  }

  /// The mean of the local clustering coefficients over all nodes (zeros included). Equals
  /// `networkx.average_clustering(G)` (`weight="weight"` when `weighted`).
  ///
  /// - Returns: the average, or 0 for a graph without nodes (networkx raises).
  /// - Complexity: as ``clustering(weighted:)``.
  public func averageClustering(weighted: Bool = false) -> Double {
    let c = clustering(weighted: weighted)
    return c.isEmpty ? 0 : c.reduce(0, +) / Double(c.count)
  }
}

import Foundation
