/// The style sheet and script of the HTML report, inlined into every page so that it works
/// offline and as a single file.
enum ReportAssets {
  /// Screen and print styles. Print hides the controls and the details panel, keeps table rows
  /// whole and shows every row.
  static let css = """
    :root {
      --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad;
      --hl: #d9480f; --sel: #fff4e0;
    }
    * { box-sizing: border-box; }
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
    .diagram-frame {
      flex: 1 1 auto; min-width: 0; border: 1px solid var(--line); border-radius: 6px; overflow: auto;
      max-height: 80vh; background: #fff;
    }
    svg.diagram { display: block; width: 100%; height: auto; }
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
    dl.measures { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: .9rem; }
    dl.measures dt { font-weight: 600; }
    dl.measures dd { margin: 0; color: var(--muted); }
    .controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 12px 0; }
    .controls input, .controls select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
    .controls input { min-width: 260px; }
    .count { color: var(--muted); }
    .table-wrap { overflow-x: auto; }
    table.ranking { width: 100%; font-size: .9rem; }
    table.ranking thead th {
      position: sticky; top: 0; background: #fff; cursor: pointer; user-select: none; white-space: nowrap;
      border-bottom: 2px solid var(--line);
    }
    table.ranking thead th[data-type="number"] { text-align: right; }
    table.ranking thead th::after { content: " \\2195"; color: var(--line); }
    table.ranking thead th[aria-sort="ascending"]::after { content: " \\2191"; color: var(--ink); }
    table.ranking thead th[aria-sort="descending"]::after { content: " \\2193"; color: var(--ink); }
    table.ranking tbody tr:hover { background: var(--soft); }
    table.ranking td.partner { min-width: 18em; }
    table.ranking tbody tr.selected { background: var(--sel); }
    .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
    ol.partners li { margin: 6px 0; }
    .members { columns: 3 260px; margin: 4px 0 12px; padding-left: 18px; }
    footer { color: var(--muted); font-size: .85rem; margin-top: 40px; padding-bottom: 32px; border-top: 1px solid var(--line); }
    @media (max-width: 800px) {
      .diagram-layout { flex-direction: column; }
      .details { flex-basis: auto; width: 100%; }
    }
    @media print {
      body { font-size: 10pt; }
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

  /// Wires the diagram (hover highlights a node's ties, click shows its details), the table
  /// (sort by any column, filter by text and kind) and the links between them. Reads the
  /// analysis from the `coopgraph-data` JSON element; builds every piece of text with DOM text
  /// nodes, never from HTML strings.
  static let script = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("coopgraph-data").textContent);
      var nodes = data.nodes, measures = data.measures, n = nodes.length;
      var indexById = Object.create(null), why = Object.create(null);
      nodes.forEach(function (node, i) { indexById[node.id] = i; });
      ((data.keyPartners || {}).partners || []).forEach(function (k) { why[k.id] = k.sentence; });
      var adjacency = nodes.map(function () { return []; });
      (data.edges || []).forEach(function (e) {
        adjacency[e[0]].push({ node: e[1], weight: e[2] });
        if (e[0] !== e[1]) { adjacency[e[1]].push({ node: e[0], weight: e[2] }); }
      });

      function el(tag, text, cls) {
        var x = document.createElement(tag);
        if (text !== undefined && text !== null) { x.textContent = String(text); }
        if (cls) { x.className = cls; }
        return x;
      }
      function fmt(value, count) {
        if (value === null || value === undefined) { return "\\u2013"; }
        return count ? String(value) : Number(value).toFixed(4);
      }

      // Diagram: Graphviz titles a node group with the node's name (an id here) and an edge
      // group with "a--b" or "a->b". A diagram may draw a tie of many parties as a small node
      // of its own joined to each party: hovering a partner highlights such a tie node, its
      // lines and its other parties too.
      var svg = document.querySelector("svg.diagram");
      var nodeEls = new Array(n), byTitle = Object.create(null), incident = Object.create(null);
      var selected = -1;
      function clearHighlight() {
        if (!svg) { return; }
        svg.classList.remove("focus");
        svg.querySelectorAll(".hl, .hl-n").forEach(function (g) { g.classList.remove("hl", "hl-n"); });
      }
      function highlight(v) {
        clearHighlight();
        if (!svg || v < 0 || !nodeEls[v]) { return; }
        svg.classList.add("focus");
        nodeEls[v].classList.add("hl");
        var id = nodes[v].id;
        (incident[id] || []).forEach(function (t) {
          t.edge.classList.add("hl");
          var other = byTitle[t.other];
          if (!other || t.other === id) { return; }
          other.classList.add("hl-n");
          if (indexById[t.other] === undefined) {
            (incident[t.other] || []).forEach(function (u) {
              u.edge.classList.add("hl");
              if (byTitle[u.other] && u.other !== id) { byTitle[u.other].classList.add("hl-n"); }
            });
          }
        });
      }
      if (svg) {
        svg.querySelectorAll("g.node").forEach(function (g) {
          var title = g.querySelector("title");
          if (!title) { return; }
          var name = title.textContent.trim();
          byTitle[name] = g;
          var v = indexById[name];
          if (v === undefined) { return; }
          nodeEls[v] = g;
          g.setAttribute("data-node", String(v));
          g.setAttribute("tabindex", "0");
          g.setAttribute("role", "button");
          g.setAttribute("aria-label", nodes[v].name);
          g.addEventListener("mouseenter", function () { highlight(v); });
          g.addEventListener("mouseleave", function () { highlight(selected); });
          g.addEventListener("click", function (event) { event.stopPropagation(); select(v, false); });
          g.addEventListener("keydown", function (event) {
            if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(v, false); }
          });
        });
        svg.querySelectorAll("g.edge").forEach(function (g) {
          var title = g.querySelector("title");
          if (!title) { return; }
          var text = title.textContent.trim();
          // Split at the "--" or "->" whose two sides are both drawn nodes.
          var re = /--|->/g, m;
          while ((m = re.exec(text)) !== null) {
            var a = text.slice(0, m.index), b = text.slice(m.index + 2);
            if (byTitle[a] && byTitle[b]) {
              (incident[a] = incident[a] || []).push({ edge: g, other: b });
              if (a !== b) { (incident[b] = incident[b] || []).push({ edge: g, other: a }); }
              break;
            }
          }
        });
        svg.addEventListener("click", function () { select(-1, false); });
      }

      // Details of the selected node.
      var details = document.getElementById("details");
      function showDetails(v) {
        if (!details) { return; }
        details.textContent = "";
        if (v < 0) { details.appendChild(el("p", "Click a partner in the diagram or the table.", "hint")); return; }
        var node = nodes[v];
        details.appendChild(el("h3", node.name));
        var sub = [node.id, node.kind];
        if (node.country) { sub.push(node.country); }
        details.appendChild(el("p", sub.join(" \\u00b7 "), "sub"));
        if (why[node.id]) { details.appendChild(el("p", why[node.id], "why")); }
        var table = el("table", null, "small"), head = el("tr");
        ["Measure", "Value", "Rank"].forEach(function (h, i) { head.appendChild(el("th", h, i ? "num" : null)); });
        table.appendChild(head);
        measures.forEach(function (m) {
          var row = el("tr"), rank = node.ranks[m.key];
          row.appendChild(el("td", m.title));
          row.appendChild(el("td", fmt(node.measures[m.key], m.integer), "num"));
          row.appendChild(el("td", rank === null ? "\\u2013" : rank + " of " + n, "num"));
          table.appendChild(row);
        });
        details.appendChild(table);
        var partners = adjacency[v].slice().sort(function (x, y) {
          return nodes[x.node].name.localeCompare(nodes[y.node].name);
        });
        details.appendChild(el("h4", "Ties (" + partners.length + ")"));
        var list = el("ul");
        partners.forEach(function (t) {
          var item = el("li"), link = el("a", nodes[t.node].name);
          link.href = "#";
          link.setAttribute("data-node", String(t.node));
          link.addEventListener("click", function (event) { event.preventDefault(); select(t.node, false); });
          item.appendChild(link);
          if (data.counts.weighted) { item.appendChild(document.createTextNode(" (" + t.weight + ")")); }
          list.appendChild(item);
        });
        details.appendChild(list);
      }

      var table = document.getElementById("ranking-table");
      var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
      function select(v, scroll) {
        selected = v;
        highlight(v);
        showDetails(v);
        rows.forEach(function (r) { r.classList.toggle("selected", Number(r.getAttribute("data-node")) === v); });
        if (scroll && v >= 0) {
          var target = svg ? document.getElementById("diagram") : details;
          if (target && target.scrollIntoView) { target.scrollIntoView({ block: "start" }); }
        }
      }
      document.querySelectorAll("a.node-link").forEach(function (a) {
        a.addEventListener("click", function (event) {
          event.preventDefault();
          select(Number(a.getAttribute("data-node")), true);
        });
      });
      document.addEventListener("keydown", function (event) { if (event.key === "Escape") { select(-1, false); } });

      // Sorting: numbers compare as numbers, empty cells (undefined measures) always last.
      if (table) {
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        headers.forEach(function (th, column) {
          th.tabIndex = 0;
          function sort() {
            var numeric = th.getAttribute("data-type") === "number";
            var current = th.getAttribute("aria-sort");
            var firstDescending = numeric && th.hasAttribute("data-key");
            var descending = current ? current === "ascending" : firstDescending;
            headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            var keyed = rows.map(function (r, i) {
              var cell = r.cells[column], raw = cell.getAttribute("data-value");
              if (raw === null) { raw = cell.textContent; }
              return { row: r, i: i, empty: raw === "", value: numeric ? Number(raw) : raw.toLowerCase() };
            });
            keyed.sort(function (x, y) {
              if (x.empty !== y.empty) { return x.empty ? 1 : -1; }
              var c = 0;
              if (numeric) { c = x.value - y.value; } else { c = x.value < y.value ? -1 : (x.value > y.value ? 1 : 0); }
              if (descending) { c = -c; }
              return c !== 0 ? c : x.i - y.i;
            });
            var body = table.tBodies[0];
            keyed.forEach(function (k) { body.appendChild(k.row); });
            rows = keyed.map(function (k) { return k.row; });
          }
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (event) {
            if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
          });
        });
      }

      // Filtering by text and kind.
      var filter = document.getElementById("filter"), kind = document.getElementById("kind-filter");
      var count = document.getElementById("row-count");
      function applyFilter() {
        var q = filter ? filter.value.trim().toLowerCase() : "", k = kind ? kind.value : "", shown = 0;
        rows.forEach(function (r) {
          var ok = (!q || r.getAttribute("data-search").indexOf(q) >= 0) && (!k || r.getAttribute("data-kind") === k);
          r.hidden = !ok;
          if (ok) { shown += 1; }
        });
        if (count) { count.textContent = shown === rows.length ? rows.length + " partners" : shown + " of " + rows.length + " partners"; }
      }
      if (filter) { filter.addEventListener("input", applyFilter); }
      if (kind) { kind.addEventListener("change", applyFilter); }
    })();
    """
}
