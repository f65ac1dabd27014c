#!/usr/bin/env python3
"""Opens a CoopGraph HTML report in headless Chromium and checks that it works as a person
would use it.

    python3 scripts/browser_test.py REPORT.html SCREENSHOT.png
    python3 scripts/browser_test.py --xss PAGE.html|PAGE.svg ...

The second form opens pages made from hostile input (Tests/Fixtures/hardening/: scripts in
names and websites, `javascript:` links, an SVG with scripts and event attributes) and fails
when any injected script ran: every payload sets `window.__coopgraphInjected` or the title.
Each page is loaded, every element gets the mouse and focus events a user would send, and the
page must hold no script other than the report's own, no event attribute and no link that is
not http, https, mailto or a #fragment.

Fails (exit 1) on any console error or failed check:
- the page loads from file:// with no console error or warning from the page's own script;
- the diagram is inline SVG and every node of the analysis is a clickable group in it;
- hovering a node highlights it, its neighbours and its ties, and dims the rest;
- clicking a node shows its name, measures and ties in the details panel;
- clicking a measure heading sorts the ranking table (descending, then ascending), and the
  name heading sorts alphabetically;
- typing in the filter hides the rows that do not match, and the kind filter works;
- print media hides the controls and the details panel;
- a screenshot of the page with a node selected is saved.

Drives Debian's chromium through chromium-driver with selenium (scripts/browser-test.sh
installs them).
"""

import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

failures = []
passes = []


def check(condition, message):
    status = "ok  " if condition else "FAIL"
    print(f"{status} {message}")
    (passes if condition else failures).append(message)


def find_binary(names):
    for name in names:
        for folder in os.environ.get("PATH", "").split(os.pathsep) + ["/usr/bin", "/usr/lib/chromium"]:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and os.access(path, os.X_OK):
                return path
    return None


def make_driver():
    options = webdriver.ChromeOptions()
    browser = os.environ.get("CHROMIUM") or find_binary(["chromium", "chromium-browser", "google-chrome"])
    if browser:
        options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--force-device-scale-factor=1", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = os.environ.get("CHROMEDRIVER") or find_binary(["chromedriver"])
    # An explicit driver path keeps selenium from trying to download one.
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def console_problems(driver):
    problems = []
    for entry in driver.get_log("browser"):
        if entry.get("level") in ("SEVERE", "WARNING"):
            problems.append(entry.get("message", ""))
    return problems


