// jingwen report: the document list (with its search box) and each document's view, drawn from the
// views the page carries (<script id="views">). Text is set with textContent only: a scraped document
// is data, never markup.
(function () {
  "use strict";
  const views = JSON.parse(document.getElementById("views").textContent);
  const byIndex = new Map(views.map((v) => [v.index, v]));

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "cls") e.className = v;
      else e.setAttribute(k, v);
    }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }

  // DOM append() would write a null as the text "null": a part with nothing to show is left out.
  function add(parent, ...kids) {
    for (const k of kids) if (k !== null && k !== undefined) parent.append(k);
    return parent;
  }

  function pct(x) { return (100 * x).toFixed(1) + " %"; }

  // The list on the left, filtered by the search box (titles and paths).
  const list = document.getElementById("doclist-items");
  const search = document.getElementById("search");
  function drawList() {
    const q = search.value.trim().toLowerCase();
    list.replaceChildren();
    for (const v of views) {
      const hay = ((v.title || "") + " " + (v.path || "")).toLowerCase();
      if (q && !hay.includes(q)) continue;
      const li = el("li", { "data-index": String(v.index) },
        el("a", { href: "#doc-" + v.index, text: v.title || "(no title)" }),
        el("span", { cls: "tag", text: v.why.join(", ") + " · " + pct(v.lost) + " removed" }));
      list.append(li);
    }
  }
  search.addEventListener("input", drawList);

  // The raw side: each input line, removed lines struck through with their rule, cut parts marked,
  // repairs as before → after.
  function rawSide(v) {
    const side = el("section", { cls: "side" }, el("h3", { text: "Raw input (" + (v.path || "?") + ")" }));
    if (v.raw === null) {
      side.append(el("p", { cls: "missing", text: v.raw_note || "the raw text is not available" }));
      side.append(ledger(v));
      return side;
    }
    if (v.raw_note) side.append(el("p", { cls: "missing", text: v.raw_note }));
    const cuts = new Map(), fixes = new Map();
    for (const r of v.removed) { if (!cuts.has(r[0])) cuts.set(r[0], []); cuts.get(r[0]).push(r); }
    for (const r of v.repairs) { if (!fixes.has(r[0])) fixes.set(r[0], []); fixes.get(r[0]).push(r); }
    const table = el("table", { cls: "raw" });
    v.raw.forEach((text, i) => {
      const n = i + 1;
      const here = cuts.get(n) || [];
      const whole = here.filter((r) => !r[3]);
      const cell = el("td", { cls: "t" });
      if (whole.length) {
        cell.append(text);
      } else {
        let rest = text;
        for (const r of here) {  // a part of the line cut: marked where it is
          const at = rest.indexOf(r[2]);
          if (at < 0) continue;
          cell.append(rest.slice(0, at), el("mark", { cls: "cut", title: r[1], text: r[2] }));
          rest = rest.slice(at + r[2].length);
        }
        cell.append(rest);
      }
      const row = el("tr", { cls: whole.length ? "removed" : "", "data-line": String(n) },
        el("td", { cls: "n", text: String(n) }), cell);
      for (const r of here) cell.append(el("span", { cls: "rule", title: r[3] ? "part of the line" : "the line",
        text: r[1] + (r[3] ? " (part)" : "") }));
      table.append(row);
      for (const f of fixes.get(n) || []) {
        table.append(el("tr", { cls: "repair" }, el("td", { cls: "n" }),
          el("td", { cls: "t" }, f[2], el("span", { cls: "arrow", text: "  →  " }), f[3],
            el("span", { cls: "rule fix", text: f[1] }))));
      }
    });
    side.append(table);
    if (v.raw_cut) side.append(el("p", { cls: "more", text: v.raw_cut + " more lines not shown" }));
    const beyond = v.removed.filter((r) => r[0] > v.raw.length);
    if (beyond.length) side.append(ledger({ removed: beyond, repairs: [] }));
    return side;
  }

  // What went, as a list: for a view without its raw text (and removals past its last line).
  function ledger(v) {
    const box = el("div", { cls: "clean" });
    if (v.removed.length) {
      box.append(el("h4", { text: "Removed (" + v.removed.length + ")" }));
      const t = el("table", { cls: "raw" });
      for (const r of v.removed) {
        t.append(el("tr", { cls: "removed" }, el("td", { cls: "n", text: "L" + r[0] }),
          el("td", { cls: "t" }, r[2], el("span", { cls: "rule", text: r[1] + (r[3] ? " (part)" : "") }))));
      }
      box.append(t);
    }
    if (v.repairs && v.repairs.length) {
      box.append(el("h4", { text: "Repaired (" + v.repairs.length + ")" }));
      const t = el("table", { cls: "raw" });
      for (const f of v.repairs) {
        t.append(el("tr", { cls: "repair" }, el("td", { cls: "n", text: "L" + f[0] }),
          el("td", { cls: "t" }, f[2], el("span", { cls: "arrow", text: "  →  " }), f[3],
            el("span", { cls: "rule fix", text: f[1] }))));
      }
      box.append(t);
    }
    return box;
  }

  function section(s) {
    const box = el("div", { cls: "sec level-" + s.level },
      el("div", { cls: "head" }, el("span", { cls: "marker", text: s.marker }), " ", s.heading,
        el("span", { cls: "lvl", text: "L" + s.level + " · " + s.style + (s.line ? " · line " + s.line : "") })));
    for (const p of s.paragraphs) box.append(el("p", { text: p }));
    for (const c of s.children) box.append(section(c));
    return box;
  }

  function chips(title, items, cls) {
    if (!items.length) return null;
    return el("div", {}, el("h4", { text: title }), el("div", { cls: "chips " + (cls || "") },
      ...items.map((k) => el("span", { text: k }))));
  }

  // The clean side: the document as jingwen made it.
  function cleanSide(v) {
    const side = el("section", { cls: "side" }, el("h3", { text: "Clean result" }));
    const body = el("div", { cls: "clean" }, el("h4", { cls: "title", text: v.title || "(no title)" }));
    const md = Object.entries(v.metadata).map(([k, x]) => k + ": " + (Array.isArray(x) ? x.join(", ") : x));
    add(body, chips("Metadata", md), chips("Keywords", v.keywords));
    if (v.warnings.length) {
      body.append(el("h4", { text: "Warnings" }),
        el("ul", { cls: "warn" }, ...v.warnings.map((w) => el("li", { text: w }))));
    }
    if (v.preamble.length) {
      body.append(el("div", { cls: "preamble" }, ...v.preamble.map((p) => el("p", { text: p }))));
    }
    const tree = el("div", { cls: "tree" }, ...v.sections.map(section));
    body.append(tree);
    if (v.clean_cut) body.append(el("p", { cls: "more", text: v.clean_cut + " more paragraphs not shown" }));
    add(body, chips("Related (a list of other documents, removed)", v.related));
    side.append(body);
    return side;
  }

  function showDoc(index) {
    const v = byIndex.get(index);
    const box = document.getElementById("docview");
    for (const li of list.children) li.classList.toggle("current", li.dataset.index === String(index));
    if (!v) {
      box.replaceChildren(el("p", { cls: "hint", text: "No view of document " + index + " in this report." }));
      return;
    }
    const st = v.stats || {};
    const facts = [
      "document " + v.index + " (jingwen show -n " + v.index + ")", "id " + v.id, "site " + (v.site || "-"),
      "type " + (v.doc_type || "-"), (v.format || "?") + ", " + (v.encoding || "-"),
      (st.input_chars || 0) + " → " + (st.output_chars || 0) + " characters", pct(v.lost) + " removed by rules",
      v.truncated ? "truncated" : "complete",
    ];
    if (v.duplicate_of) facts.push("copy of " + v.duplicate_of + (v.similarity !== null ? " (" + v.similarity + ")" : ""));
    box.replaceChildren(
      el("h2", { id: "doc-title", text: v.title || "(no title)" }),
      el("div", { cls: "facts" }, ...facts.map((f) => el("span", { text: f }))),
      el("div", { cls: "sides" }, rawSide(v), cleanSide(v)));
  }

  // #corpus or #docs show a page; #doc-N shows document N's view.
  function route() {
    const h = location.hash;
    const m = /^#doc-(\d+)$/.exec(h);
    const docs = !!m || h === "#docs";
    document.getElementById("corpus").hidden = docs;
    document.getElementById("docs").hidden = !docs;
    document.getElementById("nav-corpus").classList.toggle("active", !docs);
    document.getElementById("nav-docs").classList.toggle("active", docs);
    if (m) showDoc(Number(m[1]));
    else if (docs && views.length && !document.getElementById("doc-title")) showDoc(views[0].index);
    if (docs) window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", route);
  drawList();
  route();
})();
