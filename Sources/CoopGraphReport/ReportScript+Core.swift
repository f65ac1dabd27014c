extension ReportScript {
  /// The data (the analysis JSON of `docs/analyze-schema.md`, with edges and ties), the lookups
  /// every part uses, the one state object and two helpers.
  static let core = #"""
      var data = JSON.parse(document.getElementById("coopgraph-data").textContent);
      var nodes = data.nodes, measures = data.measures, n = nodes.length, ties = data.ties || [];
      var indexById = Object.create(null), why = Object.create(null);
      nodes.forEach(function (node, i) { indexById[node.id] = i; });
      ((data.keyPartners || {}).partners || []).forEach(function (k) { why[k.id] = k.sentence; });
      var adjacency = nodes.map(function () { return []; });
      (data.edges || []).forEach(function (e) {
        adjacency[e[0]].push({ node: e[1], weight: e[2] });
        if (e[0] !== e[1]) { adjacency[e[1]].push({ node: e[0], weight: e[2] }); }
      });
      // Part-of: a node's parent (nearest ancestor that is a node) and its parts.
      var parentOf = nodes.map(function (node) {
        var p = node.parent === null || node.parent === undefined ? undefined : indexById[node.parent];
        return p === undefined ? -1 : p;
      });
      var partsOf = nodes.map(function () { return []; });
      parentOf.forEach(function (p, v) { if (p >= 0) { partsOf[p].push(v); } });
      // The ties each node takes part in, in record order.
      var tiesOf = nodes.map(function () { return []; });
      ties.forEach(function (t, i) { t.parties.forEach(function (p) { tiesOf[p].push(i); }); });

      // Everything the controls change, in one place.
      var state = {
        selected: -1,          // the selected node, -1 for none
        view: null,            // the diagram's viewBox {x, y, w, h}, in SVG units
        nodeOn: nodes.map(function () { return true; }),  // passes the filters and the date
        tieOn: ties.map(function () { return true; }),
        hidden: Object.create(null),  // filter group -> value -> true when unticked
        month: null            // "YYYY-MM" of the time slider, null for the whole record
      };

      var svg = document.querySelector("svg.diagram");
      var frame = document.getElementById("diagram-frame");

      function el(tag, text, cls) {
        var x = document.createElement(tag);
        if (text !== undefined && text !== null) { x.textContent = String(text); }
        if (cls) { x.className = cls; }
        return x;
      }
      function fmt(value, count) {
        if (value === null || value === undefined) { return "\u2013"; }
        return count ? String(value) : Number(value).toFixed(4);
      }
      function plural(k, one, many) { return k + " " + (k === 1 ? one : many); }
      function isPartner(v) { return !nodes[v].tie; }
    """#
}
