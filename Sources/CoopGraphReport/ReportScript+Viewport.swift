extension ReportScript {
  /// Zoom and pan by changing the SVG's `viewBox` (the picture stays vector-sharp): the wheel
  /// zooms at the cursor, two pointers pinch, a drag pans (a click that did not move still
  /// selects), buttons +, − and Fit, keys + − 0 and the arrows when the frame has focus.
  ///
  /// The first view is readable: when fitting the whole picture would draw the smallest node
  /// label below 11 px, it zooms until that label is 11 px and centres on the top key partner
  /// (or the largest node); Fit still shows everything. Print shows the whole picture.
  static let viewport = #"""
      var full = null;          // the picture's own viewBox
      var minLabel = 14;        // the smallest node label, in SVG units
      var READABLE_PX = 11.5;   // the first view draws every node label at least this tall

      function frameBox() { return { w: Math.max(1, frame.clientWidth), h: Math.max(1, frame.clientHeight) }; }
      function pxPerUnit() { return frameBox().w / state.view.w; }
      function setView(x, y, w) {
        var f = frameBox(), h = w * f.h / f.w;
        state.view = { x: x, y: y, w: w, h: h };
        svg.setAttribute("viewBox", [x, y, w, h].map(function (z) { return z.toFixed(2); }).join(" "));
      }
      function clampWidth(w) {
        var most = Math.max(full.w, full.h * frameBox().w / frameBox().h) * 3;
        var least = frameBox().w / (READABLE_PX / minLabel * 12);
        return Math.min(most, Math.max(least, w));
      }
      function fitView() {
        var f = frameBox(), w = Math.max(full.w, full.h * f.w / f.h), h = w * f.h / f.w;
        setView(full.x - (w - full.w) / 2, full.y - (h - full.h) / 2, w);
      }
      // Zooms by `factor` (> 1 closer) keeping the point under client (cx, cy) in place.
      function zoomAt(factor, cx, cy) {
        var p = toUnits(cx, cy), v = state.view, w = clampWidth(v.w / factor), h = w * v.h / v.w;
        setView(p.x - (p.x - v.x) / v.w * w, p.y - (p.y - v.y) / v.h * h, w);
      }
      function zoomCentre(factor) {
        var r = frame.getBoundingClientRect();
        zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
      }
      function toUnits(cx, cy) {
        var m = svg.getScreenCTM(), p = svg.createSVGPoint();
        p.x = cx;
        p.y = cy;
        return m ? p.matrixTransform(m.inverse()) : { x: state.view.x, y: state.view.y };
      }
      function centreAt(x, y, w) {
        var f = frameBox(), h = w * f.h / f.w;
        setView(x - w / 2, y - h / 2, w);
      }
      // Centres on node v, zooming in to the readable scale when the view is farther.
      function centreOn(v, zoom) {
        var g = nodeEls[v];
        if (!g || !state.view) { return; }
        var r = g.getBoundingClientRect(), c = toUnits(r.left + r.width / 2, r.top + r.height / 2);
        var w = state.view.w, readable = frameBox().w / (READABLE_PX / minLabel);
        if (zoom !== false && w > readable) { w = readable; }
        centreAt(c.x, c.y, w);
      }
      function smallestLabel() {
        var least = Infinity, root = svg.getScreenCTM();
        svg.querySelectorAll("g.node text").forEach(function (t) {
          var size = parseFloat(t.getAttribute("font-size") || "14"), m = t.getScreenCTM();
          var s = root && m && root.a ? m.a / root.a : 1;
          if (size * s > 0) { least = Math.min(least, size * s); }
        });
        return least === Infinity ? 14 : least;
      }
      function defaultView() {
        fitView();
        if (pxPerUnit() * minLabel >= READABLE_PX) { return; }
        var top = ((data.keyPartners || {}).partners || [])[0], v = top ? indexById[top.id] : undefined;
        if (v === undefined || !nodeEls[v]) {
          var best = -1;
          nodeEls.forEach(function (g, u) {
            if (!g) { return; }
            var r = g.getBoundingClientRect(), area = r.width * r.height;
            if (area > best) { best = area; v = u; }
          });
        }
        var readable = frameBox().w / (READABLE_PX / minLabel);
        if (v === undefined) { centreAt(full.x + full.w / 2, full.y + full.h / 2, readable); return; }
        centreOn(v, true);
      }

      function setUpViewport() {
        if (!svg || !frame) { return; }
        var box = (svg.getAttribute("viewBox") || "").trim().split(/[\s,]+/).map(Number);
        if (box.length !== 4 || box.some(isNaN) || box[2] <= 0 || box[3] <= 0) { return; }
        full = { x: box[0], y: box[1], w: box[2], h: box[3] };
        frame.classList.add("interactive");
        frame.tabIndex = 0;
        frame.setAttribute("aria-label", "Diagram: scroll or pinch to zoom, drag to pan, + - 0 and arrow keys");
        setView(full.x, full.y, full.w);
        minLabel = smallestLabel();
        defaultView();

        frame.addEventListener("wheel", function (event) {
          event.preventDefault();
          var unit = event.deltaMode === 1 ? 30 : (event.deltaMode === 2 ? 300 : 1);
          zoomAt(Math.exp(-event.deltaY * unit * 0.002), event.clientX, event.clientY);
        }, { passive: false });

        // Pointers: one drags (after 4 px, so that a click still selects), two pinch.
        var pointers = Object.create(null), drag = null, pinch = null, swallowClick = false;
        function count() { return Object.keys(pointers).length; }
        function startDrag(x, y) { drag = { x: x, y: y, view: state.view, moved: false }; }
        function startPinch() {
          var p = Object.keys(pointers).map(function (k) { return pointers[k]; });
          pinch = { d: Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1, view: state.view,
            mid: toUnits((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2) };
          drag = null;
        }
        frame.addEventListener("pointerdown", function (event) {
          if (event.pointerType === "mouse" && event.button !== 0) { return; }
          pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
          if (count() === 1) { startDrag(event.clientX, event.clientY); }
          else if (count() === 2) { startPinch(); }
        });
        frame.addEventListener("pointermove", function (event) {
          if (!pointers[event.pointerId]) { return; }
          pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
          if (pinch && count() >= 2) {
            var p = Object.keys(pointers).map(function (k) { return pointers[k]; });
            var d = Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1, v = pinch.view;
            var w = clampWidth(v.w * pinch.d / d), h = w * v.h / v.w;
            var mx = (p[0].x + p[1].x) / 2, my = (p[0].y + p[1].y) / 2, s = frameBox().w / w;
            var r = svg.getBoundingClientRect();
            // The point that was between the fingers stays between them.
            setView(pinch.mid.x - (mx - r.left) / s, pinch.mid.y - (my - r.top) / s, w);
            swallowClick = true;
            return;
          }
          if (!drag) { return; }
          var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
          if (!drag.moved && Math.hypot(dx, dy) < 4) { return; }
          if (!drag.moved) {
            drag.moved = true;
            frame.classList.add("panning");
            if (frame.setPointerCapture) { try { frame.setPointerCapture(event.pointerId); } catch (e) { /* gone */ } }
          }
          var s = frameBox().w / drag.view.w;
          setView(drag.view.x - dx / s, drag.view.y - dy / s, drag.view.w);
        });
        function release(event) {
          if (!pointers[event.pointerId]) { return; }
          delete pointers[event.pointerId];
          if (drag && drag.moved) { swallowClick = true; }
          frame.classList.remove("panning");
          if (count() < 2) { pinch = null; }
          if (count() === 1) {
            var k = Object.keys(pointers)[0];
            startDrag(pointers[k].x, pointers[k].y);
          } else if (count() === 0) {
            drag = null;
            // The click that ends a drag or a pinch comes right after; later clicks select.
            setTimeout(function () { swallowClick = false; }, 0);
          }
        }
        frame.addEventListener("pointerup", release);
        frame.addEventListener("pointercancel", release);
        frame.addEventListener("click", function (event) {
          if (swallowClick) { swallowClick = false; event.stopPropagation(); event.preventDefault(); }
        }, true);

        frame.addEventListener("keydown", function (event) {
          if (event.target !== frame) { return; }
          var v = state.view, step = 0.1;
          switch (event.key) {
            case "+": case "=": zoomCentre(1.25); break;
            case "-": case "_": zoomCentre(0.8); break;
            case "0": fitView(); break;
            case "ArrowLeft": setView(v.x - v.w * step, v.y, v.w); break;
            case "ArrowRight": setView(v.x + v.w * step, v.y, v.w); break;
            case "ArrowUp": setView(v.x, v.y - v.h * step, v.w); break;
            case "ArrowDown": setView(v.x, v.y + v.h * step, v.w); break;
            default: return;
          }
          event.preventDefault();
        });
        document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
        document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
        document.getElementById("zoom-fit").addEventListener("click", fitView);

        // Print: the whole picture, then back to the view.
        var saved = null;
        // A new window size keeps the centre and the scale (not while printing).
        var lastWidth = frameBox().w;
        window.addEventListener("resize", function () {
          if (saved) { return; }
          var v = state.view, f = frameBox(), w = v.w * f.w / lastWidth;
          lastWidth = f.w;
          centreAt(v.x + v.w / 2, v.y + v.h / 2, w);
        });

        function toPrint() { if (!saved) { saved = state.view; svg.setAttribute("viewBox", [full.x, full.y, full.w, full.h].join(" ")); } }
        // Back to the view as it was, once the page is no longer laid out for print.
        function fromPrint() {
          if (!saved || (window.matchMedia && window.matchMedia("print").matches)) { return; }
          var v = saved;
          saved = null;
          svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map(function (z) { return z.toFixed(2); }).join(" "));
        }
        window.addEventListener("beforeprint", toPrint);
        window.addEventListener("afterprint", fromPrint);
        if (window.matchMedia) {
          var print = window.matchMedia("print");
          var onPrint = function (m) { if (m.matches) { toPrint(); } else { fromPrint(); } };
          if (print.addEventListener) { print.addEventListener("change", onPrint); } else if (print.addListener) { print.addListener(onPrint); }
        }
        document.getElementById("diagram-tools").hidden = false;
      }
    """#
}
