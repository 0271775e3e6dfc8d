/// The editor's page: the table on the left (edit, add and remove rows, find a place in the
/// gazetteer, errors on their cells), the live preview on the right, the options panel made from
/// /api/options, export buttons and Save. Everything inline: the page loads nothing from elsewhere.
enum EditorPage {
    static func html(token: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="\(token)"><link rel="icon" href="data:,">
        <title>partnermap editor</title>
        <style>
        body{font:14px system-ui,"Noto Sans","Noto Sans CJK SC","Noto Sans Thai",sans-serif;margin:0;color:#222;background:#f6f6f4}
        header{display:flex;gap:.6em;align-items:center;padding:.5em 1em;background:#234;color:#fff}
        header h1{font-size:1.1em;margin:0 1em 0 0} header button{font:inherit}
        #status{margin-left:auto;font-size:.9em} main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em;padding:1em}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6em;overflow:auto}
        #tablewrap{max-height:70vh;overflow:auto} table{border-collapse:collapse;font-size:12px}
        td,th{border:1px solid #e2e2e2;padding:0} th{background:#eee;padding:2px 4px;position:sticky;top:0}
        td input{border:0;width:7.5em;padding:2px 3px;font:inherit;background:transparent} td.bad{background:#fdd;outline:2px solid #c00}
        #preview{width:100%;border:1px solid #ccc;background:#eef} #options{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;font-size:12px;max-height:30vh;overflow:auto}
        #errors{color:#a00;font-size:12px;white-space:pre-wrap} #found button{display:block;text-align:left;width:100%;font:inherit;margin:1px 0}
        </style></head><body>
        <header><h1>partnermap editor</h1>
        <button id="add">Add row</button><button id="save">Save</button>
        <span>Export:</span><button data-format="png">PNG</button><button data-format="pdf">PDF</button><button data-format="svg">SVG</button>
        <button data-format="html">HTML</button><button data-format="geojson">GeoJSON</button><button data-format="pdf" data-product="poster">Poster</button>
        <button data-format="zip" data-product="frames">Frames (zip)</button><button data-format="mp4" data-product="video">Video</button>
        <span id="status" role="status"></span></header>
        <main>
        <section><div><label>Find a place: <input id="q" placeholder="Nam Ninh, 南宁, Haiphong"></label>
        <input id="qc" placeholder="country" size="8"><button id="find">Find</button> <small>(then pick one to fill the selected row)</small></div>
        <div id="found"></div><div id="errors"></div><div id="tablewrap"><table id="table"></table></div></section>
        <section><img id="preview" alt="Map preview"><h3>Options</h3><div id="options"></div></section>
        </main>
        <script>
        "use strict";
        const token = document.querySelector('meta[name="csrf-token"]').content;
        let grid = {columns: [], rows: []}, selected = 0, options = {}, keys = {}, previewURL = null, renderSeq = 0;
        let pushing = false, dirty = false, editedAt = 0;
        const $ = id => document.getElementById(id);
        const say = t => { $("status").textContent = t; };
        async function api(method, path, body, type) {
          const headers = {"X-Session-Token": token};
          if (body !== undefined) headers["Content-Type"] = type || "application/json";
          return fetch(path, {method, headers, body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body))});
        }
        function drawTable(errors) {
          const t = $("table"); t.textContent = "";
          const head = t.insertRow(); head.insertCell().outerHTML = "<th></th>";
          for (const c of grid.columns) { const th = document.createElement("th"); th.textContent = c; head.appendChild(th); }
          grid.rows.forEach((row, r) => {
            const tr = t.insertRow();
            const del = document.createElement("button"); del.textContent = "✕"; del.title = "Remove row " + (r + 1);
            del.onclick = () => { grid.rows.splice(r, 1); drawTable(); changed(); };
            tr.insertCell().appendChild(del);
            row.forEach((v, c) => {
              const td = tr.insertCell(), input = document.createElement("input");
              input.value = v; input.setAttribute("aria-label", grid.columns[c] + " of row " + (r + 1));
              input.dataset.row = r; input.dataset.col = c;
              input.onfocus = () => { selected = r; };
              input.oninput = () => { grid.rows[r][c] = input.value; changed(); };
              td.appendChild(input);
            });
          });
          markErrors(errors);
        }
        // Marks the cells in error on the table as drawn (so the cell being typed in keeps its focus).
        function markErrors(errors) {
          const t = $("table");
          document.querySelectorAll("td.bad").forEach(td => { td.classList.remove("bad"); td.title = ""; });
          for (const e of errors || []) {
            const c = grid.columns.indexOf(e.column), cell = t.rows[e.row + 1] && t.rows[e.row + 1].cells[c + 1];
            if (cell) { cell.classList.add("bad"); cell.title = e.message; }
          }
          $("errors").textContent = (errors || []).map(e => "row " + (e.row + 1) + (e.column ? ", " + e.column : "") + ": " + e.message).join("\\n");
        }
        // Every edit is sent at once; edits made while one is on its way go together in the next.
        function changed() { editedAt = performance.now(); dirty = true; if (!pushing) push(); }
        async function push() {
          pushing = true;
          try { while (dirty) { dirty = false; await pushOnce(); } } finally { pushing = false; }
        }
        async function pushOnce() {
          const since = editedAt;
          const r = await api("PUT", "/api/table", grid);
          if (r.status === 422) { markErrors((await r.json()).errors); say("errors in the table"); return; }
          if (!r.ok) { say((await r.json()).error || r.statusText); return; }
          markErrors([]);
          say("unsaved changes"); await preview(since);
        }
        // The options set in the panel that `product` takes (a map takes no frame rate, a video no size).
        function renderOptions(product, extra) {
          const o = {product}; for (const [k, v] of Object.entries(options)) if (v !== "" && keys[product] && keys[product].has(k)) o[k] = v;
          return Object.assign(o, extra);
        }
        // Redraws the preview; after an edit made at `since`, the image's data-edit-ms says how long
        // the edit took to show.
        async function preview(since) {
          const seq = ++renderSeq;
          const r = await api("POST", "/api/render", renderOptions("map", {format: "png", size: "1200x675"}));
          if (seq !== renderSeq) return;
          if (!r.ok) { say((await r.json()).error || r.statusText); return; }
          const url = URL.createObjectURL(await r.blob()), img = $("preview");
          if (previewURL) URL.revokeObjectURL(previewURL); previewURL = url; img.src = url;
          try { await img.decode(); } catch (e) { /* a later preview replaced this one */ }
          img.dataset.editMs = since ? String(Math.round(performance.now() - since)) : "";
          img.dataset.seq = seq;
        }
        async function load() {
          const r = await fetch("/api/table"); const j = await r.json();
          grid = {columns: j.columns, rows: j.rows}; drawTable(); say(j.file + (j.saved ? "" : " (the shipped table: download it to keep changes)"));
          $("save").disabled = !j.saved;
          const lists = {};
          for (const p of ["map", "poster", "frames", "video"]) {
            lists[p] = (await (await fetch("/api/options?product=" + p)).json()).options;
            keys[p] = new Set(lists[p].map(opt => opt.key));
          }
          const box = $("options");
          const animation = lists.frames.filter(opt => !keys.map.has(opt.key));
          for (const opt of lists.map.concat([null], animation)) {
            if (!opt) { const h = document.createElement("strong"); h.textContent = "Frames and video"; h.style.gridColumn = "1 / 3"; box.appendChild(h); continue; }
            const label = document.createElement("label"); label.textContent = opt.key; label.title = opt.help;
            let input;
            if (opt.choices) { input = document.createElement("select"); for (const c of [""].concat(opt.choices.split("|"))) { const e = document.createElement("option"); e.value = c; e.textContent = c || "(default: " + opt.default + ")"; input.appendChild(e); } }
            else { input = document.createElement("input"); input.placeholder = opt.default || opt.value; }
            input.id = "opt-" + opt.key; label.htmlFor = input.id; input.title = opt.help;
            input.onchange = () => { options[opt.key] = input.value; if (keys.map.has(opt.key)) preview(); };
            box.appendChild(label); box.appendChild(input);
          }
          preview();
        }
        $("add").onclick = () => { grid.rows.push(grid.columns.map(() => "")); selected = grid.rows.length - 1; drawTable(); };
        $("save").onclick = async () => {
          let r = await api("POST", "/api/save");
          if (r.status === 409) { const m = (await r.json()).error; if (!confirm(m + "\\n\\nOverwrite it?")) { say("not saved"); return; } r = await api("POST", "/api/save?force=1"); }
          say(r.ok ? "saved" : ((await r.json()).error || r.statusText));
        };
        $("find").onclick = async () => {
          const r = await fetch("/api/geocode?q=" + encodeURIComponent($("q").value) + "&country=" + encodeURIComponent($("qc").value));
          const j = await r.json(), box = $("found"); box.textContent = "";
          if (!r.ok) { box.textContent = j.error; return; }
          if (!j.candidates.length) box.textContent = "no such place in the gazetteer";
          for (const c of j.candidates) {
            const b = document.createElement("button");
            b.textContent = c.name + ", " + (c.admin ? c.admin + ", " : "") + c.country + " — population " + Number(c.population).toLocaleString() + " (" + c.lat + ", " + c.lon + ")";
            b.onclick = () => {
              const row = grid.rows[selected]; if (!row) return;
              const set = (k, v) => { const i = grid.columns.indexOf(k); if (i >= 0 && (k !== "name_en" || !row[i])) row[i] = v; };
              set("name_en", c.name); set("country", c.country); set("iso2", c.iso2); set("lat", c.lat); set("lon", c.lon); set("continent", c.continent);
              drawTable(); changed(); box.textContent = "";
            };
            box.appendChild(b);
          }
        };
        for (const b of document.querySelectorAll("button[data-format]")) b.onclick = async () => {
          const product = b.dataset.product || "map";
          say("making the " + product + " (" + b.dataset.format + ")…");
          const r = await api("POST", "/api/render", renderOptions(product, {format: b.dataset.format}));
          if (!r.ok) { say((await r.json()).error || r.statusText); return; }
          const a = document.createElement("a"); a.href = URL.createObjectURL(await r.blob());
          a.download = product + "." + b.dataset.format; a.click();
          say(product + "." + b.dataset.format + " downloaded");
        };
        load();
        </script></body></html>
        """
    }
}
