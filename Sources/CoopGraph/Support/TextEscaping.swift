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
