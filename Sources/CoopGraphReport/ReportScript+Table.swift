extension ReportScript {
  /// The ranking table: sort by any column (numbers as numbers, empty cells, undefined
  /// measures, always last), filter by text and kind.
  static let table = #"""
      function setUpTable() {
        var table = document.getElementById("ranking-table");
        if (!table) { return; }
        rows = Array.prototype.slice.call(table.tBodies[0].rows);
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
      }
    """#
}
