extension NativeFormat {
  /// The native file as YAML: keys in schema order, one entity or tie per block, lists of
  /// parties in flow style, text quoted only where YAML needs it. Deterministic.
  public static func yaml(_ network: Network) -> String {
    var out = "coopgraph: \(version)\n"
    writeHeader(network) { key, value in out += "\(key): \(YAMLText.scalar(value))\n" }
    if !network.userEntityKinds.isEmpty || !network.userTieKinds.isEmpty {
      out += "kinds:\n"
      if !network.userEntityKinds.isEmpty {
        out += "  entities: [" + network.userEntityKinds.map { YAMLText.string($0.rawValue, flow: true) }.joined(separator: ", ") + "]\n"
      }
      if !network.userTieKinds.isEmpty {
        out += "  ties:\n"
        for (k, d) in network.userTieKinds {
          out += "    - {name: \(YAMLText.string(k.rawValue, flow: true)), directed: \(d)}\n"
        }
      }
    }
    if !network.tieWeights.isEmpty {
      out += "weights:\n"
      for (k, w) in network.tieWeights.sorted(by: { $0.key < $1.key }) {
        out += "  \(YAMLText.key(k.rawValue)): \(YAMLText.scalar(.double(w)))\n"
      }
    }
    // A list of mappings, one key per line.
    func list(_ name: String, _ items: [[(String, AttributeValue)]]) {
      out += items.isEmpty ? "\(name): []\n" : "\(name):\n"
      for item in items {
        for (i, (key, value)) in item.enumerated() {
          out += (i == 0 ? "  - " : "    ") + "\(YAMLText.key(key)): \(YAMLText.scalar(value))\n"
        }
      }
    }
    list("entities", network.entities.map { fields(of: $0) })
    list("ties", network.ties.map { fields(of: $0) })
    for (key, value) in network.attributes {
      out += "\(YAMLText.key(key)): \(YAMLText.scalar(value))\n"
    }
    return out
  }

  /// The native file as JSON (two-space indentation, keys in schema order). Deterministic.
  public static func json(_ network: Network) -> String {
    var top: [(String, JSONValue)] = [("coopgraph", .number(Double(version)))]
    writeHeader(network) { key, value in top.append((key, JSONValue(value))) }
    if !network.userEntityKinds.isEmpty || !network.userTieKinds.isEmpty {
      var kinds: [(String, JSONValue)] = []
      if !network.userEntityKinds.isEmpty {
        kinds.append(("entities", .array(network.userEntityKinds.map { .string($0.rawValue) })))
      }
      if !network.userTieKinds.isEmpty {
        kinds.append(("ties", .array(network.userTieKinds.map { .object([("name", .string($0.kind.rawValue)), ("directed", .bool($0.directed))]) })))
      }
      top.append(("kinds", .object(kinds)))
    }
    if !network.tieWeights.isEmpty {
      top.append(("weights", .object(network.tieWeights.sorted(by: { $0.key < $1.key }).map { ($0.key.rawValue, .number($0.value)) })))
    }
    top.append(("entities", .array(network.entities.map { .object(fields(of: $0).map { ($0.0, JSONValue($0.1)) }) })))
    top.append(("ties", .array(network.ties.map { .object(fields(of: $0).map { ($0.0, JSONValue($0.1)) }) })))
    for (key, value) in network.attributes { top.append((key, JSONValue(value))) }
    return JSONValue.object(top).serialized(pretty: true) + "\n"
  }

  /// Writes the network to `path`, as JSON when the extension is `.json`, else YAML.
  /// The write is atomic (temporary file, then rename).
  public static func write(_ network: Network, to path: String) throws {
    let text = path.lowercased().hasSuffix(".json") ? json(network) : yaml(network)
    try FileIO.write(text, to: path)
  }

  private static func writeHeader(_ n: Network, _ emit: (String, AttributeValue) -> Void) {
    if let t = n.title { emit("title", .string(t)) }
    if let d = n.description { emit("description", .string(d)) }
    if let s = n.source { emit("source", .string(s)) }
  }

