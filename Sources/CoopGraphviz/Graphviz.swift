import CGraphviz

/// Facts about the Graphviz library CoopGraph renders with.
public enum Graphviz {
  /// The version of the linked libgvc, e.g. `2.42.2`.
  public static var version: String {
    guard let context = gvContext() else { return "unknown" }
    defer { gvFreeContext(context) }
    guard let v = gvcVersion(context) else { return "unknown" }
    return String(cString: v)
  }
}
