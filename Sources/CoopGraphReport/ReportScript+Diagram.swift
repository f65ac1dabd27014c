extension ReportScript {
  /// Finds the analysis in the Graphviz SVG and highlights a partner with what it is tied to.
  ///
  /// Graphviz titles a node group with the node's name (an id here) and an edge group with
  /// "a--b" or "a->b". A tie of many parties may be drawn as a small node `tie:ID` (or
  /// `tie:N`, N its 1-based place in the record) joined to each party; a tie of two parties
  /// (or a few) as an edge per pair, in record order. Part-of is drawn as cluster boxes or as
  /// edges after the ties.
  static let diagram = #"""
      var nodeEls = new Array(n), byTitle = Object.create(null);
      var hubs = [];       // {g, tie} for each drawn tie node
      var edgeInfo = [];   // {g, a, b (titles), tie (index or -1), partOf}
      var edgesAt = Object.create(null);  // title -> edgeInfo entries touching it

      function hubTitle(t) { return "tie:" + (t.id !== null && t.id !== undefined ? t.id : String(t.index + 1)); }

      function mapEdges() {
        var hubOfTitle = Object.create(null), drawnAsHub = [];
        ties.forEach(function (t, i) {
          var title = hubTitle(t);
          // A later tie node with a taken name gets primes.
          while (hubOfTitle[title] !== undefined || indexById[title] !== undefined) { title += "'"; }
          if (byTitle[title] && indexById[title] === undefined) { hubOfTitle[title] = i; drawnAsHub[i] = true; }
        });
        Object.keys(hubOfTitle).forEach(function (title) { hubs.push({ g: byTitle[title], tie: hubOfTitle[title] }); });
        // The ties drawn between a pair of partners, in record order.
        var pairTies = Object.create(null), cursor = Object.create(null);
        function key(a, b) { return a < b ? a + " " + b : b + " " + a; }
        ties.forEach(function (t, i) {
          if (!t.projected || drawnAsHub[i] || t.parties.length < 2) { return; }
          var p = t.parties, seen = Object.create(null);
          for (var x = 0; x < p.length; x++) {
            for (var y = x + 1; y < p.length; y++) {
              if (t.directed && x > 0) { continue; }
              var k = key(p[x], p[y]);
              if (seen[k]) { continue; }
              seen[k] = true;
              (pairTies[k] = pairTies[k] || []).push(i);
            }
          }
        });
        svg.querySelectorAll("g.edge").forEach(function (g) {
          var title = g.querySelector("title");
          if (!title) { return; }
          var text = title.textContent.trim();
          // Split at the "--" or "->" whose two sides are both drawn nodes.
          var re = /--|->/g, m, a = null, b = null;
          while ((m = re.exec(text)) !== null) {
            var l = text.slice(0, m.index), r = text.slice(m.index + 2);
            if (byTitle[l] && byTitle[r]) { a = l; b = r; break; }
          }
          if (a === null) { return; }
          var info = { g: g, a: a, b: b, tie: -1, partOf: false };
          if (hubOfTitle[a] !== undefined) { info.tie = hubOfTitle[a]; }
          else if (hubOfTitle[b] !== undefined) { info.tie = hubOfTitle[b]; }
          else if (indexById[a] !== undefined && indexById[b] !== undefined) {
            var va = indexById[a], vb = indexById[b], k = key(va, vb), list = pairTies[k] || [], c = cursor[k] || 0;
            if (c < list.length) { info.tie = list[c]; cursor[k] = c + 1; }
            else { info.partOf = parentOf[va] === vb || parentOf[vb] === va; }
          }
          edgeInfo.push(info);
          (edgesAt[a] = edgesAt[a] || []).push(info);
          if (a !== b) { (edgesAt[b] = edgesAt[b] || []).push(info); }
        });
      }

      // The nodes a partner's highlight keeps: its neighbours in the graph, its parent and its
      // parts (part-of is drawn as boxes, not edges, but it is a relation all the same).
      function related(v) {
        var out = Object.create(null);
        adjacency[v].forEach(function (t) { out[t.node] = true; });
        if (parentOf[v] >= 0) { out[parentOf[v]] = true; }
        partsOf[v].forEach(function (u) { out[u] = true; });
        delete out[v];
        return out;
      }
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
        var near = related(v), id = nodes[v].id;
        Object.keys(near).forEach(function (u) { if (nodeEls[u]) { nodeEls[u].classList.add("hl-n"); } });
        (edgesAt[id] || []).forEach(function (e) {
          var other = e.a === id ? e.b : e.a, u = indexById[other];
          if (u !== undefined && !near[u]) { return; }
          e.g.classList.add("hl");
          if (u === undefined) {
            // A tie node: it, its lines and its other parties.
            byTitle[other].classList.add("hl-n");
            (edgesAt[other] || []).forEach(function (f) {
              f.g.classList.add("hl");
              var w = f.a === other ? f.b : f.a;
              if (byTitle[w] && w !== id) { byTitle[w].classList.add("hl-n"); }
            });
          }
        });
      }

      function setUpDiagram() {
        if (!svg) { return; }
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
          g.addEventListener("mouseleave", function () { highlight(state.selected); });
          g.addEventListener("click", function (event) { event.stopPropagation(); select(v, false); });
          g.addEventListener("keydown", function (event) {
            if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(v, false); }
          });
        });
        mapEdges();
        svg.addEventListener("click", function () { select(-1, false); });
      }
    """#
}
