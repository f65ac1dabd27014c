/// Text with some Unicode scalars replaced: the one loop behind every escaper of the library
/// (JSON, YAML, XML, DOT, HTML).
///
/// - Parameter replacement: for each scalar, the text to write instead (`""` drops it), or
///   `nil` to keep the scalar as it is.
/// - Complexity: O(scalars).
public func escapingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for u in text.unicodeScalars {
    if let r = replacement(u) { out += r } else { out.unicodeScalars.append(u) }
  }
  return out
}

/// A double-quoted string as JSON and YAML write it: `"` `\\` and the usual `\n` `\r` `\t`
/// escaped with a backslash, and every scalar `escapes` says as `\uXXXX` (hex `uppercase` or
/// not; both languages read either).
func backslashQuoted(_ text: String, uppercase: Bool, escapes: (Unicode.Scalar) -> Bool) -> String {
  "\"" + escapingScalars(text) { u in
    switch u {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
      guard escapes(u) else { return nil }
      let h = String(u.value, radix: 16, uppercase: uppercase)
      return "\\u" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
  } + "\""
}
