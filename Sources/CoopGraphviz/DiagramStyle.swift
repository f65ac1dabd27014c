import CoopGraph

/// How a cooperation diagram looks: shapes, colours, sizes, clusters, labels and the legend.
///
/// Analysis results come in as plain values (a measure's value per entity id, a group per
/// entity id), so any centrality or community algorithm can drive the drawing.
public struct DiagramStyle: Sendable {
  /// What decides a node's fill colour.
  public enum ColorBy: Hashable, Sendable {
    /// Every node white.
    case none
    /// The entity kind.
    case kind
    /// A field or attribute of the entity (`country`, `sector`, any attribute key); see
    /// ``CoopGraph/Entity/value(of:)``.
    case attribute(String)
    /// ``DiagramStyle/groups`` (for example communities).
    case groups
  }

  /// One level of cluster boxes.
  public enum ClusterBy: Hashable, Sendable {
    /// Part-of: an entity with visible parts gets a box holding it and its parts, nested as the
    /// part-of hierarchy nests (a university, its schools, their departments).
    case parent
    /// A field or attribute of the entity, as in ``ColorBy/attribute(_:)``.
    case attribute(String)
    /// ``DiagramStyle/groups``.
    case groups
  }

  /// Which ties carry a text label.
  public enum EdgeLabels: String, Hashable, Sendable, CaseIterable {
    /// Only ties with three or more parties (drawn as a small box joining the parties).
    case multiParty = "multi-party"
    /// Every tie with a label (its `label`, else nothing).
    case all
    case none
  }

  /// A title above the legend; by default the network's title.
  public var title: String?
  public var colorBy: ColorBy = .attribute("country")
  public var palette: Palette = .tolLight
  /// Group of each entity id (communities, blocks, any partition), for ``ColorBy/groups`` and
  /// ``ClusterBy/groups``.
  public var groups: [String: String] = [:]
  /// What the groups are called in the legend and cluster labels ("community").
  public var groupName: String = "community"
  /// A measure's value per entity id; nodes grow with it (see ``fontSize(for:range:)``).
  public var nodeSizes: [String: Double]?
  /// The name of that measure, for the legend ("betweenness").
  public var sizeMeasure: String = "size"
  /// Size nodes by their number of partners in the drawing instead of ``nodeSizes``: the
  /// distinct drawn entities each shares a drawn tie with (every other party of a tie of many
  /// parties counts; part-of does not). The legend gives the range, "Size: partners 0–20". A record
  /// that names organizations is sized by ``nodeSizes`` instead, the key-partner view's counts.
  public var sizeByPartners = false
  /// Legend sections of more than three items show two items a row (a slide's legend is
  /// half as tall, leaving the height to the drawing).
  public var shortLegend = false
  /// What node labels say; the full name is always the first line of the tooltip.
  public var labels: Labels = .name
  /// The page the drawing is fitted to (Graphviz `size` and `ratio`); `nil` for the drawing's
  /// natural size.
  public var page: DiagramPage?
  /// Dots per inch of bitmaps (Graphviz `dpi`); `nil` for Graphviz's 96.
  public var dpi: Double?
  /// Measures shown in node tooltips with the node's rank, in this order.
  public var tooltipMeasures: [(name: String, values: [String: Double])] = []
  /// Cluster levels, outermost first; empty for no clusters.
  public var clusterBy: [ClusterBy] = [.parent]
  public var legend: Bool = true
  public var edgeLabels: EdgeLabels = .multiParty
  /// Entities drawn emphasized (the centre of an ego diagram).
  public var emphasized: Set<String> = []
  /// Hop distance of each entity from the centre of an ego diagram, for tooltips.
  public var distances: [String: Int] = [:]
  /// A tie with more parties than this is drawn as a box joined to each party, not as edges
  /// between every two parties.
  public var hubThreshold: Int = 2
  /// Labels are wrapped at about this many characters (East Asian wide characters count two).
  public var wrapWidth: Int = 22
  /// Graphviz font name; `sans-serif` lets fontconfig pick a font for every script.
  public var fontName: String = "sans-serif"
  /// Smallest and largest node label size in points when nodes are sized by a measure.
  public var fontSizes: ClosedRange<Double> = 10...18
  /// Label size in points of nodes without a size, cluster labels and the legend.
  public var fontSize: Double = 11
  /// Label size of tie boxes and line labels: 9/11 of ``fontSize``.
  public var smallFontSize: Double { fontSize * 9 / 11 }
  /// Shape overrides by entity kind (Graphviz shape names).
  public var shapes: [EntityKind: String] = [:]