  static func fields(of e: Entity) -> [(String, AttributeValue)] {
    var f: [(String, AttributeValue)] = [("id", .string(e.id))]
    if e.name != e.id { f.append(("name", .string(e.name))) }
    f.append(("kind", .string(e.kind.rawValue)))
    if let p = e.parent { f.append(("parent", .string(p))) }
    if let c = e.country { f.append(("country", .string(c))) }
    if let r = e.region { f.append(("region", .string(r))) }
    if let s = e.sector { f.append(("sector", .string(s))) }
    if let w = e.website { f.append(("website", .string(w))) }
    if !e.aliases.isEmpty { f.append(("aliases", .list(e.aliases.map { .string($0) }))) }
    for (k, v) in e.attributes { f.append((k, v)) }
    return f
  }

  static func fields(of t: Tie) -> [(String, AttributeValue)] {
    var f: [(String, AttributeValue)] = []
    if let id = t.id { f.append(("id", .string(id))) }
    f.append(("kind", .string(t.kind.rawValue)))
    f.append(("parties", .list(t.parties.map { .string($0) })))
    if let d = t.directed { f.append(("directed", .bool(d))) }
    if let l = t.label { f.append(("label", .string(l))) }
    if let d = t.date { f.append(("date", .string(d.description))) }
    if t.strength != 1 {
      let whole = t.strength == t.strength.rounded() && abs(t.strength) < 1e15
      f.append(("strength", whole ? .int(Int(t.strength)) : .double(t.strength)))
    }
    if let s = t.source { f.append(("source", .string(s))) }
    for (k, v) in t.attributes { f.append((k, v)) }
    return f
  }
}

/// A double that reads back as a double, not an integer: `2.0`, `0.5`, `1e+20`.
func formatDouble(_ d: Double) -> String {
  d == d.rounded() && abs(d) < 1e15 ? "\(Int(d)).0" : "\(d)"
}

/// Quoting of YAML scalars: plain where a plain scalar reads back as the same string, double
/// quotes otherwise.
enum YAMLText {
  static func key(_ k: String) -> String { string(k, flow: false) }

  static func scalar(_ v: AttributeValue) -> String {
    switch v {
    case .string(let s): return string(s, flow: false)
    case .int(let i): return String(i)
    case .double(let d): return d.isFinite ? formatDouble(d) : (d.isNaN ? ".nan" : (d > 0 ? ".inf" : "-.inf"))
    case .bool(let b): return b ? "true" : "false"
    case .list(let items): return "[" + items.map { flowScalar($0) }.joined(separator: ", ") + "]"
    }
  }

  static func flowScalar(_ v: AttributeValue) -> String {
    if case .string(let s) = v { return string(s, flow: true) }
    return scalar(v)
  }

  static let reserved: Set<String> = [
    "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf",
  ]

  static func string(_ s: String, flow: Bool) -> String {
    needsQuotes(s, flow: flow) ? quoted(s) : s
  }

  static func needsQuotes(_ s: String, flow: Bool) -> Bool {
    if reserved.contains(s.lowercased()) { return true }
    if Double(s) != nil || Int(s) != nil { return true }
    if s.hasPrefix("0x") || s.hasPrefix("0o") { return true }
    // Anything that could read as a date or a number with separators: quote to keep a string.
    if let f = s.first, f.isNumber, s.allSatisfy({ $0.isNumber || "-:._+eE".contains($0) }) { return true }
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return true }
    if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return true }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
    if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") { return true }
    if flow && s.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return true }
    for u in s.unicodeScalars {
      if u.value < 0x20 || u.value == 0x7F || u == "\u{FEFF}" || u == "\u{85}" || u == "\u{2028}" || u == "\u{2029}" {
        return true
      }
    }
    return false
  }

  static func quoted(_ s: String) -> String {
    backslashQuoted(s, uppercase: true) { u in
      u.value < 0x20 || u.value == 0x7F || u == "\u{FEFF}" || u == "\u{85}" || u == "\u{2028}" || u == "\u{2029}"
    }
  }


  static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }
}
