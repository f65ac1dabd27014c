/// A list of colours for categories, chosen so that people with colour-vision deficiencies can
/// tell them apart.
public struct Palette: Hashable, Sendable {
  public var name: String
  /// Colours as `#RRGGBB`, in the order categories receive them.
  public var colors: [String]
  /// The colour of categories beyond the palette's size ("other").
  public var other: String

  public init(name: String, colors: [String], other: String) {
    self.name = name
    self.colors = colors
    self.other = other
  }

  /// Paul Tol's "light" scheme: pale colours that keep black labels legible, for node fills
  /// (Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021, https://personal.sron.nl/~pault/).
  public static let tolLight = Palette(
    name: "tol-light",
    colors: ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"],
    other: "#DDDDDD")

  /// Paul Tol's "muted" scheme (same source), darker, for fills with more categories.
  public static let tolMuted = Palette(
    name: "tol-muted",
    colors: ["#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933", "#882255"],
    other: "#DDDDDD")

  /// The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2002; Wong, "Points of view:
  /// Color blindness", Nature Methods 8, 441 (2011), doi:10.1038/nmeth.1618), without black.
  /// Saturated: used for lines (tie kinds).
  public static let okabeIto = Palette(
    name: "okabe-ito",
    colors: ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"],
    other: "#555555")

  /// The palettes by name, for the command line.
  public static let all: [Palette] = [.tolLight, .tolMuted, .okabeIto]

  /// The palette with this name (`tol-light`, `tol-muted`, `okabe-ito`).
  public static func named(_ name: String) -> Palette? { all.first { $0.name == name } }

  /// Assigns colours to categories: the most frequent first (ties by name), one colour each; when
  /// there are more categories than colours, the least frequent share ``other``.
  ///
  /// - Parameter values: one category per item (repeats count towards frequency).
  /// - Returns: the categories in legend order with their colours and counts.
  public func assign(_ values: [String]) -> [(value: String, color: String, count: Int)] {
    var counts: [String: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let fits = ordered.count <= colors.count
    return ordered.enumerated().map { i, entry in
      let color = fits || i < colors.count - 1 ? colors[i] : other
      return (entry.key, color, entry.value)
    }
  }
}
