#!/usr/bin/env python3
"""Explores a CoopGraph HTML report's diagram in headless Chromium with real input events, as a
person in a meeting would: zoom, pan, pinch, Fit, search, filters, the selection panel, the time
slider, downloads, narrow windows, print and a browser with JavaScript off.

    python3 scripts/browser_explore_test.py REPORT.html RECORD [--coopgraph BIN] [--images DIR] [--search TEXT]

RECORD is the file the report was written from: the time slider's counts are compared with
`coopgraph info RECORD --as-of YYYY-MM --format json` (BIN, default .build/debug/coopgraph).
--search names the partner to look for (an id, name or alias; default: the first alias in the
record). With --images, screenshots go to DIR (report-search.png; report-time.png for a dated record).

Fails (exit 1) on any console error or failed check:
- every node label is at least 11 px tall at the first view (1400 px window);
- the mouse wheel zooms in and out around the cursor; two touch points moving apart zoom in;
  a drag pans and does not select; Fit shows every node; + - 0 work when the frame has focus;
- typing an alias in the search box suggests the partner, Enter selects it, centres the diagram
  on it, and the panel lists its ties with the source sentences of the record;
- unticking countries leaves exactly the partners of the ticked one; unticking a tie kind hides
  exactly the lines of that kind (the kind Graphviz wrote in each line's tooltip);
- clicking a university keeps its schools highlighted (part-of is a relation) and the panel
  names its parts;
- the time slider, moved with the keyboard, shows the library's node and tie counts as of each
  month tested;
- the SVG and PNG downloads are files: the SVG parses with the current viewBox, the PNG has
  the PNG signature and twice the frame's size;
- at 1024 and 1400 px no column of the ranking table is cut off;
- print media hides the controls and shows the whole picture;
- with JavaScript off the static diagram shows.
"""

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_test as bt  # noqa: E402  (shares check, the driver and the console check)

check = bt.check


def view_box(driver):
    return [float(x) for x in driver.execute_script(
        "return document.querySelector('svg.diagram').getAttribute('viewBox')").split()]


def frame_rect(driver):
    return driver.execute_script("var r = document.getElementById('diagram-frame').getBoundingClientRect();"
                                 "return {x: r.left, y: r.top, w: r.width, h: r.height};")


def to_units(driver, x, y):
    """The SVG point under client (x, y): a reading, not an input."""
    return driver.execute_script(
        "var s = document.querySelector('svg.diagram'), p = s.createSVGPoint(); p.x = arguments[0]; p.y = arguments[1];"
        "p = p.matrixTransform(s.getScreenCTM().inverse()); return [p.x, p.y];", x, y)


def label_sizes(driver):
    """Every node label's height on screen: font size times the screen CTM's scale."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('svg.diagram g.node text')).map(function (t) {"
        "  return parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a; });")


def shown_nodes(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('svg.diagram g.node[data-node]'))"
        ".filter(function (g) { return getComputedStyle(g).display !== 'none'; })"
        ".map(function (g) { return Number(g.getAttribute('data-node')); });")


def edge_lines(driver):
    """Each drawn line: its kind (second line of Graphviz's tooltip), its ends, whether it shows."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('svg.diagram g.edge')).map(function (g) {"
        "  var a = g.querySelector('a'), tip = a ? (a.getAttribute('xlink:title') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'title') || '') : '';"
        "  return { kind: (tip.split('\\n')[1] || '').split(',')[0].trim(), title: g.querySelector('title').textContent,"
        "    shown: getComputedStyle(g).display !== 'none' }; });")


def wheel(driver, x, y, delta):
    driver.execute_cdp_cmd("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    driver.execute_cdp_cmd("Input.dispatchMouseEvent",
                           {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta})
    time.sleep(0.15)


