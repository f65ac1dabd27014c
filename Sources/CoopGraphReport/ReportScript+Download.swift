extension ReportScript {
  /// Downloads the view as it is (its viewBox, filters and highlight) as SVG, or as PNG drawn
  /// through a canvas at twice the frame's size. Works from file:// (blob and data URLs only).
  static let download = #"""
      var EXPORT_STYLE = [
        ".cg-off { display: none; }",
        "svg.focus g.node:not(.hl):not(.hl-n), svg.focus g.edge:not(.hl) { opacity: .15; }",
        "g.edge.hl path { stroke: #d9480f; stroke-width: 2.5px; }",
        "g.edge.hl polygon { stroke: #d9480f; fill: #d9480f; }",
        "g.node.hl ellipse, g.node.hl polygon, g.node.hl path { stroke: #d9480f; stroke-width: 3px; }"
      ].join("\n");

      function fileStem() {
        var base = String(data.title || data.file || "coopgraph").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
        return (base.slice(0, 60) || "coopgraph") + "-diagram";
      }
      function viewSVG() {
        var f = frameBox(), copy = svg.cloneNode(true);
        copy.querySelectorAll(".cg-off").forEach(function (g) { g.parentNode.removeChild(g); });
        copy.removeAttribute("role");
        copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
        copy.setAttribute("width", String(f.w));
        copy.setAttribute("height", String(f.h));
        var style = document.createElementNS("http://www.w3.org/2000/svg", "style");
        style.textContent = EXPORT_STYLE;
        copy.insertBefore(style, copy.firstChild);
        var text = new XMLSerializer().serializeToString(copy);
        return { text: text, w: f.w, h: f.h };
      }
      function save(blob, name) {
        var a = document.createElement("a"), url = URL.createObjectURL(blob);
        a.href = url;
        a.download = name;
        a.hidden = true;
        document.body.appendChild(a);
        a.click();
        document.body.removeChild(a);
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      }
      function downloadSVG() {
        // UTF-8, the default of XML: no declaration needed.
        save(new Blob([viewSVG().text], { type: "image/svg+xml" }), fileStem() + ".svg");
      }
      function downloadPNG() {
        var picture = viewSVG(), image = new Image(), scale = 2;
        image.onload = function () {
          var canvas = document.createElement("canvas");
          canvas.width = Math.round(picture.w * scale);
          canvas.height = Math.round(picture.h * scale);
          var c = canvas.getContext("2d");
          c.fillStyle = "#ffffff";
          c.fillRect(0, 0, canvas.width, canvas.height);
          c.drawImage(image, 0, 0, canvas.width, canvas.height);
          canvas.toBlob(function (blob) { if (blob) { save(blob, fileStem() + ".png"); } }, "image/png");
        };
        image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(picture.text);
      }
      function setUpDownloads() {
        var svgButton = document.getElementById("download-svg"), pngButton = document.getElementById("download-png");
        if (!svg || !svgButton || !pngButton || !full) { return; }
        svgButton.addEventListener("click", downloadSVG);
        pngButton.addEventListener("click", downloadPNG);
      }
    """#
}
