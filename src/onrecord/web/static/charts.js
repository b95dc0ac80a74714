// onrecord charts: plain SVG built from the page's embedded JSON. No library, no inline code
// (the Content-Security-Policy forbids it); text always goes in through textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, cls) {
    var t = el("text", { x: x, y: y, "class": cls || "axis" }, parent);
    t.textContent = value;
    return t;
  }

  function data() {
    var node = document.getElementById("chart-data");
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function frame(host, width, height) {
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", role: "img", "class": "chart-svg" });
    host.appendChild(svg);
    return svg;
  }

  // Statements per month: one bar per month.
  function bars(host, rows) {
    var W = 640, H = 220, L = 36, B = 28, T = 10;
    var svg = frame(host, W, H);
    svg.setAttribute("aria-label", "statements per month");
    if (!rows.length) { text(svg, W / 2, H / 2, "no dated statements", "empty"); return; }
    var max = Math.max.apply(null, rows.map(function (r) { return r.statements; })) || 1;
    var step = (W - L - 8) / rows.length;
    el("line", { x1: L, x2: W - 4, y1: H - B, y2: H - B, "class": "axis-line" }, svg);
    text(svg, L - 4, T + 8, String(max), "axis end");
    text(svg, L - 4, H - B, "0", "axis end");
    rows.forEach(function (r, i) {
      var h = (H - B - T) * r.statements / max;
      var bar = el("rect", { x: L + i * step + 2, y: H - B - h, width: Math.max(1, step - 4), height: h, "class": "bar" }, svg);
      var tip = el("title", {}, bar);
      tip.textContent = r.month + ": " + r.statements + " statements";
      if (rows.length <= 24 || i % Math.ceil(rows.length / 12) === 0) {
        text(svg, L + i * step + step / 2, H - B + 16, r.month, "axis mid");
      }
    });
  }

  // Dyad timeline: stacked quad-class counts (bars) and the escalation index (line).
  function timeline(host, periods) {
    var W = 760, H = 300, L = 40, R = 44, B = 30, T = 12;
    var svg = frame(host, W, H);
    svg.setAttribute("aria-label", "escalation index and event counts per period");
    if (!periods.length) { text(svg, W / 2, H / 2, "no events in this range", "empty"); return; }
    var maxCount = Math.max(1, Math.max.apply(null, periods.map(function (p) { return p.events; })));
    var esc = periods.map(function (p) { return p.escalation || 0; });
    var lo = Math.min(0, Math.min.apply(null, esc)), hi = Math.max(0, Math.max.apply(null, esc));
    if (hi === lo) { hi = lo + 1; }
    var plotH = H - B - T, step = (W - L - R) / periods.length;
    var yCount = function (v) { return H - B - plotH * v / maxCount; };
    var yEsc = function (v) { return T + plotH * (hi - v) / (hi - lo); };
    el("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "axis-line" }, svg);
    el("line", { x1: L, x2: W - R, y1: yEsc(0), y2: yEsc(0), "class": "zero" }, svg);
    text(svg, L - 4, T + 8, String(maxCount), "axis end");
    text(svg, L - 4, H - B, "0", "axis end");
    text(svg, W - R + 4, T + 8, hi.toFixed(2), "axis esc");
    text(svg, W - R + 4, H - B, lo.toFixed(2), "axis esc");
    var points = [];
    periods.forEach(function (p, i) {
      var x = L + i * step, base = 0;
      var g = el("g", { "class": "period", tabindex: 0, "data-index": i }, svg);
      el("rect", { x: x, y: T, width: step, height: plotH, "class": "hit" }, g);
      QUADS.forEach(function (q) {
        var n = p[q] || 0;
        if (!n) { return; }
        var y1 = yCount(base + n), y0 = yCount(base);
        el("rect", { x: x + step * 0.15, y: y1, width: Math.max(1, step * 0.7), height: y0 - y1, "class": "q " + q }, g);
        base += n;
      });
      var tip = el("title", {}, g);
      tip.textContent = p.start + " – " + p.end + ": " + p.events + " events, escalation " + (p.escalation || 0);
      points.push((x + step / 2).toFixed(1) + "," + yEsc(p.escalation || 0).toFixed(1));
      if (periods.length <= 16 || i % Math.ceil(periods.length / 8) === 0) {
        text(svg, x + step / 2, H - B + 16, p.start, "axis mid");
      }
      g.addEventListener("click", function () { select(svg, g, p); });
      g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(svg, g, p); } });
    });
    el("polyline", { points: points.join(" "), "class": "esc-line" }, svg);
    periods.forEach(function (p, i) {
      var xy = points[i].split(",");
      el("circle", { cx: xy[0], cy: xy[1], r: 3, "class": "esc-dot" }, svg);
    });
  }

  function select(svg, group, period) {
    Array.prototype.forEach.call(svg.querySelectorAll("g.period.selected"), function (g) { g.classList.remove("selected"); });
    group.classList.add("selected");
    var box = document.getElementById("period-events");
    if (!box) { return; }
    box.textContent = "";
    var h = document.createElement("h2");
    h.textContent = period.start + " – " + period.end + ": " + period.events + " events";
    box.appendChild(h);
    var ids = (period.event_ids || []).slice(0, 200);
    if (!ids.length) { return; }
    var url = "/api/events?limit=200&" + ids.map(function (i) { return "id=" + encodeURIComponent(i); }).join("&");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (page) { list(box, page.items || []); })
      .catch(function () { var p = document.createElement("p"); p.textContent = "could not load the events"; box.appendChild(p); });
  }

  function list(box, items) {
    var ul = document.createElement("ul");
    ul.className = "events";
    items.forEach(function (ev) {
      var li = document.createElement("li");
      li.className = "event " + (ev.intensity < 0 ? "conflict" : ev.intensity > 0 ? "coop" : "neutral");
      li.setAttribute("data-event", String(ev.id));
      var head = document.createElement("strong");
      head.textContent = ev.type + " " + (ev.intensity > 0 ? "+" : "") + ev.intensity +
        (ev.negated ? " (negated)" : "") + (ev.hypothetical ? " (hypothetical)" : "");
      li.appendChild(head);
      li.appendChild(document.createTextNode(" " + (ev.source ? ev.source.name : "?") + " → " + (ev.target ? ev.target.name : "?") + " · " + (ev.published || "undated") + (ev.date ? " (stated date " + ev.date + ")" : "") + " · "));
      var a = document.createElement("a");
      a.href = "/articles/" + encodeURIComponent(ev.article_id);
      a.textContent = ev.title || "article";
      li.appendChild(a);
      // the evidence is the sentence itself, which carries its own quotation marks
      var q = document.createElement("span");
      q.className = "evidence";
      q.textContent = ev.text;
      li.appendChild(q);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var rows = data();
    if (rows === null) { return; }
    var actor = document.getElementById("actor-chart");
    if (actor) { bars(actor, rows); }
    var dyad = document.getElementById("dyad-chart");
    if (dyad) { timeline(dyad, rows); }
  });
}());
