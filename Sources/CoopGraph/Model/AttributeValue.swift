/// A value of a free attribute on an entity, a tie or a network.
///
/// Attributes keep what a file says that the schema has no field for, so that reading and
/// writing a file never loses a key.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case list([AttributeValue])

  /// The value as text, the way a table or a diagram label shows it.
  public var description: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .bool(let b): return b ? "true" : "false"
    case .list(let items): return items.map(\.description).joined(separator: ", ")
    }
  }

  /// The value as a number, if it is one.
  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
}

/// Attributes in the order they were written. Keys are unique.
public struct Attributes: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
  public private(set) var keys: [String] = []
  private var values: [String: AttributeValue] = [:]

  public init() {}
  public init(dictionaryLiteral elements: (String, AttributeValue)...) {
    for (k, v) in elements { self[k] = v }
  }

  public var isEmpty: Bool { keys.isEmpty }
  public var count: Int { keys.count }

  public subscript(key: String) -> AttributeValue? {
    get { values[key] }
    set {
      if let newValue {
        if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if values.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  public func makeIterator() -> some IteratorProtocol<(key: String, value: AttributeValue)> {
    var index = 0
    let keys = self.keys, values = self.values
    return AnyIterator {
      guard index < keys.count else { return nil }
      defer { index += 1 }
      let key = keys[index]
      return (key: key, value: values[key]!)
    }
  }
}
