import Yams

/// The checks made on every tree Yams composes (native YAML and JSON, node-link JSON) before it
/// is read: aliases may not expand it past a bound proportional to the file, and no text may
/// hold a NUL character (which no output can carry: DOT and C strings end there, XML cannot
/// hold it).
enum YAMLTree {
  /// The most nodes a file of `textSize` bytes may expand to once YAML aliases are followed:
  /// 1,000 plus 10 per byte. A file without aliases has fewer nodes than bytes; nine aliases of
  /// nine aliases of ... (a "billion laughs") would otherwise turn 500 bytes into gigabytes.
  static func maxExpandedNodes(textSize: Int) -> Int { 1_000 + 10 * textSize }

  /// Counts the nodes of the tree as aliases expand it, stopping at the bound, and looks for NUL.
  /// - Throws: ``InputError`` at the node where the count passes
  ///   ``maxExpandedNodes(textSize:)``, or at each text that holds a NUL (`"\\0"`, `"\\u0000"`).
  /// - Complexity: O(the bound), whatever the expansion would be.
  static func check(_ root: Node, textSize: Int, file: String) throws {
    let limit = maxExpandedNodes(textSize: textSize)
    var count = 0
    var stack: [Node] = [root]
    var problems: [Diagnostic] = []
    func location(_ node: Node) -> SourceLocation {
      SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 0)
    }
    while let node = stack.popLast() {
      count += 1
      if count > limit {
        throw InputError(
          at: location(node),
          "YAML aliases expand the file past \(limit) nodes (1,000 plus 10 per byte of its \(textSize)); refusing to expand them"
        )
      }
      switch node {
      case .scalar(let scalar):
        if scalar.string.utf8.contains(0), problems.count < 100 {
          problems.append(
            Diagnostic(at: location(node), "the text contains a NUL character (\\0), which no output can hold"))
        }
      case .alias: break
      case .sequence(let seq): stack.append(contentsOf: Array(seq).reversed())
      case .mapping(let map):
        for (k, v) in Array(map).reversed() {
          stack.append(v)
          stack.append(k)
        }
      }
    }
    if !problems.isEmpty { throw InputError(problems) }
  }
}
