/// The style sheet and script of the HTML report, inlined into every page so that it works
/// offline and as a single file.
enum ReportAssets {
  /// Screen and print styles. Print (A4) hides the controls and the details panel, prints the
  /// diagram as the whole static picture, fits the tables to the page width, keeps table rows
  /// whole and shows every row.
  static let css = """
    :root {
      --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad;
      --hl: #d9480f; --sel: #fff4e0;
    }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif;
    }
    .page-header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
    .page-header { padding-top: 20px; border-bottom: 1px solid var(--line); }
    #summary h2 { margin-top: 16px; }
    h1 { font-size: 1.7rem; margin: 0 0 4px; }
    h2 { font-size: 1.3rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 0 0 4px; }
    h4 { font-size: .95rem; margin: 14px 0 4px; }
    .meta, .note, .hint, .sub { color: var(--muted); font-size: .9rem; margin: 4px 0; }
    .toc { display: flex; flex-wrap: wrap; gap: 16px; padding: 10px 0 12px; }
    a { color: var(--accent); text-decoration: none; }
    a:hover, a:focus { text-decoration: underline; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 12px; }
    .card {
      border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 100px;
      background: var(--soft); display: flex; flex-direction: column;
    }
    .card .value { font-size: 1.35rem; font-weight: 600; font-variant-numeric: tabular-nums; }
    .card .label { color: var(--muted); font-size: .85rem; }
    .kinds { margin: 2px 0; }
    .kinds .num { font-variant-numeric: tabular-nums; color: var(--muted); }
    table { border-collapse: collapse; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; }
    th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.small td, table.small th { padding: 2px 8px; font-size: .9rem; }
    .diagram-layout { display: flex; gap: 16px; align-items: flex-start; }
    .diagram-main { flex: 1 1 auto; min-width: 0; }
    .diagram-frame {
      flex: 1 1 auto; min-width: 0; border: 1px solid var(--line); border-radius: 6px; overflow: auto;
      max-height: 80vh; background: #fff;
    }
    svg.diagram { display: block; width: 100%; height: auto; }
    .diagram-frame.interactive { height: min(72vh, 720px); max-height: none; overflow: hidden; touch-action: none; cursor: grab; }
    .diagram-frame.interactive.panning { cursor: grabbing; }
    .diagram-frame.interactive svg.diagram { width: 100%; height: 100%; }
    .diagram-frame:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
    svg.diagram .cg-off { display: none; }
    .diagram-tools { margin-bottom: 8px; font-size: .9rem; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; }
    .toolbar button, .filters button {
      font: inherit; min-width: 2.3em; padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px;
      background: #fff; color: var(--ink); cursor: pointer;
    }
    .toolbar button:hover, .filters button:hover { background: var(--soft); }
    .toolbar .group button + button { margin-left: 4px; }
    .search-box { position: relative; }
    .search-box input { font: inherit; width: 17em; padding: 3px 8px; border: 1px solid var(--line); border-radius: 4px; }
    .suggestions {
      position: absolute; z-index: 5; left: 0; top: 100%; min-width: 24em; max-height: 18em; overflow: auto;
      margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line);
      border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, .12);
    }
    .suggestions li { padding: 4px 8px; cursor: pointer; }
    .suggestions li[aria-selected="true"], .suggestions li:hover { background: var(--sel); }
    .filters { margin: 6px 0; }
    .filters summary { cursor: pointer; color: var(--accent); }
    .filter-groups { display: flex; flex-wrap: wrap; gap: 8px 14px; margin: 6px 0; }
    .filter-group { margin: 0; padding: 2px 8px 4px; border: 1px solid var(--line); border-radius: 4px; }
    .filter-group legend { font-weight: 600; padding: 0 4px; }
    .filter-group label { display: inline-block; margin-right: 10px; white-space: nowrap; }
    .time-control { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 6px 0; }
    .time-control input[type="range"] { flex: 1 1 220px; }
    .time-control output { min-width: 18em; font-variant-numeric: tabular-nums; }
    #view-status { margin: 4px 0; }
    svg.diagram g.node { cursor: pointer; }
    svg.diagram g.node, svg.diagram g.edge, svg.diagram g.cluster { transition: opacity .15s; }
    svg.diagram.focus g.node:not(.hl):not(.hl-n), svg.diagram.focus g.edge:not(.hl) { opacity: .15; }
    svg.diagram g.edge.hl path { stroke: var(--hl); stroke-width: 2.5px; }
    svg.diagram g.edge.hl polygon { stroke: var(--hl); fill: var(--hl); }
    svg.diagram g.node.hl ellipse, svg.diagram g.node.hl polygon, svg.diagram g.node.hl path { stroke: var(--hl); stroke-width: 3px; }
    svg.diagram g.node:focus { outline: none; }
    svg.diagram g.node:focus ellipse, svg.diagram g.node:focus polygon { stroke-width: 3px; }
    .details {
      flex: 0 0 300px; border: 1px solid var(--line); border-radius: 6px; padding: 12px; background: var(--soft);
      max-height: 80vh; overflow: auto; font-size: .9rem;
    }
    .details table { width: 100%; }
    .details ul { margin: 4px 0; padding-left: 18px; }
    .details .why { margin: 8px 0; }
    .details ul.ties li { margin: 6px 0; }
    .details ul.ties li.off { opacity: .6; }
    .details q.source { display: block; margin-top: 2px; color: var(--muted); font-style: italic; }
    dl.measures { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: .9rem; }
    dl.measures dt { font-weight: 600; }
    dl.measures dd { margin: 0; color: var(--muted); }
    .controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 12px 0; }
    .controls input, .controls select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
    .controls input { min-width: 260px; }
    .count { color: var(--muted); }
    .table-wrap { overflow-x: auto; }
    table.ranking { width: 100%; font-size: .85rem; }
    table.ranking th, table.ranking td { padding: 4px 5px; }
    table.ranking thead th {
      position: sticky; top: 0; background: #fff; cursor: pointer; user-select: none; vertical-align: bottom;
      border-bottom: 2px solid var(--line); overflow-wrap: anywhere;
    }
    table.ranking thead th[data-type="number"] { text-align: right; }
    table.ranking thead th::after { content: " \\2195"; color: var(--line); }
    table.ranking thead th[aria-sort="ascending"]::after { content: " \\2191"; color: var(--ink); }
    table.ranking thead th[aria-sort="descending"]::after { content: " \\2193"; color: var(--ink); }
    table.ranking tbody tr:hover { background: var(--soft); }
    table.ranking td.partner { min-width: 11em; }
    table.ranking tbody tr.selected { background: var(--sel); }
    table.ranking tbody tr.off { color: var(--muted); }
    .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
    ol.partners li { margin: 6px 0; }
    .members { columns: 3 260px; margin: 4px 0 12px; padding-left: 18px; }
    footer { color: var(--muted); font-size: .85rem; margin-top: 40px; padding-bottom: 32px; border-top: 1px solid var(--line); }
    @media (max-width: 800px) {
      .diagram-layout { flex-direction: column; }
      .details { flex-basis: auto; width: 100%; }
    }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { font-size: 10pt; }
      .diagram-frame.interactive { height: auto; overflow: visible; }
      .diagram-frame.interactive svg.diagram { height: auto; }
      svg.diagram .cg-off { display: inline !important; }
      svg.diagram g.edge.hl path, svg.diagram g.node.hl ellipse, svg.diagram g.node.hl polygon { stroke-width: inherit; }
      table.ranking { width: 100%; }
      table.ranking td.partner { min-width: 0; }
      .no-print, .toc, .details, .hint { display: none !important; }
      .page-header, main, footer { max-width: none; padding: 0; }
      .diagram-frame { max-height: none; overflow: visible; border: none; }
      svg.diagram.focus g.node, svg.diagram.focus g.edge { opacity: 1 !important; }
      table.ranking { font-size: 8pt; }
      table.ranking thead th::after { content: ""; }
      table.ranking tbody tr { display: table-row !important; background: none !important; }
      tr, .card, li { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      section { break-inside: auto; }
      a { color: inherit; }
    }
    """

  /// The page's script (``ReportScript``).
  static var script: String { ReportScript.source }
}
