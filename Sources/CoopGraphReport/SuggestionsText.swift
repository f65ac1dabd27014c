import CoopGraph
import Foundation

/// What `suggest` reports on the projection: pairs by a link-prediction score.
public struct LinkSuggestionsPresentation: Presentation {
  public var suggestions: [LinkSuggestion]
  public var method: String
  /// What the suggestions are limited to ("for njit", "across country"), as the title says.
  public var scope: [String]
  public var ids: [String]
  /// Names by node ("" for a node that is not an entity).
  public var names: [String]

  public init(_ suggestions: [LinkSuggestion], method: String, scope: [String], ids: [String], names: [String]) {
    self.suggestions = suggestions
    self.method = method
    self.scope = scope
    self.ids = ids
    self.names = names
  }

  func label(_ v: Int) -> String {
    names[v].isEmpty || names[v] == ids[v] ? ids[v] : "\(ids[v]) (\(names[v]))"
  }

  public func table() -> String {
    var out = "Suggested partners by \(method)"
    if !scope.isEmpty { out += " (" + scope.joined(separator: ", ") + ")" }
    out += "\n\n"
    var t = Table(["Rank", "A", "B", "Score"], alignments: [.right, .left, .left, .right])
    t.rows = suggestions.enumerated().map { i, s in ["\(i + 1)", label(s.a), label(s.b), scoreText(s.score)] }
    return out + (suggestions.isEmpty ? "No pair scores above 0.\n" : t.render())
  }

  public func json() -> JSONValue {
    let rows: [JSONValue] = suggestions.map {
      .object([("a", .string(ids[$0.a])), ("b", .string(ids[$0.b])), ("score", .number($0.score))])
    }
    return .object([("method", .string(method)), ("suggestions", .array(rows))])
  }

  public func csv() -> String {
    var rows: [[String]] = [["a", "b", "score"]]
    rows += suggestions.map { [ids[$0.a], ids[$0.b], formatNumber($0.score)] }
    return CSV.render(rows)
  }
}

/// What `suggest` reports on the organization view: pairs of organizations with their
/// reasons (the partners they share, the ties both are party to).
public struct PartnerSuggestionsPresentation: Presentation {
  public var suggestions: [PartnerSuggestion]
  public var view: OrganizationView
  public var method: String
  public var scope: [String]
  /// Pair evidence below which a pair has no tie of weight yet: the view's.
  public var tieThreshold: Double { view.options.tieThreshold }

  public init(_ suggestions: [PartnerSuggestion], view: OrganizationView, method: String, scope: [String]) {
    self.suggestions = suggestions
    self.view = view
    self.method = method
    self.scope = scope
  }

  func name(_ u: Int) -> String { view.entity(ofUnit: u).name }
  func id(_ u: Int) -> String { view.entity(ofUnit: u).id }
  func tieID(_ t: Int) -> String { view.tieID(view.ties[t].tie) }

  /// The reasons of a suggestion, as one clause.
  func why(_ s: PartnerSuggestion) -> String {
    var parts: [String] = []
    if !s.commonPartners.isEmpty { parts.append("both tied to " + s.commonPartners.map(name).joined(separator: ", ")) }
    if !s.sharedTies.isEmpty {
      let labels = s.sharedTies.map { t -> String in
        let tie = view.network.ties[view.ties[t].tie]
        return "the \(tie.kind.rawValue) “\(tie.label ?? tieID(t))”"
      }
      parts.append("both party to " + labels.joined(separator: ", "))
    }
    return parts.joined(separator: "; ")
  }

  public func table() -> String {
    var out = "Suggested partners among organizations by \(method)"
    if !scope.isEmpty { out += " (" + scope.joined(separator: ", ") + ")" }
    out += "\nPairs with no tie of weight yet (pair evidence below \(scoreText(tieThreshold))); "
    out += "equal scores: the pair that shares more evidence first, then the more active pair, then by name\n"
    if suggestions.isEmpty { out += "\nNo pair scores above 0.\n" }
    for (i, s) in suggestions.enumerated() {
      let line = "\(name(s.a)) and \(name(s.b)): score \(scoreText(s.score)); \(why(s))."
      out += "\n\(i + 1). " + TextWrap.text(line, width: 96, indent: "   ") + "\n"
    }
    return out
  }

  public func json() -> JSONValue {
    let rows: [JSONValue] = suggestions.map { s in
      let fields: [(String, JSONValue)] = [
        ("a", .string(id(s.a))), ("b", .string(id(s.b))), ("score", .number(s.score)),
        ("commonPartners", .array(s.commonPartners.map { .string(id($0)) })),
        ("sharedTies", .array(s.sharedTies.map { .string(tieID($0)) })),
        ("pairEvidence", .number(s.pairEvidence)),
      ]
      return .object(fields)
    }
    return .object([("method", .string(method)), ("view", .string("organizations")), ("suggestions", .array(rows))])
  }

  public func csv() -> String {
    var rows: [[String]] = [["a", "b", "score", "common_partners", "shared_ties"]]
    rows += suggestions.map { s in
      [id(s.a), id(s.b), formatNumber(s.score), s.commonPartners.map(id).joined(separator: " "),
       s.sharedTies.map(tieID).joined(separator: " ")]
    }
    return CSV.render(rows)
  }
}
