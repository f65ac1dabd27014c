import Foundation

/// No entity matches what the user named.
public struct EntityLookupError: Error, Equatable, CustomStringConvertible {
  /// What was asked for.
  public var query: String
  /// The closest id, if any is close enough to suggest.
  public var suggestion: String?
  /// Several entities share the name or alias asked for.
  public var ambiguous: [String] = []

  public var description: String {
    if !ambiguous.isEmpty {
      return "'\(query)' names several entities (\(ambiguous.joined(separator: ", "))); use an id"
    }
    var s = "no entity with id, name or alias '\(query)'"
    if let suggestion { s += "; did you mean '\(suggestion)'?" }
    return s
  }
}

extension Network {
  /// The id of the entity that `query` names: an id, else a name or an alias compared without
  /// regard to case and surrounding spaces.
  ///
  /// - Throws: ``EntityLookupError`` when nothing matches (with the closest id by edit
  ///   distance over ids, names and aliases, when one is within a third of the query's length)
  ///   or when a name or alias belongs to several entities.
  public func resolveEntity(_ query: String) throws -> String {
    let q = query.trimmingCharacters(in: .whitespaces)
    if self[q] != nil { return q }
    let folded = q.lowercased()
    if let e = entities.first(where: { $0.id.lowercased() == folded }) { return e.id }
    let matches = entities.filter { e in
      e.name.lowercased() == folded || e.aliases.contains { $0.lowercased() == folded }
    }
    if matches.count == 1 { return matches[0].id }
    if matches.count > 1 { throw EntityLookupError(query: query, suggestion: nil, ambiguous: matches.map(\.id)) }
    var best: (distance: Int, id: String)? = nil
    for e in entities {
      for text in [e.id, e.name] + e.aliases {
        let d = Self.editDistance(folded, text.lowercased())
        if d < (best?.distance ?? Int.max) { best = (d, e.id) }
      }
    }
    let limit = max(2, q.count / 3)
    if let best, best.distance <= limit { throw EntityLookupError(query: query, suggestion: best.id) }
    let containing = entities.first { $0.id.lowercased().contains(folded) || $0.name.lowercased().contains(folded) }
    throw EntityLookupError(query: query, suggestion: folded.isEmpty ? nil : containing?.id)
  }

  /// The id of the tie at `index` of ``ties`` as outputs cite it: its `id`, or `tie-N` with N
  /// its 1-based place in the file.
  public func tieID(at index: Int) -> String { ties[index].id ?? "tie-\(index + 1)" }

  /// Resolves every query (see ``resolveEntity(_:)``), keeping the first of repeats.
  public func resolveEntities(_ queries: [String]) throws -> [String] {
    var seen = Set<String>()
    return try queries.map(resolveEntity).filter { seen.insert($0).inserted }
  }

  /// Levenshtein distance over characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
