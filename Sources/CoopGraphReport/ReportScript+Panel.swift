extension ReportScript {
  /// The selection panel: the selected partner's name, kind, country, measures (value and
  /// rank), the key-partner sentence, its parent and parts, and each of its ties with kind,
  /// label, date, the other parties and the sentence of the record it comes from.
  static let panel = #"""
      var details = document.getElementById("details");

      function nodeLink(u) {
        var link = el("a", nodes[u].name);
        link.href = "#";
        link.setAttribute("data-node", String(u));
        link.addEventListener("click", function (event) { event.preventDefault(); select(u, false); });
        return link;
      }
      function linkList(list) {
        var span = el("span");
        list.forEach(function (u, i) {
          if (i > 0) { span.appendChild(document.createTextNode(", ")); }
          span.appendChild(nodeLink(u));
        });
        return span;
      }
      function tieDate(t) {
        if (!t.date) { return "undated"; }
        return t.end ? t.date + " to " + t.end : t.date;
      }
      function tieItem(i, v) {
        var t = ties[i], item = el("li", null, "tie");
        if (!state.tieOn[i]) { item.classList.add("off"); }
        item.appendChild(el("strong", t.kind));
        if (t.label) { item.appendChild(document.createTextNode(": " + t.label)); }
        item.appendChild(el("span", " \u00b7 " + tieDate(t), "sub"));
        var others = t.parties.filter(function (p) { return p !== v; });
        if (others.length) {
          var with_ = el("div", "with ");
          with_.appendChild(linkList(others));
          item.appendChild(with_);
        }
        if (t.source) { item.appendChild(el("q", t.source, "source")); }
        return item;
      }
      function showDetails(v) {
        if (!details) { return; }
        details.textContent = "";
        if (v < 0) { details.appendChild(el("p", "Click a partner in the diagram or the table.", "hint")); return; }
        var node = nodes[v];
        details.appendChild(el("h3", node.name));
        var sub = [node.id, node.kind];
        if (node.country) { sub.push(node.country); }
        details.appendChild(el("p", sub.join(" \u00b7 "), "sub"));
        if (node.aliases && node.aliases.length) { details.appendChild(el("p", "Also called " + node.aliases.join(", "), "sub")); }
        if (!state.nodeOn[v]) { details.appendChild(el("p", "Hidden by the filters or the date.", "note")); }
        if (why[node.id]) { details.appendChild(el("p", why[node.id], "why")); }
        if (parentOf[v] >= 0) {
          var up = el("p", "Part of ");
          up.appendChild(nodeLink(parentOf[v]));
          details.appendChild(up);
        }
        if (partsOf[v].length) {
          var down = el("p", "Parts (" + partsOf[v].length + "): ");
          down.appendChild(linkList(partsOf[v]));
          details.appendChild(down);
        }
        var table = el("table", null, "small"), head = el("tr");
        ["Measure", "Value", "Rank"].forEach(function (h, i) { head.appendChild(el("th", h, i ? "num" : null)); });
        table.appendChild(head);
        measures.forEach(function (m) {
          var row = el("tr"), rank = node.ranks[m.key];
          row.appendChild(el("td", m.title));
          row.appendChild(el("td", fmt(node.measures[m.key], m.integer), "num"));
          row.appendChild(el("td", rank === null ? "\u2013" : rank + " of " + n, "num"));
          table.appendChild(row);
        });
        details.appendChild(table);
        if (tiesOf[v].length) {
          details.appendChild(el("h4", "Ties in the record (" + tiesOf[v].length + ")"));
          var tieList = el("ul", null, "ties");
          tiesOf[v].forEach(function (i) { tieList.appendChild(tieItem(i, v)); });
          details.appendChild(tieList);
        }
        var partners = adjacency[v].slice().sort(function (x, y) {
          return nodes[x.node].name.localeCompare(nodes[y.node].name);
        });
        details.appendChild(el("h4", "Partners in the graph (" + partners.length + ")"));
        var list = el("ul", null, "partners");
        partners.forEach(function (t) {
          var item = el("li");
          item.appendChild(nodeLink(t.node));
          if (data.counts.weighted) { item.appendChild(document.createTextNode(" (" + t.weight + ")")); }
          list.appendChild(item);
        });
        details.appendChild(list);
      }

      var rows = [];
      function select(v, scroll) {
        state.selected = v;
        highlight(v);
        showDetails(v);
        rows.forEach(function (r) { r.classList.toggle("selected", Number(r.getAttribute("data-node")) === v); });
        if (scroll && v >= 0) {
          var target = svg ? document.getElementById("diagram") : details;
          if (target && target.scrollIntoView) { target.scrollIntoView({ block: "start" }); }
          if (svg) { centreOn(v, false); }
        }
      }

      function setUpPanel() {
        document.querySelectorAll("a.node-link").forEach(function (a) {
          a.addEventListener("click", function (event) {
            event.preventDefault();
            select(Number(a.getAttribute("data-node")), true);
          });
        });
        document.addEventListener("keydown", function (event) { if (event.key === "Escape") { select(-1, false); } });
      }
    """#
}
