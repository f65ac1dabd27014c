/// The edges of a graph being built, as they were added: tails and heads as 32-bit node
/// indices and, once some edge gave one, strengths, in blocks of ``blockSize``.
///
/// Blocks rather than one growing array: appending never copies what is already stored (a
/// growing array briefly holds its old and its new buffer, up to three times the edges), the
/// slack is at most one block, and ``Graph/assemble(_:ids:directed:parallelEdges:)`` frees each
/// block as soon as its edges are in the rows. Memory: 8 bytes an edge, 16 when weighted.
struct EdgeBuffer: Sendable {
  /// Edges a block holds: 64 Ki, 256 KiB of tails or heads.
  static let blockSize = 1 << 16

  private(set) var tails: [[UInt32]] = []
  private(set) var heads: [[UInt32]] = []
  /// In lock step with the tails and heads, or empty while no edge gave a strength.
  private(set) var strengths: [[Double]] = []
  private(set) var count = 0

  /// Whether some edge gave a strength.
  var isWeighted: Bool { !strengths.isEmpty }

  /// Adds the edge `u → v`; a `weight` of `nil` is the strength 1 of an unweighted edge.
  @inline(__always)
  mutating func append(_ u: UInt32, _ v: UInt32, weight: Double? = nil) {
    if count & (Self.blockSize - 1) == 0 { addBlock() }
    let b = tails.count - 1
    if let weight {
      if strengths.isEmpty { startStrengths() }
      strengths[b].append(weight)
    } else if !strengths.isEmpty {
      strengths[b].append(1)
    }
    tails[b].append(u)
    heads[b].append(v)
    count += 1
  }

  private mutating func addBlock() {
    var t = [UInt32](), h = [UInt32]()
    t.reserveCapacity(Self.blockSize)
    h.reserveCapacity(Self.blockSize)
    tails.append(t)
    heads.append(h)
    if !strengths.isEmpty {
      var s = [Double]()
      s.reserveCapacity(Self.blockSize)
      strengths.append(s)
    }
  }

  /// Strength 1 for every edge stored so far, the first time an edge gives one.
  private mutating func startStrengths() {
    strengths = tails.map { block in
      var s = [Double](repeating: 1, count: block.count)
      s.reserveCapacity(Self.blockSize)
      return s
    }
  }

  /// Calls `body` with each edge's tail, head and strength (1 when no edge gave one), in the
  /// order they were added.
  func forEach(_ body: (UInt32, UInt32, Double) throws -> Void) rethrows {
    for b in tails.indices {
      try tails[b].withArrayView { t in
        try heads[b].withArrayView { h in
          if strengths.isEmpty {
            for i in 0..<t.count { try body(t[i], h[i], 1) }
          } else {
            try strengths[b].withArrayView { s in
              for i in 0..<t.count { try body(t[i], h[i], s[i]) }
            }
          }
        }
      }
    }
  }

  /// Replaces every tail and head `x` by `map(x)`, in the order the edges were added (tail
  /// before head), in place.
  mutating func remapEndpoints(_ map: (UInt32) throws -> UInt32) rethrows {
    for b in tails.indices {
      try tails[b].withMutableArrayView { t in
        try heads[b].withMutableArrayView { h in
          for i in 0..<t.count {
            t[i] = try map(t[i])
            h[i] = try map(h[i])
          }
        }
      }
    }
  }

  /// Removes and returns the first block of tails, heads and strengths (empty when unweighted),
  /// so that its memory goes as soon as the caller is done with it.
  mutating func popFirstBlock() -> (tails: [UInt32], heads: [UInt32], strengths: [Double])? {
    guard !tails.isEmpty else { return nil }
    let t = tails.removeFirst(), h = heads.removeFirst()
    let s = strengths.isEmpty ? [] : strengths.removeFirst()
    count -= t.count
    return (t, h, s)
  }
}
