/// The report page's script, by concern: one Swift file per part (`ReportScript+Viewport.swift`
/// for zoom and pan, `+Search`, `+Filters`, `+Panel`, …), joined in one function scope so that
/// they share the page's data and one `state` object.
///
/// Hand-written, dependency-free JavaScript on purpose: the page is sent by e-mail and opened
/// from a file, so it loads nothing, has no build step, stays small, and anyone can audit what
/// it does. It builds every piece of text with DOM text nodes, never from HTML strings, and the
/// page works without it (the static diagram and the tables show).
enum ReportScript {
  /// The whole script, parts in the order they run.
  static var source: String {
    [prologue, core, diagram, panel, table, filters, time, viewport, search, download, epilogue]
      .joined(separator: "\n")
  }

  static let prologue = """
    (function () {
      "use strict";
    """

  static let epilogue = """
      setUpDiagram();
      setUpPanel();
      setUpTable();
      setUpFilters();
      setUpTime();
      setUpViewport();
      setUpSearch();
      setUpDownloads();
      applyVisibility();
    })();
    """
}
