import CoopGraph
import Foundation

/// The size of the page a diagram is drawn for, in inches.
///
/// Graphviz fits the drawing to it: positions are spread (``DiagramPage/fill``) or the whole
/// drawing is scaled down, never node boxes alone, so a layout without overlaps stays so.
public struct PageSize: Hashable, Sendable, CustomStringConvertible {
  public var width: Double
  public var height: Double

  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// A page given in millimetres.
  public init(millimetres width: Double, _ height: Double) {
    self.init(width: width / 25.4, height: height / 25.4)
  }

  /// ISO 216 A-series pages, landscape: A0 1189 × 841 mm … A5 210 × 148 mm.
  public static let isoA: [String: PageSize] = [
    "a0": PageSize(millimetres: 1189, 841), "a1": PageSize(millimetres: 841, 594), "a2": PageSize(millimetres: 594, 420),
    "a3": PageSize(millimetres: 420, 297), "a4": PageSize(millimetres: 297, 210), "a5": PageSize(millimetres: 210, 148),
  ]

  /// Inches per unit a size may be written in: `in` (the default), `cm`, `mm`, `pt` (1/72 in)
  /// and `px` (CSS pixels, 1/96 in).
  public static let units: [(name: String, inches: Double)] = [
    ("in", 1), ("cm", 1 / 2.54), ("mm", 1 / 25.4), ("pt", 1.0 / 72), ("px", 1.0 / 96),
  ]

  /// Reads `WxH` with an optional unit after the numbers (`13.33x7.5`, `297x210mm`,
  /// `1920x1080px`), a unit after each number (`30cmx20cm`), or an A-series name (`a3`,
  /// landscape; `a3-portrait`).
  ///
  /// - Throws: ``DiagramError/invalidOption(_:)`` naming what is wrong.
  public init(parsing text: String) throws {
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    if let page = Self.isoA[lower] {
      self = page
      return
    }
    if lower.hasSuffix("-portrait"), let page = Self.isoA[String(lower.dropLast(9))] {
      self = PageSize(width: page.height, height: page.width)
      return
    }
    // The separator is the "x" between two numbers ("px" ends a number, it does not split).
    var sides: [Substring] = []
    if let cut = lower.indices.first(where: { i in
      lower[i] == "x" && i > lower.startIndex && lower.index(after: i) < lower.endIndex
        && lower[lower.index(after: i)].isNumber
    }) {
      sides = [lower[..<cut], lower[lower.index(after: cut)...]]
    }
    guard sides.count == 2 else {
      throw DiagramError.invalidOption("--size \(text): give WIDTHxHEIGHT, e.g. 13.33x7.5 (inches), 297x210mm or a4")
    }
    func split(_ s: Substring) -> (Double?, String) {
      let number = s.prefix { $0.isNumber || $0 == "." }
      return (Double(number), String(s.dropFirst(number.count)).trimmingCharacters(in: .whitespaces))
    }
    let (w, wUnit) = split(sides[0]), (h, hUnit) = split(sides[1])
    let unitName = hUnit.isEmpty ? "in" : hUnit
    guard wUnit.isEmpty || wUnit == unitName else {
      throw DiagramError.invalidOption("--size \(text): the two sides have different units")
    }
    guard let unit = Self.units.first(where: { $0.name == unitName }) else {
      let names = Self.units.map(\.name).joined(separator: ", ")
      throw DiagramError.invalidOption("--size \(text): unknown unit '\(unitName)'; use \(names)")
    }
    guard let w, let h, w > 0, h > 0, w.isFinite, h.isFinite else {
      throw DiagramError.invalidOption("--size \(text): both sides must be numbers greater than 0")
    }
    self.init(width: w * unit.inches, height: h * unit.inches)
  }

  /// "13.33 × 7.5 in".
  public var description: String {
    "\(formatNumber(rounded(width))) × \(formatNumber(rounded(height))) in"
  }
}

/// How a drawing meets its page.
public struct DiagramPage: Hashable, Sendable {
  public var size: PageSize
  /// Spread the positions until the drawing fills the page (Graphviz `ratio=fill`), so that a
  /// slide or a poster has no empty margin; otherwise the page is only an upper bound.
  public var fill: Bool

  public init(size: PageSize, fill: Bool) {
    self.size = size
    self.fill = fill
  }
}

