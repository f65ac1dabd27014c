/// Facts about the Graphviz library CoopGraph renders with.
public enum Graphviz {
  /// The version of the linked libgvc, e.g. `2.42.2`.
  public static var version: String { Renderer.version }
}
