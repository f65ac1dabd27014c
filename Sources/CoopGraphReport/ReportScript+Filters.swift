extension ReportScript {
  /// Filters by entity kind, country, community and tie kind (ticked boxes), combined with the
  /// time slider's date: what does not pass is hidden in the diagram and greyed in the table,
  /// and a line says how much shows ("Showing 23 of 38 partners and 40 of 61 ties").
  ///
  /// A node shows when its kind, country and community are ticked and it is present at the
  /// slider's date. A tie shows when its kind is ticked, it is active at the date and at least
  /// two of its parties show; a drawn line when its tie shows and both its ends do (a part-of
  /// line: when part-of is ticked; a line the page cannot match to a tie: when both ends show).
  static let filters = #"""
      var groups = [];  // {key, legend, values: [{value, label, count}]}

      function nodeValue(key, v) {
        var node = nodes[v];
        if (key === "kind") { return node.kind; }
        if (key === "country") { return node.country || ""; }
        return String(node.community);
      }
      function collectGroups() {
        function tally(list) {
          var counts = Object.create(null), order = [];
          list.forEach(function (x) { if (counts[x] === undefined) { counts[x] = 0; order.push(x); } counts[x] += 1; });
          return order.map(function (x) { return { value: x, count: counts[x] }; });
        }
        var partners = nodes.map(function (_, v) { return v; }).filter(isPartner);
        var kinds = tally(partners.map(function (v) { return nodes[v].kind; }));
        var countries = tally(partners.map(function (v) { return nodes[v].country || ""; }));
        countries.sort(function (x, y) { return x.value === "" ? 1 : (y.value === "" ? -1 : (x.value < y.value ? -1 : 1)); });
        var communities = tally(partners.map(function (v) { return String(nodes[v].community); }));
        communities.sort(function (x, y) { return Number(x.value) - Number(y.value); });
        var tieKinds = tally(ties.filter(function (t) { return t.parties.length >= 2; }).map(function (t) { return t.kind; }));
        var partOfLines = edgeInfo.filter(function (e) { return e.partOf; }).length;
        if (partOfLines) { tieKinds.push({ value: "part-of", count: partOfLines }); }
        groups = [
          { key: "kind", legend: "Kind", values: kinds },
          { key: "country", legend: "Country", values: countries },
          { key: "community", legend: "Community", values: communities },
          { key: "tie", legend: "Tie kind", values: tieKinds }
        ].filter(function (g) { return g.values.length > 1; });
        groups.forEach(function (g) {
          state.hidden[g.key] = Object.create(null);
          g.values.forEach(function (x) {
            x.label = x.value === "" ? "none" : (g.key === "community" ? "Community " + x.value : x.value);
          });
        });
      }
      function isHidden(key, value) { return Boolean(state.hidden[key] && state.hidden[key][value]); }

      function setUpFilters() {
        var box = document.getElementById("filter-groups");
        if (!svg || !box) { return; }
        collectGroups();
        groups.forEach(function (g) {
          var set = el("fieldset", null, "filter-group");
          set.setAttribute("data-group", g.key);
          set.appendChild(el("legend", g.legend));
          g.values.forEach(function (x) {
            var label = el("label"), input = el("input");
            input.type = "checkbox";
            input.checked = true;
            input.value = x.value;
            input.setAttribute("data-group", g.key);
            input.addEventListener("change", function () {
              state.hidden[g.key][x.value] = !input.checked;
              applyVisibility();
            });
            label.appendChild(input);
            label.appendChild(document.createTextNode(" " + x.label + " "));
            label.appendChild(el("span", "(" + x.count + ")", "sub"));
            set.appendChild(label);
          });
          box.appendChild(set);
        });
        var reset = document.getElementById("filter-reset");
        if (reset) {
          reset.addEventListener("click", function () {
            box.querySelectorAll("input[type=checkbox]").forEach(function (input) { input.checked = true; });
            groups.forEach(function (g) { state.hidden[g.key] = Object.create(null); });
            applyVisibility();
          });
        }
      }

      function applyVisibility() {
        state.nodeOn = nodes.map(function (node, v) {
          if (!node.tie && (isHidden("kind", node.kind) || isHidden("country", node.country || "")
            || isHidden("community", String(node.community)))) { return false; }
          return presentAt(node.present, state.month);
        });
        state.tieOn = ties.map(function (t) {
          if (isHidden("tie", t.kind) || !presentAt(t.active, state.month)) { return false; }
          return t.parties.filter(function (p) { return state.nodeOn[p]; }).length >= 2;
        });
        if (svg) {
          var hubOn = Object.create(null);
          hubs.forEach(function (h) {
            hubOn[h.g.querySelector("title").textContent.trim()] = state.tieOn[h.tie];
            h.g.classList.toggle("cg-off", !state.tieOn[h.tie]);
          });
          nodeEls.forEach(function (g, v) { if (g) { g.classList.toggle("cg-off", !state.nodeOn[v]); } });
          var endOn = function (title) {
            var v = indexById[title];
            if (v !== undefined) { return state.nodeOn[v]; }
            return hubOn[title] !== false;
          };
          edgeInfo.forEach(function (e) {
            var on = endOn(e.a) && endOn(e.b);
            if (e.tie >= 0) { on = on && state.tieOn[e.tie]; }
            else if (e.partOf) { on = on && !isHidden("tie", "part-of"); }
            e.g.classList.toggle("cg-off", !on);
          });
        }
        rows.forEach(function (r) { r.classList.toggle("off", !state.nodeOn[Number(r.getAttribute("data-node"))]); });
        var partners = 0, shown = 0, tieTotal = 0, tiesShown = 0;
        nodes.forEach(function (node, v) { if (isPartner(v)) { partners += 1; if (state.nodeOn[v]) { shown += 1; } } });
        ties.forEach(function (t, i) { if (t.parties.length >= 2) { tieTotal += 1; if (state.tieOn[i]) { tiesShown += 1; } } });
        var status = document.getElementById("view-status");
        if (status) {
          status.setAttribute("data-partners", String(shown));
          status.setAttribute("data-ties", String(tiesShown));
          status.textContent = "Showing " + shown + " of " + plural(partners, "partner", "partners") + " and "
            + tiesShown + " of " + plural(tieTotal, "tie", "ties") + (state.month ? " as of " + state.month : "") + ".";
        }
        updateTimeLabel(shown, tiesShown);
        if (state.selected >= 0) { showDetails(state.selected); }
      }
    """#
}
