extension ReportScript {
  /// The search box: suggestions as you type (id, name or alias; whole matches first, then
  /// those that start with the text, then those that contain it), arrow keys to move, Enter to
  /// centre the diagram on the partner (zooming in if needed) and select it.
  static let search = #"""
      function matches(query) {
        var q = query.trim().toLowerCase(), found = [];
        if (!q) { return found; }
        nodes.forEach(function (node, v) {
          var names = [node.name, node.id].concat(node.aliases || []), best = 3, hit = null;
          names.forEach(function (name) {
            var s = String(name).toLowerCase(), rank = s === q ? 0 : (s.indexOf(q) === 0 ? 1 : (s.indexOf(q) >= 0 ? 2 : 3));
            if (rank < best) { best = rank; hit = name; }
          });
          if (best < 3) { found.push({ v: v, rank: best, hit: hit }); }
        });
        found.sort(function (x, y) {
          return x.rank - y.rank || nodes[x.v].name.localeCompare(nodes[y.v].name) || x.v - y.v;
        });
        return found.slice(0, 8);
      }

      function setUpSearch() {
        var input = document.getElementById("diagram-search"), list = document.getElementById("search-suggestions");
        if (!svg || !input || !list) { return; }
        var current = [], active = -1;
        function close() {
          list.hidden = true;
          input.setAttribute("aria-expanded", "false");
          input.removeAttribute("aria-activedescendant");
          active = -1;
        }
        function mark(i) {
          active = i;
          Array.prototype.forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", String(j === i)); });
          if (i >= 0) { input.setAttribute("aria-activedescendant", "suggestion-" + i); }
        }
        function pick(v) {
          close();
          input.value = nodes[v].name;
          select(v, false);
          centreOn(v, true);
        }
        function render() {
          current = matches(input.value);
          list.textContent = "";
          current.forEach(function (m, i) {
            var node = nodes[m.v], li = el("li", node.name);
            li.id = "suggestion-" + i;
            li.setAttribute("role", "option");
            li.setAttribute("data-node", String(m.v));
            var note = m.hit !== node.name ? m.hit : (node.country ? node.kind + ", " + node.country : node.kind);
            li.appendChild(el("span", " " + note, "sub"));
            li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(m.v); });
            list.appendChild(li);
          });
          list.hidden = current.length === 0;
          input.setAttribute("aria-expanded", String(current.length > 0));
          mark(current.length ? 0 : -1);
        }
        input.addEventListener("input", render);
        input.addEventListener("focus", function () { if (input.value) { render(); } });
        input.addEventListener("blur", close);
        input.addEventListener("keydown", function (event) {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            if (list.hidden) { render(); }
            if (!current.length) { return; }
            var step = event.key === "ArrowDown" ? 1 : -1;
            mark((active + step + current.length) % current.length);
          } else if (event.key === "Enter") {
            event.preventDefault();
            if (list.hidden) { current = matches(input.value); active = current.length ? 0 : -1; }
            if (active >= 0 && current[active]) { pick(current[active].v); }
          } else if (event.key === "Escape") {
            event.stopPropagation();
            close();
          }
        });
      }
    """#
}