def wait_for_file(folder, suffix, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        done = [f for f in os.listdir(folder) if f.endswith(suffix)]
        if done:
            path = os.path.join(folder, done[0])
            time.sleep(0.2)
            return path
        time.sleep(0.1)
    return None


def library_counts(binary, record, month):
    out = subprocess.run([binary, "info", record, "--as-of", month, "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    info = json.loads(out)
    return info["graph"]["nodes"], info["ties"]["total"]


def explore(driver, report, record, binary, images, search):
    driver.set_window_size(1400, 1000)
    driver.get("file://" + report)
    time.sleep(0.6)
    problems = bt.console_problems(driver)
    check(not problems, "explore: no console errors on load" + (": " + "; ".join(problems) if problems else ""))
    data = json.loads(driver.find_element(By.ID, "coopgraph-data").get_attribute("textContent"))
    nodes = data["nodes"]
    with open(report, encoding="utf-8") as f:
        page = f.read()
    start = page.index("<svg class=\"diagram\"")
    vb_at = page.index("viewBox=\"", start) + len("viewBox=\"")
    full = [float(x) for x in page[vb_at:page.index("\"", vb_at)].split()]

    driver.execute_script("document.getElementById('diagram').scrollIntoView({block: 'start'})")
    time.sleep(0.2)

    # Readable at the first view.
    sizes = label_sizes(driver)
    check(sizes and min(sizes) >= 11, f"every node label is at least 11 px at the first view (smallest {min(sizes):.1f} px)")
    heights = driver.execute_script(
        "var f = document.getElementById('diagram-frame').getBoundingClientRect();"
        "return Array.from(document.querySelectorAll('svg.diagram g.node text')).map(function (t) { return t.getBoundingClientRect(); })"
        ".filter(function (r) { return r.top >= f.top && r.bottom <= f.bottom && r.left >= f.left && r.right <= f.right; })"
        ".map(function (r) { return r.height; });")
    check(heights and min(heights) >= 11, f"the labels in view are drawn at least 11 px tall ({len(heights)} labels, smallest "
          f"{min(heights) if heights else 0:.1f} px)")

    frame = frame_rect(driver)
    cx, cy = frame["x"] + frame["w"] * 0.3, frame["y"] + frame["h"] * 0.4

    # Wheel: zooms in around the cursor, then out.
    before, under = view_box(driver), to_units(driver, cx, cy)
    wheel(driver, cx, cy, -240)
    after, still = view_box(driver), to_units(driver, cx, cy)
    check(after[2] < before[2] * 0.9, f"the wheel zooms in (viewBox width {before[2]:.0f} -> {after[2]:.0f})")
    moved = max(abs(still[0] - under[0]), abs(still[1] - under[1]))
    check(moved < 1.5, f"the wheel zooms around the cursor (the point under it moved {moved:.2f} units)")
    wheel(driver, cx, cy, 240)
    check(view_box(driver)[2] > after[2] * 1.1, "the wheel zooms out")

    # Drag: pans, and does not select.
    driver.execute_script("document.getElementById('view-status').scrollIntoView({block: 'start'})")
    time.sleep(0.1)
    frame = frame_rect(driver)
    empty = driver.execute_script(
        "var f = arguments[0];"
        "for (var y = f.y + 20; y < f.y + f.h - 20; y += 15) { for (var x = f.x + 20; x < f.x + f.w - 120; x += 15) {"
        "  var e = document.elementFromPoint(x, y);"
        "  if (e && !e.closest('g.node') && !e.closest('g.edge') && e.closest('svg.diagram')) { return [x, y]; } } }"
        "return null;", frame)
    check(empty is not None, "the diagram has empty ground to drag")
    if empty:
        before = view_box(driver)
        scale = frame["w"] / before[2]
        x0, y0 = int(empty[0]), int(empty[1])
        actions = ActionBuilder(driver)
        actions.pointer_action.move_to_location(x0, y0).pointer_down()
        for step in range(1, 6):
            actions.pointer_action.move_to_location(x0 + 20 * step, y0 + 10 * step)
        actions.pointer_action.pointer_up()
        actions.perform()
        time.sleep(0.2)
        after = view_box(driver)
        dx, dy = (before[0] - after[0]) * scale, (before[1] - after[1]) * scale
        check(abs(dx - 100) < 6 and abs(dy - 50) < 6, f"a drag pans the picture with the pointer ({dx:.0f}, {dy:.0f} px)")
        check(not driver.find_elements(By.CSS_SELECTOR, "#details h3"), "a drag does not select")

    # Pinch: two touch points moving apart zoom in.
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    frame = frame_rect(driver)
    mx, my = frame["x"] + frame["w"] / 2, frame["y"] + frame["h"] / 2
    before = view_box(driver)
    points = lambda d: [{"x": mx - d, "y": my, "id": 1}, {"x": mx + d, "y": my, "id": 2}]
    driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(40)})
    for d in range(50, 130, 10):
        driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(d)})
        time.sleep(0.02)
    driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
    time.sleep(0.2)
    after = view_box(driver)
    ratio = before[2] / after[2]
    check(2.2 < ratio < 3.8, f"a pinch (fingers 80 -> 240 px apart) zooms in about 3x ({ratio:.2f}x)")

    # Fit shows every node.
    driver.find_element(By.ID, "zoom-fit").click()
    time.sleep(0.2)
    inside = driver.execute_script(
        "var f = document.getElementById('diagram-frame').getBoundingClientRect();"
        "return Array.from(document.querySelectorAll('svg.diagram g.node')).every(function (g) {"
        "  var r = g.getBoundingClientRect(); return r.left >= f.left - 1 && r.right <= f.right + 1 && r.top >= f.top - 1 && r.bottom <= f.bottom + 1; });")
    vb = view_box(driver)
    check(inside and vb[2] >= full[2] - 0.5 and vb[3] >= full[3] - 0.5, f"Fit shows the whole picture ({vb[2]:.0f}x{vb[3]:.0f})")

    # Buttons and keys.
    driver.find_element(By.ID, "zoom-in").click()
    check(view_box(driver)[2] < vb[2] * 0.9, "the + button zooms in")
    driver.find_element(By.ID, "zoom-out").click()
    driver.find_element(By.ID, "zoom-out").click()
    check(view_box(driver)[2] > vb[2] * 1.1, "the − button zooms out")
    driver.execute_script("document.getElementById('diagram-frame').focus()")
    ActionChains(driver).send_keys("+").perform()
    ActionChains(driver).send_keys("+").perform()
    w = view_box(driver)[2]
    ActionChains(driver).send_keys("0").perform()
    check(abs(view_box(driver)[2] - vb[2]) < 1 and w < vb[2], "the + and 0 keys zoom in and fit")

    # Search: an alias, the suggestions, Enter.
    alias_of = [(i, a) for i, node in enumerate(nodes) for a in node.get("aliases", []) if a.lower() != node["name"].lower()]
    target, query = (alias_of[0] if alias_of else (max(range(len(nodes)), key=lambda i: len(nodes[i]["name"])), None))
    query = query or nodes[target]["name"]
    if search:
        query = search
        target = next(i for i, node in enumerate(nodes)
                      if search.lower() in [a.lower() for a in [node["name"], node["id"]] + node.get("aliases", [])])
    box = driver.find_element(By.ID, "diagram-search")
    box.click()
    box.send_keys(query)
    time.sleep(0.2)
    suggestions = driver.find_elements(By.CSS_SELECTOR, "#search-suggestions li")
    check(bool(suggestions) and suggestions[0].get_attribute("data-node") == str(target),
          f"typing '{query}' suggests {nodes[target]['id']} first ({len(suggestions)} suggestions)")
    if len(suggestions) > 1:
        box.send_keys(Keys.ARROW_DOWN)
        moved = suggestions[1].get_attribute("aria-selected") == "true" and box.get_attribute("aria-activedescendant") == "suggestion-1"
        box.send_keys(Keys.ARROW_UP)
        back = suggestions[0].get_attribute("aria-selected") == "true"
        check(moved and back, "the arrow keys move through the suggestions")
    box.send_keys(Keys.ENTER)
    time.sleep(0.3)
    heading = driver.find_elements(By.CSS_SELECTOR, "#details h3")
    check(bool(heading) and heading[0].text == nodes[target]["name"], f"Enter selects {nodes[target]['name']}")
    centre = driver.execute_script(
        "var g = document.querySelector('svg.diagram g.node[data-node=\"' + arguments[0] + '\"]').getBoundingClientRect(),"
        " f = document.getElementById('diagram-frame').getBoundingClientRect();"
        "return [(g.left + g.width / 2 - f.left) / f.width, (g.top + g.height / 2 - f.top) / f.height];", target)
    check(abs(centre[0] - 0.5) < 0.05 and abs(centre[1] - 0.5) < 0.05, f"Enter centres the diagram on it ({centre[0]:.2f}, {centre[1]:.2f})")
    check(min(label_sizes(driver)) >= 11, "after the search the labels are readable")
    sources = [t["source"] for t in data["ties"] if target in t["parties"] and t.get("source")]
    shown = [q.text for q in driver.find_elements(By.CSS_SELECTOR, "#details ul.ties q.source")]
    mine = [t for t in data["ties"] if target in t["parties"]]
    check(len(driver.find_elements(By.CSS_SELECTOR, "#details ul.ties > li")) == len(mine),
          f"the panel lists its {len(mine)} ties")
    check(sorted(shown) == sorted(sources) and (shown or not sources), f"the panel quotes the source sentence of each ({len(shown)})")
    if images:
        # The page at the diagram, the panel at the partner's ties and their sources.
        driver.execute_script(
            "document.getElementById('diagram').scrollIntoView({block: 'start'});"
            "var d = document.getElementById('details'), h = d.querySelector('h4');"
            "if (h) { d.scrollTop = h.offsetTop - d.offsetTop - 8; }")
        time.sleep(0.2)
        driver.save_screenshot(os.path.join(images, "report-search.png"))

    # Filters: one country; then each tie kind.
    driver.find_element(By.CSS_SELECTOR, "#filters summary").click()
    time.sleep(0.1)
    countries = driver.find_elements(By.CSS_SELECTOR, "fieldset[data-group='country'] input")
    values = [c.get_attribute("value") for c in countries]
    keep = "KZ" if "KZ" in values else (values[0] if values else None)
    if keep is not None:
        for c in countries:
            if c.get_attribute("value") != keep:
                c.click()
        time.sleep(0.1)
        expected = sorted(i for i, node in enumerate(nodes) if (node["country"] or "") == keep and not node.get("tie"))
        got = sorted(shown_nodes(driver))
        check(got == expected, f"ticking only country {keep} shows its {len(expected)} partners ({len(got)})")
        status = driver.find_element(By.ID, "view-status").text
        check(status.startswith(f"Showing {len(expected)} of "), f"the line says so: {status!r}")
        driver.find_element(By.ID, "filter-reset").click()
        time.sleep(0.1)
        check(len(shown_nodes(driver)) == len(nodes), "Show all shows every partner again")
    kinds = driver.find_elements(By.CSS_SELECTOR, "fieldset[data-group='tie'] input")
    drawn = edge_lines(driver)
    for box_ in kinds:
        kind = box_.get_attribute("value")
        if kind == "part-of":
            continue
        box_.click()
        time.sleep(0.1)
        lines = edge_lines(driver)
        wrong = [e["title"] for e in lines if (e["kind"] == kind) == e["shown"]]
        check(not wrong and any(e["kind"] == kind for e in drawn),
              f"unticking tie kind '{kind}' hides its {sum(e['kind'] == kind for e in drawn)} lines and no other"
              + (": " + ", ".join(wrong[:5]) if wrong else ""))
        box_.click()
    time.sleep(0.1)
    check(all(e["shown"] for e in edge_lines(driver)), "ticking them again shows every line")

    # A whole and its parts: click the node with the most parts.
    parents = [node.get("parent") for node in nodes]
    counts = {p: parents.count(p) for p in set(parents) if p}
    if counts:
        whole_id = max(sorted(counts), key=lambda p: counts[p])
        whole = next(i for i, node in enumerate(nodes) if node["id"] == whole_id)
        parts = [i for i, node in enumerate(nodes) if node.get("parent") == whole_id]
        driver.find_element(By.ID, "zoom-fit").click()
        g = driver.find_element(By.CSS_SELECTOR, f"svg.diagram g.node[data-node='{whole}']")
        ActionChains(driver).move_to_element(g).click().perform()
        time.sleep(0.3)
        opacity = driver.execute_script(
            "return arguments[0].map(function (v) { return Number(getComputedStyle("
            "document.querySelector('svg.diagram g.node[data-node=\"' + v + '\"]')).opacity); });", parts)
        check(min(opacity) > 0.9, f"clicking {whole_id} keeps its {len(parts)} parts highlighted (opacity {min(opacity):.2f})")
        text = driver.find_element(By.ID, "details").text
        check(f"Parts ({len(parts)})" in text, "the panel names its parts")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)

    # The time slider of a dated record.
    slider = driver.find_elements(By.ID, "time-slider")
    if slider and slider[0].is_displayed():
        slider = slider[0]
        first, last = data["dateRange"]["first"][:7], data["dateRange"]["last"][:7]
        months = []
        y, m = int(first[:4]), int(first[5:7])
        while True:
            months.append(f"{y:04d}-{m:02d}")
            if months[-1] >= last:
                break
            m += 1
            if m > 12:
                y, m = y + 1, 1
        # A closer look than Fit, with the filters folded, for the picture.
        driver.find_element(By.CSS_SELECTOR, "#filters summary").click()
        driver.find_element(By.ID, "zoom-fit").click()
        driver.find_element(By.ID, "zoom-in").click()
        driver.find_element(By.ID, "zoom-in").click()
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", slider)
        slider.send_keys(Keys.HOME)
        probes = [0, len(months) // 3, len(months) // 2, len(months) - 1]
        position = 0
        for target in probes:
            for _ in range(target - position):
                slider.send_keys(Keys.ARROW_RIGHT)
            position = target
            time.sleep(0.1)
            month = months[target]
            want_nodes, want_ties = library_counts(binary, record, month)
            status = driver.find_element(By.ID, "view-status")
            got_nodes, got_ties = len(shown_nodes(driver)), int(status.get_attribute("data-ties"))
            label = driver.find_element(By.ID, "time-label").text
            check(got_nodes == want_nodes and got_ties == want_ties and month in label,
                  f"as of {month} the page shows {got_nodes} nodes and {got_ties} ties, the library {want_nodes} and {want_ties} ({label})")
            if images and target == probes[2]:
                driver.execute_script("document.getElementById('diagram').scrollIntoView({block: 'start'})")
                time.sleep(0.2)
                driver.save_screenshot(os.path.join(images, "report-time.png"))
        slider.send_keys(Keys.END)
        time.sleep(0.1)
        check(len(shown_nodes(driver)) == len(nodes), "the slider's last step is the whole record")

    # Downloads.
    folder = tempfile.mkdtemp(prefix="coopgraph-download-")
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
    driver.execute_script("document.getElementById('diagram').scrollIntoView({block: 'start'})")
    current = view_box(driver)
    driver.find_element(By.ID, "download-svg").click()
    path = wait_for_file(folder, ".svg")
    check(path is not None, "the SVG button downloads a file")
    if path:
        root = ET.parse(path).getroot()
        box = [float(x) for x in root.get("viewBox").split()]
        check(root.tag.endswith("svg") and all(abs(a - b) < 0.02 for a, b in zip(box, current)),
              f"the SVG parses and has the current view ({os.path.getsize(path)} bytes)")
    driver.find_element(By.ID, "download-png").click()
    path = wait_for_file(folder, ".png")
    check(path is not None, "the PNG button downloads a file")
    if path:
        with open(path, "rb") as f:
            head = f.read(24)
        width, height = struct.unpack(">II", head[16:24])
        frame = driver.execute_script("var f = document.getElementById('diagram-frame'); return [f.clientWidth, f.clientHeight];")
        check(head[:8] == b"\x89PNG\r\n\x1a\n" and os.path.getsize(path) > 20_000,
              f"the PNG has the PNG signature and is not trivial ({os.path.getsize(path)} bytes)")
        check((width, height) == (2 * frame[0], 2 * frame[1]), f"the PNG is twice the frame's size ({width}x{height})")

    # Narrow windows: no column cut off.
    for width in (1024, 1400):
        driver.set_window_size(width, 1000)
        time.sleep(0.3)
        fit = driver.execute_script(
            "var w = document.querySelector('.table-wrap'), t = document.getElementById('ranking-table'),"
            " r = w.getBoundingClientRect();"
            "var cut = Array.from(t.tHead.rows[0].cells).filter(function (c) { return c.getBoundingClientRect().right > r.right + 0.5; });"
            "return [t.scrollWidth, w.clientWidth, cut.map(function (c) { return c.textContent; })];")
        check(fit[0] <= fit[1] and not fit[2], f"at {width} px the ranking table fits ({fit[0]} of {fit[1]} px)"
              + (": cut " + ", ".join(fit[2]) if fit[2] else ""))
    driver.set_window_size(1400, 1000)
    time.sleep(0.2)

    # Print: no controls, the whole picture.
    screen_view = view_box(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    time.sleep(0.2)
    tools = driver.execute_script("return getComputedStyle(document.getElementById('diagram-tools')).display")
    vb = view_box(driver)
    box = driver.find_element(By.CSS_SELECTOR, "svg.diagram").rect
    check(tools == "none", "print hides the diagram's controls")
    check(all(abs(a - b) < 0.02 for a, b in zip(vb, full)) and abs(box["width"] / box["height"] - full[2] / full[3]) < 0.02,
          f"print shows the whole picture ({vb})")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69})
    check(len(pdf.get("data", "")) > 10_000, "the page prints to A4")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    time.sleep(0.2)
    back = view_box(driver)
    check(all(abs(a - b) < 0.02 for a, b in zip(back, screen_view)), "after print the view comes back")

    problems = bt.console_problems(driver)
    check(not problems, "explore: no console errors while exploring" + (": " + "; ".join(problems) if problems else ""))

    # JavaScript off: the static picture.
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get("file://" + report)
    time.sleep(0.5)
    svg = driver.find_elements(By.CSS_SELECTOR, "svg.diagram")
    rect = svg[0].rect if svg else {"width": 0, "height": 0}
    tools = driver.find_element(By.ID, "diagram-tools").get_attribute("hidden")
    check(bool(svg) and rect["width"] > 300 and rect["height"] > 200 and tools is not None,
          f"with JavaScript off the static diagram shows ({rect['width']:.0f}x{rect['height']:.0f}) and the controls do not")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        return 2
    report, record = os.path.abspath(args[0]), args[1]
    binary = ".build/debug/coopgraph"
    images = None
    search = args[args.index("--search") + 1] if "--search" in args else None
    if "--coopgraph" in args:
        binary = args[args.index("--coopgraph") + 1]
    if "--images" in args:
        images = os.path.abspath(args[args.index("--images") + 1])
        os.makedirs(images, exist_ok=True)
    driver = bt.make_driver()
    try:
        explore(driver, report, record, binary, images, search)
    finally:
        driver.quit()
    print(f"explore: {len(bt.passes)} passed, {len(bt.failures)} failed")
    return 1 if bt.failures else 0


if __name__ == "__main__":
    sys.exit(main())
