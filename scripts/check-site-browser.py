#!/usr/bin/env python3
"""Opens a built newsdesk site in headless Chromium over the DevTools protocol.

  check-site-browser.py SITE_DIR ARTIFACTS_DIR [--chromium PATH]

Serves SITE_DIR on 127.0.0.1 (an ephemeral port), then opens the home page, the first story page and
the search page (with a query). For each page: no console error, no uncaught exception, no failed
request and no request to any other host; a 1280x2000 screenshot saved in ARTIFACTS_DIR that is not
blank (share of non-white pixels); and in the DOM the page's headline (the story's h1), on story pages
the citation links and the sources list, on the search page at least one result built by the script.
"""
import argparse
import base64
import functools
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from PIL import Image
from websockets.sync.client import connect

# A page with its text and masthead fills well (even the short search page) over this share of a 1280x2000 shot; a blank one has 0.
MIN_INK_SHARE = 0.002
# Bounded waits: a page of this site loads in well under a second on loopback.
PAGE_TIMEOUT = 30
BROWSER_START_TIMEOUT = 30


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class DevTools:
    """One page target driven over the DevTools websocket."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0
        self.events = []

    def call(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        deadline = time.time() + PAGE_TIMEOUT
        while time.time() < deadline:
            reply = json.loads(self.socket.recv(timeout=PAGE_TIMEOUT))
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method, session, timeout=PAGE_TIMEOUT):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(index)
            try:
                self.events.append(json.loads(self.socket.recv(timeout=max(0.1, deadline - time.time()))))
            except TimeoutError:
                break
        raise TimeoutError(f"no {method} within {timeout} s")


def start_browser(chromium, profile):
    args = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--metrics-recording-only", "--hide-scrollbars", "--mute-audio",
        f"--user-data-dir={profile}", "--remote-debugging-port=0", "--window-size=1280,2000", "about:blank",
    ]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + BROWSER_START_TIMEOUT
    port_file = os.path.join(profile, "DevToolsActivePort")
    while time.time() < deadline:
        if os.path.exists(port_file):
            lines = open(port_file).read().split("\n")
            if len(lines) >= 2 and lines[1]:
                return process, f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        if process.poll() is not None:
            raise RuntimeError("chromium exited: " + process.stderr.read()[-2000:])
        time.sleep(0.1)
    process.kill()
    raise TimeoutError("chromium did not open its DevTools port")


def visit(tools, base, path, name, artifacts, problems, checks):
    target = tools.call("Target.createTarget", url="about:blank")["targetId"]
    session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        tools.call(f"{domain}.enable", session)
    tools.call("Emulation.setDeviceMetricsOverride", session, width=1280, height=2000, deviceScaleFactor=1, mobile=False)
    tools.events.clear()
    tools.call("Page.navigate", session, url=base + path)
    tools.wait_for("Page.loadEventFired", session)
    # The search script fetches its index after load; give such work a moment to finish.
    deadline = time.time() + 2
    while time.time() < deadline:
        try:
            tools.events.append(json.loads(tools.socket.recv(timeout=0.2)))
        except TimeoutError:
            pass
    where = f"{name} ({path})"
    for event in tools.events:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append(f"{where}: console error: {text}")
        elif method == "Runtime.exceptionThrown":
            problems.append(f"{where}: uncaught exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            problems.append(f"{where}: browser error: {entry.get('text')} {entry.get('url', '')}")
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if not url.startswith(base) and not url.startswith("data:"):
                problems.append(f"{where}: request to another host: {url}")
        elif method == "Network.loadingFailed":
            problems.append(f"{where}: request failed: {params.get('errorText')}")
        elif method == "Network.responseReceived" and params.get("response", {}).get("status", 200) >= 400:
            problems.append(f"{where}: HTTP {params['response']['status']} for {params['response'].get('url')}")
    shot = base64.b64decode(tools.call("Page.captureScreenshot", session, format="png")["data"])
    shot_path = os.path.join(artifacts, f"{name}.png")
    with open(shot_path, "wb") as handle:
        handle.write(shot)
    image = Image.open(io.BytesIO(shot)).convert("L")
    histogram = image.histogram()
    inked = sum(histogram[:240]) / max(1, sum(histogram))
    if inked < MIN_INK_SHARE:
        problems.append(f"{where}: screenshot is blank ({inked:.2%} non-white pixels)")
    dom = tools.call("Runtime.evaluate", session, expression="document.documentElement.outerHTML", returnByValue=True)["result"]["value"]
    with open(os.path.join(artifacts, f"{name}.dom.html"), "w", encoding="utf-8") as handle:
        handle.write(dom)
    tools.call("Target.closeTarget", targetId=target)
    checks.append(f"{name}: {image.size[0]}x{image.size[1]} screenshot, {inked:.1%} non-white pixels, DOM {len(dom)} characters")
    return dom


def check_pages(tools, base, headline, first_word, story, artifacts, problems, checks):
    home = visit(tools, base, "index.html", "home", artifacts, problems, checks)
    if headline not in home:
        problems.append(f"home: the headline {headline!r} of the newest story is not in the DOM")
    page = visit(tools, base, "stories/" + story, "story", artifacts, problems, checks)
    if f"<h1>{headline}</h1>" not in page:
        problems.append(f"story: the headline {headline!r} is not the h1 of the DOM")
    citations = len(re.findall(r'<sup class="cite"><a href="#source-\d+"', page))
    sources = len(re.findall(r'<li id="source-\d+"', page))
    if citations == 0 or sources == 0:
        problems.append(f"story: {citations} citation links and {sources} sources in the DOM")
    checks.append(f"story: headline in h1, {citations} citation links, {sources} sources in the DOM")
    search = visit(tools, base, f"search.html?q={first_word}", "search", artifacts, problems, checks)
    results = len(re.findall(r"<li><a href=\"stories/", search))
    if results == 0:
        problems.append(f"search: no result for {first_word!r} built by the script")
    checks.append(f"search: {results} results for {first_word!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("artifacts")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    options = parser.parse_args()
    site = os.path.realpath(options.site)
    os.makedirs(options.artifacts, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    story = sorted(os.listdir(os.path.join(site, "stories")))[0]
    with open(os.path.join(site, "stories", story), encoding="utf-8") as handle:
        source = handle.read()
    headline = re.search(r"<h1>(.*?)</h1>", source, re.S).group(1)
    first_word = re.findall(r"[A-Za-z]{4,}", headline)[0]
    problems, checks = [], []
    profile = tempfile.mkdtemp(prefix="newsdesk-chromium-")
    process, url = start_browser(options.chromium, profile)
    try:
        with connect(url, max_size=64 * 1024 * 1024, open_timeout=BROWSER_START_TIMEOUT) as socket:
            check_pages(DevTools(socket), base, headline, first_word, story, options.artifacts, problems, checks)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    for line in checks:
        print("browser:", line)
    for line in problems:
        print("problem:", line)
    print(f"browser check: 3 pages opened in {os.path.basename(options.chromium)}, {len(problems)} problems, screenshots in {options.artifacts}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
