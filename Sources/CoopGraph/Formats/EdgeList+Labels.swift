extension EdgeList {
  /// Numbers an edge list's labels by first appearance, making no string for a label that is
  /// a plain decimal integer below 2³² − 1 (no sign, no leading zero: `0`, `17`).
  ///
  /// While every label so far is such an integer, the edges hold the label values themselves
  /// and nothing else is kept but the largest; ``finish(_:)`` renumbers them in one pass over
  /// the edges, in the order they were read (tail before head), which is first appearance. The
  /// first other label triggers that renumbering early (``switchToNumbering(_:)``), and from
  /// then on each label is numbered as it is read: integers through the same map, other labels
  /// through a dictionary of names. A plain integer and a name never share a node: `7` is
  /// always an integer and `007` always a name, as before.
  struct Labels {
    /// Whether the edges hold node numbers (after a label that is not a plain integer), or
    /// still the label values.
    private var numbering = false
    private var largest: UInt32 = 0
    /// The ids, by node number (empty while the edges hold label values).
    private var ids: [String] = []
    /// Node by label value, for values below its count (`UInt32.max`: not seen).
    private var dense: [UInt32] = []
    /// Node by label value, for values past `dense`.
    private var sparse: [UInt32: UInt32] = [:]
    private var named: [String: UInt32] = [:]

    /// The nodes (or, before numbering starts, the label values) of the labels
    /// `bytes[a]` and `bytes[b]` of one line, in that order.
    @inline(__always)
    mutating func nodes(
      _ bytes: ArrayView<UInt8>, _ a: Range<Int>, _ b: Range<Int>, edges: inout EdgeBuffer
    ) -> (UInt32, UInt32) {
      let x = Self.plainInteger(bytes, a), y = Self.plainInteger(bytes, b)
      if !numbering, let x, let y {
        largest = Swift.max(largest, x, y)
        return (x, y)
      }
      if !numbering { switchToNumbering(&edges) }
      let u = x.map { node(ofValue: $0) } ?? node(named: bytes, a)
      let v = y.map { node(ofValue: $0) } ?? node(named: bytes, b)
      return (u, v)
    }

    /// The value of a label that is a plain decimal integer below 2³² − 1, or `nil`.
    @inline(__always)
    static func plainInteger(_ bytes: ArrayView<UInt8>, _ r: Range<Int>) -> UInt32? {
      let length = r.count
      guard length <= 10 && (length == 1 || bytes[r.lowerBound] != 0x30) else { return nil }
      var value: UInt64 = 0
      for k in r {
        let d = bytes[k] &- 0x30
        if d > 9 { return nil }
        value = value &* 10 &+ UInt64(d)
      }
      return value < UInt64(UInt32.max) ? UInt32(truncatingIfNeeded: value) : nil
    }

    private mutating func node(named bytes: ArrayView<UInt8>, _ r: Range<Int>) -> UInt32 {
      let label = bytes.string(r)
      if let i = named[label] { return i }
      let i = UInt32(truncatingIfNeeded: ids.count)
      ids.append(label)
      named[label] = i
      return i
    }

    /// The ids by node number, with the edges renumbered if they still hold label values.
    mutating func finish(_ edges: inout EdgeBuffer) -> [String] {
      if !numbering { switchToNumbering(&edges) }
      dense = []
      sparse = [:]
      named = [:]
      return ids
    }

    /// Renumbers the label values the edges hold, by first appearance, with a flat map when the
    /// largest value is below the number of endpoints (labels `0..<n` or nearly, 4 bytes a
    /// value) and a dictionary of integers otherwise.
    private mutating func switchToNumbering(_ edges: inout EdgeBuffer) {
      numbering = true
      if edges.count > 0 && Int(largest) < Swift.max(2 * edges.count, 1 << 16) {
        dense = [UInt32](repeating: .max, count: Int(largest) + 1)
      }
      edges.remapEndpoints { node(ofValue: $0) }
    }

    @inline(__always)
    private mutating func node(ofValue v: UInt32) -> UInt32 {
      if Int(v) < dense.count {
        let known = dense[Int(v)]
        if known != .max { return known }
        let i = UInt32(truncatingIfNeeded: ids.count)
        dense[Int(v)] = i
        ids.append(String(v))
        return i
      }
      if let known = sparse[v] { return known }
      let i = UInt32(truncatingIfNeeded: ids.count)
      sparse[v] = i
      ids.append(String(v))
      return i
    }
  }
}
