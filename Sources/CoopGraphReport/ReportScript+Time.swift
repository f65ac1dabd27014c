extension ReportScript {
  /// The time slider of a record dated over more than one month: one step per month from the month of the record's
  /// first date to that of its last, and a last step for the whole record.
  ///
  /// The page does not re-derive the rules of `docs/time.md`: the library computes, by those
  /// rules, the days each node is present on and each tie is active on (`present`, `active`:
  /// day spans `[from, to]`, `null` for an open end) and the page only checks them against the
  /// chosen month, as `--as-of YYYY-MM` does ("present or active on some day of the month").
  /// The rules, for the reader: an entity's own span runs from `joined` to `left`; a tie is
  /// active from its date (or range start) to its range end, and stays active when it has no
  /// end, on the days at least two of its parties take part; an entity is present on its own
  /// span when it says when it joined, else on the days it takes part in an active tie; a whole
  /// is present when one of its parts is. Undated ties are active on every day (the library's
  /// default, `--undated include`). A tie then shows when at least two of its parties show.
  static let time = #"""
      var months = [];

      /// Whether day spans (null: the record has no dates) meet the month "YYYY-MM" (null: any).
      /// ISO dates compare as strings; "YYYY-MM-31" closes every month.
      function presentAt(spans, month) {
        if (!month || !spans) { return true; }
        var from = month + "-01", to = month + "-31";
        return spans.some(function (s) { return (s[0] === null || s[0] <= to) && (s[1] === null || s[1] >= from); });
      }
      function monthsBetween(first, last) {
        var y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)), out = [];
        var end = last.slice(0, 7);
        for (var guard = 0; guard < 12000; guard++) {
          var text = String(y).padStart(4, "0") + "-" + String(m).padStart(2, "0");
          out.push(text);
          if (text >= end) { break; }
          m += 1;
          if (m > 12) { m = 1; y += 1; }
        }
        return out;
      }
      function updateTimeLabel(shown, tiesShown) {
        var label = document.getElementById("time-label");
        if (!label) { return; }
        label.textContent = (state.month ? "As of " + state.month : "Whole record") + ": "
          + plural(shown, "partner", "partners") + ", " + plural(tiesShown, "tie", "ties");
      }
      function setUpTime() {
        var box = document.getElementById("time-control"), slider = document.getElementById("time-slider");
        if (!svg || !box || !slider || !data.dateRange) { return; }
        months = monthsBetween(data.dateRange.first, data.dateRange.last);
        if (months.length < 2) { months = []; return; }
        slider.min = "0";
        slider.max = String(months.length);
        slider.step = "1";
        slider.value = String(months.length);
        slider.setAttribute("aria-valuetext", "whole record");
        document.getElementById("time-first").textContent = months[0];
        document.getElementById("time-last").textContent = months[months.length - 1];
        slider.addEventListener("input", function () {
          var i = Number(slider.value);
          state.month = i < months.length ? months[i] : null;
          slider.setAttribute("aria-valuetext", state.month || "whole record");
          applyVisibility();
        });
        box.hidden = false;
      }
    """#
}
