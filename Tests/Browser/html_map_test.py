#!/usr/bin/python3
"""Drives `partnermap render -o map.html` in headless Chromium, offline.

Usage: html_map_test.py [PARTNERMAP] [--screenshots DIR]
PARTNERMAP defaults to $PM or .build/debug/partnermap. Checks: no console errors, hovering a
partner shows its name in the tooltip, an earlier year on the slider hides later partners
(computed display none, labels too) and keeps earlier ones, undated partners appear only at
the last year, and Play runs the slider to the last year. Prints 'N passed, N failed'; exits non-zero
on a failure.
"""
import os, shutil, subprocess, sys, tempfile, time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By


def main():
    args = sys.argv[1:]
    shots = None
    if "--screenshots" in args:
        i = args.index("--screenshots")
        shots = args[i + 1]
        del args[i:i + 2]
    pm = args[0] if args else os.environ.get("PM", ".build/debug/partnermap")
    work = tempfile.mkdtemp(prefix="pm-html-")
    passed, failed = 0, []

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)
            print("FAIL:", what, file=sys.stderr)

    try:
        page = os.path.join(work, "map.html")
        subprocess.run([pm, "render", "-o", page], check=True, timeout=600)
        opts = webdriver.ChromeOptions()
        for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1400,900", '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost']:
            opts.add_argument(a)
        if os.path.exists("/usr/bin/chromium"):
            opts.binary_location = "/usr/bin/chromium"
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        driver = webdriver.Chrome(service=Service(driver_path), options=opts)
        try:
            driver.set_page_load_timeout(60)
            driver.set_script_timeout(30)
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                   {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
            driver.get("file://" + page)
            errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            check(not errors, "no console errors: %r" % errors)

            data = driver.execute_script(
                "return JSON.parse(document.querySelector('script.pm-data').textContent)")
            slider = driver.find_element(By.ID, "year")
            lo, hi = int(slider.get_attribute("min")), int(slider.get_attribute("max"))
            check(lo < hi and int(slider.get_attribute("value")) == hi, "slider from first to last year")

            # Hover a partner's marker: the tooltip names it.
            late = max((k for k, v in data.items() if v["year"] and not v["hub"]), key=lambda k: int(data[k]["year"]))
            early = min((k for k, v in data.items() if v["year"] and not v["hub"]), key=lambda k: int(data[k]["year"]))
            # (A marker in a crowded place may lie under an inset's frame: try each of the city's.)
            tip = driver.find_element(By.CSS_SELECTOR, ".pm-tip")
            for marker in driver.find_elements(By.CSS_SELECTOR, 'g.city[data-id="%s"]' % late):
                ActionChains(driver).move_to_element(marker).perform()
                if tip.is_displayed():
                    break
            check(tip.is_displayed() and data[late]["name"] in tip.text, "hover shows %s: %r" % (late, tip.text))
            check(marker.get_attribute("tabindex") == "0" and data[late]["name_en"] in (marker.get_attribute("aria-label") or ""),
                  "marker focusable with a label")

            # An early year hides what came later and keeps what came before.
            year = int(data[early]["year"])
            driver.execute_script(
                "var s=document.getElementById('year');s.value=arguments[0];s.dispatchEvent(new Event('input',{bubbles:true}));", year)
            shown = lambda sel: driver.execute_script(
                "return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                "function(e){return getComputedStyle(e).display;})", sel)
            check(shown('[data-id="%s"]' % late) and all(d == "none" for d in shown('[data-id="%s"]' % late)),
                  "%s (%s) hidden at %d" % (late, data[late]["year"], year))
            check(shown('[data-id="%s"]' % early) and all(d != "none" for d in shown('[data-id="%s"]' % early)),
                  "%s (%d) shown at %d" % (early, year, year))
            hub = next(k for k, v in data.items() if v["hub"])
            check(all(d != "none" for d in shown('[data-id="%s"]' % hub)), "hub always shown")
            check(driver.find_elements(By.CSS_SELECTOR, 'g.label[data-id="%s"]' % late), "%s has a tagged label" % late)
            undated = [k for k, v in data.items() if not v["year"] and not v["hub"]]
            check(all(d == "none" for k in undated for d in shown('[data-id="%s"]' % k)),
                  "undated partners hidden before the last year")
            if shots:
                mark = driver.find_element(By.CSS_SELECTOR, 'g.city[data-id="%s"]' % early)
                ActionChains(driver).move_to_element(mark).perform()
                driver.save_screenshot(os.path.join(shots, "html-map-early.png"))
            # Play runs from the first year to the last, then stops there, undated partners shown.
            driver.find_element(By.CSS_SELECTOR, ".pm-play").click()
            time.sleep(2)
            check(lo < int(slider.get_attribute("value")) < hi, "play advances: %s" % slider.get_attribute("value"))
            deadline = time.time() + 0.6 * (hi - lo) + 10
            while time.time() < deadline and int(slider.get_attribute("value")) < hi:
                time.sleep(0.5)
            time.sleep(1)
            check(int(slider.get_attribute("value")) == hi, "play ends at %d: %s" % (hi, slider.get_attribute("value")))
            check(all(d != "none" for k in undated for d in shown('[data-id="%s"]' % k)),
                  "undated partners shown at the last year")
            if shots:
                driver.find_element(By.CSS_SELECTOR, ".pm-tip")
                driver.save_screenshot(os.path.join(shots, "html-map.png"))
            errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            check(not errors, "no console errors after interaction: %r" % errors)

            # A dense map's discs count only the partners signed by the slider's year.
            dense = os.path.join(work, "dense.csv")
            with open(dense, "w") as f:
                f.write("id,name_en,country,iso2,lat,lon,relation,year\nhub,Hub,China,CN,22.8,108.3,hub,\n")
                for i in range(400):
                    f.write("p%d,Place %d,Japan,JP,%g,%g,sister,%d\n" % (i, i, -50 + (i % 20) * 6, -170 + (i // 20) * 17, 1960 + i % 60))
            subprocess.run([pm, "render", "--data", dense, "-o", os.path.join(work, "dense.html")], check=True, timeout=600)
            driver.get("file://" + os.path.join(work, "dense.html"))
            counts = lambda: driver.execute_script(
                "return Array.prototype.map.call(document.querySelectorAll('g.cluster'),function(e){"
                "return [getComputedStyle(e).display==='none'?0:Number(e.querySelector('tspan').textContent), e.getAttribute('data-years')];})")
            full = counts()
            check(full and all(n == len(y.split()) for n, y in full), "every disc counts all its members at the last year")
            driver.execute_script(
                "var s=document.getElementById('year');s.value='1975';s.dispatchEvent(new Event('input',{bubbles:true}));")
            early = counts()
            check(all(n == sum(1 for v in y.split() if int(v) <= 1975) for n, y in early), "at 1975 each disc counts its members signed by then")
            check(sum(n for n, _ in early) < sum(n for n, _ in full), "fewer counted at 1975")
            errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            check(not errors, "no console errors on the dense map: %r" % errors)
        finally:
            driver.quit()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
