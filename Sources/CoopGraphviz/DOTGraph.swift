/// A graph in the terms of the DOT language, independent of Graphviz's C structures.
///
/// ``DOTWriter`` writes it as DOT text; ``Renderer/parse(_:file:)`` reads DOT text into it
/// through cgraph's own parser, and ``DOTImport`` turns it into a ``CoopGraph/Network``.
/// Attribute lists keep their order, so the same graph always writes the same bytes.
public struct DOTGraph: Hashable, Sendable {
  public var name: String
  public var directed: Bool
  /// A strict graph has at most one edge between two nodes (in each direction) and no loops.
  public var strict: Bool
  /// Graph attributes (`rankdir`, `label`, ...).
  public var attributes: DOTAttributes
  /// Defaults for every node (`node [...]`).
  public var nodeDefaults: DOTAttributes
  /// Defaults for every edge (`edge [...]`).
  public var edgeDefaults: DOTAttributes
  /// Nodes in declaration order, with their own attributes.
  public var nodes: [DOTNode]
  /// Edges in declaration order.
  public var edges: [DOTEdge]
  /// Subgraphs (clusters when their name starts with `cluster`), nested.
  public var subgraphs: [DOTSubgraph]

  public init(
    name: String = "", directed: Bool = false, strict: Bool = false, attributes: DOTAttributes = [:],
    nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [],
    edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
  ) {
    self.name = name
    self.directed = directed
    self.strict = strict
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.edges = edges
    self.subgraphs = subgraphs
  }

  /// The same graph with the node and edge defaults folded into every node and edge, and
  /// subgraph attributes that only repeat their parent's value dropped, empty values dropped and
  /// attributes sorted by name: the form in which
  /// cgraph reports a parsed graph, so that written and parsed graphs compare equal.
  public func resolved() -> DOTGraph {
    var g = self
    g.nodes = nodes.map { n in
      var m = n
      m.attributes = nodeDefaults.merging(n.attributes)
      return m
    }
    g.edges = edges.map { e in
      var f = e
      f.attributes = edgeDefaults.merging(e.attributes)
      return f
    }
    g.nodeDefaults = [:]
    g.edgeDefaults = [:]
    g.attributes = attributes.removingEmpty().sortedByKey()
    g.nodes = g.nodes.map { var n = $0; n.attributes = n.attributes.removingEmpty().sortedByKey(); return n }
    g.edges = g.edges.map { var e = $0; e.attributes = e.attributes.removingEmpty().sortedByKey(); return e }
    func resolve(_ s: DOTSubgraph, inherited: DOTAttributes) -> DOTSubgraph {
      var t = s
      let effective = inherited.merging(s.attributes)
      t.attributes = DOTAttributes(s.attributes.filter { inherited[$0.key] != $0.value }.filter { !$0.value.text.isEmpty }).sortedByKey()
      t.subgraphs = s.subgraphs.map { resolve($0, inherited: effective) }
      return t
    }
    g.subgraphs = subgraphs.map { resolve($0, inherited: g.attributes) }
    return g
  }

  /// Every node id that a subgraph (at any depth) holds.
  public func members(of subgraph: DOTSubgraph) -> [String] {
    subgraph.nodes + subgraph.subgraphs.flatMap { members(of: $0) }
  }
}

/// A node statement: an id and the node's own attributes.
public struct DOTNode: Hashable, Sendable {
  public var id: String
  public var attributes: DOTAttributes
  public init(_ id: String, _ attributes: DOTAttributes = [:]) {
    self.id = id
    self.attributes = attributes
  }
}

/// An edge statement between two node ids. Ports are the `tailport`/`headport` attributes.
public struct DOTEdge: Hashable, Sendable {
  public var tail: String
  public var head: String
  public var attributes: DOTAttributes
  public init(_ tail: String, _ head: String, _ attributes: DOTAttributes = [:]) {
    self.tail = tail
    self.head = head
    self.attributes = attributes
  }
}

/// A subgraph: its own graph attributes, the nodes placed directly in it, and nested subgraphs.
public struct DOTSubgraph: Hashable, Sendable {
  public var name: String
  public var attributes: DOTAttributes
  /// Nodes that belong to this subgraph and not to one of its nested subgraphs.
  public var nodes: [String]
  public var subgraphs: [DOTSubgraph]
  public init(_ name: String, attributes: DOTAttributes = [:], nodes: [String] = [], subgraphs: [DOTSubgraph] = []) {
    self.name = name
    self.attributes = attributes
    self.nodes = nodes
    self.subgraphs = subgraphs
  }

  /// Whether Graphviz draws the subgraph as a box (its name starts with `cluster`).
  public var isCluster: Bool { name.hasPrefix("cluster") }
}

/// An attribute value: text (a quoted DOT string) or an HTML-like label (`<...>`).
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  case text(String)
  case html(String)
  public init(stringLiteral value: String) { self = .text(value) }
  /// The value without its DOT delimiters.
  public var text: String {
    switch self {
    case .text(let s), .html(let s): return s
    }
  }
  public var description: String { text }
}

/// Attributes in the order they were set; setting an attribute again replaces its value in place.
public struct DOTAttributes: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
  public private(set) var pairs: [(key: String, value: DOTValue)] = []

  public init() {}
  public init(dictionaryLiteral elements: (String, DOTValue)...) {
    for (k, v) in elements { self[k] = v }
  }
  public init(_ pairs: some Sequence<(key: String, value: DOTValue)>) {
    for p in pairs { self[p.key] = p.value }
  }

  public var isEmpty: Bool { pairs.isEmpty }
  public var count: Int { pairs.count }
  public var keys: [String] { pairs.map(\.key) }

  public subscript(key: String) -> DOTValue? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let i = pairs.firstIndex(where: { $0.key == key }) {
        if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
      } else if let newValue {
        pairs.append((key, newValue))
      }
    }
  }

  /// These attributes, then `other`'s (which win).
  public func merging(_ other: DOTAttributes) -> DOTAttributes {
    var m = self
    for p in other.pairs { m[p.key] = p.value }
    return m
  }

  /// The same attributes sorted by name: the order cgraph reports them in is not the file's.
  public func sortedByKey() -> DOTAttributes {
    DOTAttributes(pairs.sorted { $0.key < $1.key })
  }

  func removingEmpty() -> DOTAttributes {
    DOTAttributes(pairs.filter { !$0.value.text.isEmpty }).sortedByKey()
  }

  public func makeIterator() -> IndexingIterator<[(key: String, value: DOTValue)]> { pairs.makeIterator() }

  public static func == (a: DOTAttributes, b: DOTAttributes) -> Bool {
    a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }
  public func hash(into h: inout Hasher) {
    for p in pairs {
      h.combine(p.key)
      h.combine(p.value)
    }
  }
}

extension DOTGraph {
  /// Follows renamed nodes (old id → new id) in the edges' ends and the subgraphs' node
  /// lists; the nodes themselves are renamed by the caller.
  /// - Complexity: O(edges + subgraph members).
  mutating func renameEdgeEnds(_ rename: [String: String]) {
    guard !rename.isEmpty else { return }
    for i in edges.indices {
      if let t = rename[edges[i].tail] { edges[i].tail = t }
      if let h = rename[edges[i].head] { edges[i].head = h }
    }
    func follow(_ s: inout DOTSubgraph) {
      s.nodes = s.nodes.map { rename[$0] ?? $0 }
      for j in s.subgraphs.indices { follow(&s.subgraphs[j]) }
    }
    for j in subgraphs.indices { follow(&subgraphs[j]) }
  }
}