def xss_main(pages):
    driver = make_driver()
    try:
        for page in pages:
            path = os.path.abspath(page)
            driver.get("file://" + path)
            time.sleep(0.5)
            name = os.path.basename(path)
            title = driver.title
            # Every element gets what a user's pointer and keyboard would send.
            driver.execute_script(
                "for (const el of document.querySelectorAll('*')) {"
                "  for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'mouseout']) {"
                "    el.dispatchEvent(new MouseEvent(type, {bubbles: true}));"
                "  }"
                "}")
            nodes = driver.find_elements(By.CSS_SELECTOR, "g.node")
            for node in nodes[:50]:
                try:
                    ActionChains(driver).move_to_element(node).perform()
                except Exception:
                    pass
            time.sleep(0.3)
            injected = driver.execute_script("return window.__coopgraphInjected === undefined ? null : String(window.__coopgraphInjected)")
            check(injected is None, f"{name}: no injected script ran" + (f" (payload {injected} ran)" if injected else ""))
            check(driver.title != "X" and driver.title == title, f"{name}: the title is unchanged ({driver.title!r})")
            frames = driver.execute_script("return window.frames.length")
            check(frames == 0, f"{name}: no frame was injected ({frames})")
            scripts = driver.execute_script(
                "return Array.from(document.querySelectorAll('script')).filter(s => s.getAttribute('type') !== 'application/json')"
                ".map(s => s.textContent).filter(t => t.includes('__coopgraphInjected')).length")
            check(scripts == 0, f"{name}: no injected <script> element ({scripts})")
            handlers = driver.execute_script(
                "var n = 0; for (const el of document.querySelectorAll('*')) {"
                "  for (const a of el.attributes) { if (a.name.toLowerCase().startsWith('on')) n++; } } return n;")
            check(handlers == 0, f"{name}: no event attribute ({handlers})")
            links = driver.execute_script(
                "var out = []; for (const el of document.querySelectorAll('[href], [*|href]')) {"
                "  const v = el.getAttribute('href') || el.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '';"
                "  out.push(v); } return out;")
            bad = [v for v in links if not (v.startswith("https://") or v.startswith("http://")
                                            or v.startswith("mailto:") or v.startswith("#"))]
            check(not bad, f"{name}: every link is http, https, mailto or #fragment ({len(links)} links)"
                  + (": " + ", ".join(bad) if bad else ""))
    finally:
        driver.quit()
    print(f"browser: {len(passes)} passed, {len(failures)} failed")
    return 1 if failures else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--xss":
        return xss_main(sys.argv[2:])
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    report, screenshot = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    driver = make_driver()
    try:
        driver.get("file://" + report)
        time.sleep(0.5)
        problems = console_problems(driver)
        check(not problems, "no console errors or warnings on load" + (": " + "; ".join(problems) if problems else ""))

        data = json.loads(driver.find_element(By.ID, "coopgraph-data").get_attribute("textContent"))
        nodes = data["nodes"]
        check(len(nodes) > 0, f"the analysis has nodes ({len(nodes)})")
        check(len(driver.find_elements(By.CSS_SELECTOR, "link[href^='http'], script[src]")) == 0,
              "no external scripts or style sheets")

        # The diagram.
        svgs = driver.find_elements(By.CSS_SELECTOR, "#diagram svg.diagram")
        check(len(svgs) == 1, "the diagram is one inline SVG")
        groups = driver.find_elements(By.CSS_SELECTOR, "svg.diagram g.node[data-node]")
        check(len(groups) == len(nodes), f"every node is a group in the diagram ({len(groups)} of {len(nodes)})")
        box = svgs[0].rect if svgs else {"width": 0, "height": 0}
        check(box["width"] > 300 and box["height"] > 200, f"the diagram is drawn at a readable size ({box})")

        # Pick the node with the most ties: hover and click it.
        degree = [0] * len(nodes)
        for u, v, _ in data.get("edges", []):
            degree[u] += 1
            degree[v] += 1
        hub = max(range(len(nodes)), key=lambda i: (degree[i], -i))
        target = driver.find_element(By.CSS_SELECTOR, f"svg.diagram g.node[data-node='{hub}']")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
        ActionChains(driver).move_to_element(target).perform()
        time.sleep(0.2)
        focused = driver.execute_script("return document.querySelector('svg.diagram').classList.contains('focus')")
        highlighted = len(driver.find_elements(By.CSS_SELECTOR, "svg.diagram g.edge.hl"))
        neighbours = len(driver.find_elements(By.CSS_SELECTOR, "svg.diagram g.node.hl-n"))
        check(focused and highlighted > 0, f"hovering {nodes[hub]['id']} highlights its ties ({highlighted} edges)")
        check(neighbours > 0, f"hovering highlights its neighbours ({neighbours})")
        dimmed = driver.execute_script(
            "var g = document.querySelector('svg.diagram g.node:not(.hl):not(.hl-n)');"
            "return g ? Number(getComputedStyle(g).opacity) : 0;")
        check(dimmed < 0.5, f"the other nodes are dimmed (opacity {dimmed})")

        target.click()
        time.sleep(0.2)
        details = driver.find_element(By.ID, "details")
        heading = details.find_elements(By.TAG_NAME, "h3")
        check(bool(heading) and heading[0].text == nodes[hub]["name"],
              f"clicking shows the node's details ({heading[0].text if heading else 'no heading'})")
        rows = details.find_elements(By.CSS_SELECTOR, "table tr")
        check(len(rows) == len(data["measures"]) + 1, f"the details list every measure ({len(rows) - 1})")
        ties = details.find_elements(By.CSS_SELECTOR, "ul li")
        check(len(ties) == degree[hub] or len(ties) > 0, f"the details list the node's ties ({len(ties)})")
        selected = driver.find_elements(By.CSS_SELECTOR, "#ranking-table tr.selected")
        check(len(selected) == 1 and selected[0].get_attribute("data-node") == str(hub),
              "the node's row is marked in the table")

        # The picture: the diagram with the hub selected and its details beside it.
        driver.execute_script("document.getElementById('diagram').scrollIntoView({block: 'start'})")
        time.sleep(0.2)
        driver.save_screenshot(screenshot)
        check(os.path.getsize(screenshot) > 10_000, f"screenshot saved to {screenshot}")

        # Sorting.
        def column_values(index):
            return driver.execute_script(
                "var c = arguments[0];"
                "return Array.from(document.querySelectorAll('#ranking-table tbody tr'))"
                ".map(function (r) { var d = r.cells[c]; var v = d.getAttribute('data-value');"
                " return v === null ? d.textContent : v; });", index)

        headers = driver.find_elements(By.CSS_SELECTOR, "#ranking-table thead th")
        keyed = [i for i, h in enumerate(headers) if h.get_attribute("data-key")]
        check(len(keyed) == len(data["measures"]), "the table has a column per measure")
        if len(keyed) > 1:
            column = keyed[1]
            key = headers[column].get_attribute("data-key")
            driver.execute_script("arguments[0].scrollIntoView()", headers[column])
            headers[column].click()
            values = [float(v) for v in column_values(column) if v != ""]
            check(values == sorted(values, reverse=True), f"clicking '{key}' sorts descending")
            check(headers[column].get_attribute("aria-sort") == "descending", "the heading says descending")
            headers[column].click()
            values = [float(v) for v in column_values(column) if v != ""]
            check(values == sorted(values), f"clicking '{key}' again sorts ascending")
        name_column = 1
        headers[name_column].click()
        names = [v.lower() for v in column_values(name_column)]
        check(names == sorted(names), "clicking 'Partner' sorts by name")

        # Filtering.
        probe = nodes[hub]["name"]
        box = driver.find_element(By.ID, "filter")
        box.send_keys(probe)
        time.sleep(0.1)
        visible = driver.execute_script(
            "return Array.from(document.querySelectorAll('#ranking-table tbody tr')).filter(r => !r.hidden).length")
        expected = sum(1 for n in nodes if probe.lower() in " ".join(
            [n["name"], n["id"], n["kind"], n["country"] or ""]).lower())
        check(visible == expected and visible >= 1, f"filtering by '{probe}' shows {visible} rows (expected {expected})")
        box.clear()
        box.send_keys(" ")
        driver.execute_script("var f = document.getElementById('filter'); f.value = '';"
                              "f.dispatchEvent(new Event('input'));")
        kinds = sorted({n["kind"] for n in nodes})
        if kinds:
            driver.execute_script("var s = document.getElementById('kind-filter'); s.value = arguments[0];"
                                  "s.dispatchEvent(new Event('change'));", kinds[0])
            visible = driver.execute_script(
                "return Array.from(document.querySelectorAll('#ranking-table tbody tr')).filter(r => !r.hidden).length")
            expected = sum(1 for n in nodes if n["kind"] == kinds[0])
            check(visible == expected, f"the kind filter '{kinds[0]}' shows {visible} rows (expected {expected})")

        # Print.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        hidden = driver.execute_script(
            "return getComputedStyle(document.querySelector('.controls')).display === 'none'"
            " && getComputedStyle(document.getElementById('details')).display === 'none'")
        check(hidden, "print hides the controls and the details panel")
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        check(len(pdf.get("data", "")) > 10_000, "the page prints to PDF")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

        # The timeline of a record that spans several periods: the chart is drawn, its nav link
        # leads to it, and its lines and rows are there.
        if driver.find_elements(By.ID, "timeline"):
            charts = driver.find_elements(By.CSS_SELECTOR, "#timeline figure svg")
            check(len(charts) == 1, "the timeline has one chart")
            driver.find_element(By.CSS_SELECTOR, "nav.toc a[href='#timeline']").click()
            time.sleep(0.3)
            top = driver.execute_script("return document.getElementById('timeline').getBoundingClientRect().top")
            check(abs(top) < 80, f"the Timeline link scrolls to the section (top at {top:.0f})")
            box = charts[0].rect if charts else {"width": 0, "height": 0}
            check(box["width"] > 300 and box["height"] > 200, f"the chart is drawn at a readable size ({box})")
            lines = driver.find_elements(By.CSS_SELECTOR, "#timeline figure svg polyline")
            check(len(lines) >= 4, f"the chart has its lines ({len(lines)})")
            rows = driver.find_elements(By.CSS_SELECTOR, "#timeline table tbody tr")
            check(len(rows) > 1, f"the timeline table has a row per period ({len(rows)})")

        problems = console_problems(driver)
        check(not problems, "no console errors or warnings while using the page" + (": " + "; ".join(problems) if problems else ""))
    finally:
        driver.quit()

    print(f"browser: {len(passes)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