/// A set of diagram settings for one use: a slide, a printed page, a poster, a web page.
///
/// A preset decides the page, the resolution of bitmaps, the type size and whether people and
/// placeholders are drawn; ``DiagramSettings`` options given alongside (`--size`, `--dpi`,
/// `--nodes`, `--organizations-only`) override it.
public enum DiagramPreset: String, CaseIterable, Sendable {
  /// A 16:9 slide (13.33 × 7.5 in, PowerPoint's and Keynote's widescreen page), at most 1920 ×
  /// 1080 pixels as PNG, organizations only with schools inside their university, labels
  /// 14–20 pt in compact shapes, laid out compactly (``compactLayout``) so that the type stays
  /// near its size on the slide.
  case slide
  /// An A4 page, landscape (297 × 210 mm), 300 dpi as PNG, the standard type (10–18 pt), drawn
  /// as a slide is (organizations only, schools inside their university, compact shapes and
  /// layout): everyone on one A4 page printed the type at a third of its size.
  case a4
  /// An A1 poster, landscape (841 × 594 mm), type 14–28 pt; meant for PDF or SVG (vector),
  /// 150 dpi when it must be a PNG.
  case poster
  /// A web page: at most 12.5 in (1200 CSS pixels) wide, 96 dpi, the standard type; SVG keeps
  /// the tooltips and links.
  case web

  /// The page.
  public var page: DiagramPage {
    switch self {
    case .slide: return DiagramPage(size: PageSize(width: 13.333, height: 7.5), fill: true)
    case .a4: return DiagramPage(size: PageSize.isoA["a4"] ?? PageSize(millimetres: 297, 210), fill: true)
    case .poster: return DiagramPage(size: PageSize.isoA["a1"] ?? PageSize(millimetres: 841, 594), fill: true)
    case .web: return DiagramPage(size: PageSize(width: 12.5, height: 50), fill: false)
    }
  }

  /// Dots per inch of a PNG.
  public var dpi: Double {
    switch self {
    case .slide: return 144
    case .a4: return 300
    case .poster: return 150
    case .web: return 96
    }
  }

  /// Smallest and largest node label size in points (``DiagramStyle/fontSizes``).
  public var fontSizes: ClosedRange<Double> {
    switch self {
    case .slide: return 14...20
    case .poster: return 14...28
    case .a4, .web: return 10...18
    }
  }

  /// Label size of nodes without a size, cluster labels and the legend
  /// (``DiagramStyle/fontSize``).
  public var fontSize: Double {
    switch self {
    case .slide: return 14
    case .poster: return 14
    case .a4, .web: return 11
    }
  }

  /// Whether people and placeholders are left out unless asked for: people give way to the
  /// organizations they link (``Projection/bridgeThroughPeople``). `slide` and `a4`.
  public var organizationsOnly: Bool { self == .slide || self == .a4 }

  /// Whether sub-units are drawn inside their top-most organization (part-of collapsed, as
  /// the key-partner view folds them) unless `--part-of` asks otherwise: `slide` and `a4`.
  public var foldsSubUnits: Bool { self == .slide || self == .a4 }

  /// Whether a drawing without cluster boxes is laid out by neato's stress majorization with
  /// non-overlap constraints (`mode=ipsep`, `overlap=ipsep`: Dwyer, Koren and Marriott's
  /// IPSep-CoLa), which keeps nodes as close as their boxes allow: on a slide the page, not the
  /// layout, sets the scale, and a spring layout with its overlaps removed afterwards came out
  /// three times larger than the slide (type scaled to a third). `slide` and `a4`.
  public var compactLayout: Bool { self == .slide || self == .a4 }

  /// Shapes with little room around the label, by entity kind (a hexagon is 60 % wider than
  /// its label): on a slide or an A4 page enterprises are boxes, governments tabs, alliances
  /// 3-D boxes and groups folders; institutions stay rounded boxes and people ellipses.
  public var shapes: [EntityKind: String] {
    self == .slide || self == .a4 ? [.enterprise: "box", .government: "tab", .alliance: "box3d", .group: "folder"] : [:]
  }

  /// One line for help texts and the docs.
  public var summary: String {
    switch self {
    case .slide: return "16:9 slide, at most 1920×1080 px, organizations only, laid out compactly"
    case .a4: return "A4 landscape page, 300 dpi, organizations only, laid out compactly"
    case .poster: return "A1 poster for PDF/SVG, 150 dpi as PNG"
    case .web: return "web page, at most 1200 px wide, 96 dpi"
    }
  }
}