  public init() {}

  /// The Graphviz shape of an entity kind: institution rounded box, enterprise hexagon,
  /// government house, alliance double octagon, person ellipse, group octagon; declared kinds
  /// take the next free shape of parallelogram, cylinder, component, note, tab, folder,
  /// trapezium, invhouse (in the order `userKinds` lists them).
  public func shape(of kind: EntityKind, userKinds: [EntityKind] = []) -> (shape: String, rounded: Bool) {
    if let s = shapes[kind] { return (s, false) }
    switch kind {
    case .institution: return ("box", true)
    case .enterprise: return ("hexagon", false)
    case .government: return ("house", false)
    case .alliance: return ("doubleoctagon", false)
    case .person: return ("ellipse", false)
    case .group: return ("octagon", false)
    default:
      let spare = ["parallelogram", "cylinder", "component", "note", "tab", "folder", "trapezium", "invhouse"]
      let i = userKinds.firstIndex(of: kind) ?? 0
      return (spare[i % spare.count], false)
    }
  }

  /// Line colour and Graphviz style of a tie kind: agreement solid blue, membership dashed
  /// vermillion, role dotted purple, exchange solid green, event solid orange, cooperation
  /// solid grey, part-of dashed light grey, shared-person dotted purple; declared kinds take the
  /// remaining Okabe–Ito colours.
  public func line(of kind: TieKind, userKinds: [TieKind] = []) -> (color: String, style: String) {
    switch kind {
    case .agreement: return ("#0072B2", "solid")
    case .membership: return ("#D55E00", "dashed")
    case .role: return ("#CC79A7", "dotted")
    case .exchange: return ("#009E73", "solid")
    case .event: return ("#E69F00", "solid")
    case .cooperation: return ("#555555", "solid")
    case .partOf: return ("#999999", "dashed")
    case Projection.sharedPerson: return ("#CC79A7", "dotted")
    default:
      let spare = ["#56B4E9", "#009E73", "#D55E00", "#0072B2", "#E69F00"]
      let i = userKinds.firstIndex(of: kind) ?? 0
      return (spare[i % spare.count], i < spare.count ? "solid" : "dashed")
    }
  }

  /// A node's label size for a measure value: ``fontSizes`` scaled by the square root of the
  /// value's position in `range`, so that areas, not widths, grow linearly and the smallest
  /// node keeps a legible label. The middle of ``fontSizes`` when all values are equal.
  public func fontSize(for value: Double, range: ClosedRange<Double>) -> Double {
    let span = range.upperBound - range.lowerBound
    guard span > 0, value.isFinite else { return (fontSizes.lowerBound + fontSizes.upperBound) / 2 }
    let t = min(1, max(0, (value - range.lowerBound) / span))
    return fontSizes.lowerBound + (fontSizes.upperBound - fontSizes.lowerBound) * t.squareRoot()
  }

  /// Line width for a tie strength: 1 to 4 points, linear in the strength's position in `range`.
  public func penWidth(for strength: Double, range: ClosedRange<Double>) -> Double {
    let span = range.upperBound - range.lowerBound
    guard span > 0 else { return 1.2 }
    return 1 + 3 * min(1, max(0, (strength - range.lowerBound) / span))
  }

  /// `text` broken into lines of about ``wrapWidth`` columns at spaces (and between East Asian
  /// wide characters, which have none).
  public func wrap(_ text: String) -> String {
    let limit = max(4, wrapWidth)
    var lines: [String] = []
    var line = ""
    var width = 0
    func flush() {
      if !line.isEmpty { lines.append(line) }
      line = ""
      width = 0
    }
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let w = Self.columns(word)
      if w > limit && word.unicodeScalars.contains(where: Self.isWide) {
        for ch in word {
          let cw = Self.columns(String(ch))
          if width + cw > limit { flush() }
          line.append(ch)
          width += cw
        }
        continue
      }
      if width > 0 && width + 1 + w > limit { flush() }
      if width > 0 {
        line += " "
        width += 1
      }
      line += word
      width += w
    }
    flush()
    return lines.joined(separator: "\n")
  }

  static func columns<S: StringProtocol>(_ s: S) -> Int {
    s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }
  static func isWide(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0x20000...0x3FFFD).contains(v)
  }
}
