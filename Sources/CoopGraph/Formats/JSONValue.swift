/// A JSON value that keeps the order of object keys, with a deterministic serializer.
/// Used for every JSON the library and the command line write.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// A number already formatted (used to keep `2.0` a double on a round trip).
  case raw(String)

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.raw(let x), .raw(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into h: inout Hasher) {
    h.combine(serialized(pretty: false))
  }

  /// An attribute value as JSON.
  public init(_ value: AttributeValue) {
    switch value {
    case .string(let s): self = .string(s)
    case .int(let i): self = .number(Double(i))
    case .double(let d): self = d.isFinite ? .raw(formatDouble(d)) : .null
    case .bool(let b): self = .bool(b)
    case .list(let items): self = .array(items.map(JSONValue.init))
    }
  }

  /// The JSON text. Numbers print as integers when they are whole, else with the shortest
  /// representation that reads back exactly; NaN and infinities (not JSON) print as `null`.
  public func serialized(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: pretty ? 0 : -1)
    return out
  }

  private func write(into out: inout String, indent: Int) {
    let pretty = indent >= 0
    let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
    let closePad = pretty ? String(repeating: "  ", count: indent) : ""
    switch self {
    case .null: out += "null"
    case .raw(let text): out += text
    case .bool(let b): out += b ? "true" : "false"
    case .number(let d): out += d.isFinite ? formatNumber(d) : "null"
    case .string(let s): JSONValue.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      // Short arrays of scalars stay on one line.
      let scalars = items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
      if pretty && scalars && items.count <= 16 {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          item.write(into: &out, indent: -1)
        }
        out += "]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + pad }
        item.write(into: &out, indent: pretty ? indent + 1 : -1)
      }
      if pretty { out += "\n" + closePad }
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (k, v)) in pairs.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + pad }
        JSONValue.quote(k, into: &out)
        out += pretty ? ": " : ":"
        v.write(into: &out, indent: pretty ? indent + 1 : -1)
      }
      if pretty { out += "\n" + closePad }
      out += "}"
    }
  }

  static func quote(_ s: String, into out: inout String) {
    out += backslashQuoted(s, uppercase: false) { u in
      u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u == "\u{2028}" || u == "\u{2029}"
    }
  }

}
