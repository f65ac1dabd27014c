import CoopGraph

extension DiagramStyle {
  /// What a node's label says.
  public enum Labels: String, Hashable, Sendable, CaseIterable {
    /// The entity's name, wrapped (the default).
    case name
    /// A short form: the shortest alias shorter than the name, else initials of the name's
    /// significant words (see ``DiagramStyle/abbreviation(of:)``); names that are short
    /// already, people's names and names in scripts without capitals stay as they are.
    case short
    /// The entity's id.
    case id
  }

  /// Words left out of initials: articles, conjunctions and prepositions of English, French,
  /// German, Spanish and Russian names.
  static let minorWords: Set<String> = [
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "&",
    "de", "des", "du", "la", "le", "les", "et", "der", "die", "das", "und", "für", "y", "del", "el",
    "и", "в", "по", "при",
  ]

  /// The initials of a name's significant words (``minorWords`` and parenthesised parts left
  /// out, hyphenated words giving one initial per part): "School of Mechanical Engineering"
  /// gives "SME", "Ministry of Science and Higher Education of the Republic of Kazakhstan"
  /// gives "MSHERK". A word written in capitals or with digits ("NJIT", "C2K") is kept whole.
  /// `nil` when the name has fewer than two significant words or letters without case
  /// (Chinese, Japanese), where initials mean nothing.
  public static func abbreviation(of name: String) -> String? {
    var text = ""
    var depth = 0
    for ch in name {
      if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { text.append(ch) }
    }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "/" })
      .map { $0.trimmingCharacters(in: .punctuationCharacters) }
      .filter { !$0.isEmpty && !minorWords.contains($0.lowercased()) }
    guard words.count >= 2 else { return nil }
    var out = ""
    for word in words {
      guard let first = word.first, first.isLetter || first.isNumber else { continue }
      if !first.isUppercase && !first.isLowercase && !first.isNumber { return nil }
      let whole = word.count > 1 && (word.allSatisfy { !$0.isLowercase } || word.contains { $0.isNumber })
      if whole {
        out += word
        continue
      }
      for part in word.split(separator: "-") where !part.isEmpty {
        if let c = part.first { out += String(c).uppercased() }
      }
    }
    return out.count >= 2 ? out : nil
  }

  /// The short label of every entity of `entities`: the shortest alias shorter than the name,
  /// else the name itself when it is at most 16 columns, belongs to a person, or has no
  /// initials, else ``abbreviation(of:)``. Placeholders (`unnamed: true`) read "unnamed".
  /// When two entities would get the same abbreviation, both keep their names, so a short
  /// label always names one entity.
  public static func shortLabels(_ entities: [Entity]) -> [String: String] {
    var out: [String: String] = [:]
    var abbreviated: [String: [String]] = [:]
    for e in entities {
      if OrganizationView.isUnnamed(e) {
        out[e.id] = "unnamed"
        continue
      }
      if let alias = e.aliases.filter({ $0.count < e.name.count }).min(by: { ($0.count, $0) < ($1.count, $1) }) {
        out[e.id] = alias
        continue
      }
      guard e.kind != .person, columns(e.name) > 16, let short = abbreviation(of: e.name) else {
        out[e.id] = e.name
        continue
      }
      out[e.id] = short
      abbreviated[short, default: []].append(e.id)
    }
    let taken = Dictionary(grouping: out.filter { $0.value != "unnamed" }, by: \.value).filter { $0.value.count > 1 }
    let nameOf = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    for (short, ids) in abbreviated where taken[short] != nil {
      for id in ids { out[id] = nameOf[id] ?? id }
    }
    return out
  }
}
