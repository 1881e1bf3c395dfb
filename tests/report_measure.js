// Measures a rendered plandeck report for tests/test_report_screens.py: evaluated in the page through
// the DevTools protocol (tests/cdp.py), it returns its figures as a JSON string. The page itself
// runs no script at all.
(function measure() {
  "use strict";
  const MARKS = "svg.gantt .bar, svg.gantt .publication, svg.gantt .publication-span, svg.gantt .meeting, " +
    "svg.gantt .recurrence, svg.gantt .plan-edge, svg.gantt line.year, ul.legend svg *";
  const BACKDROPS = new Set(["zebra", "plan-period"]);  // chart shapes that are ground, not figure

  function rgba(text) {
    const m = /rgba?\(([^)]+)\)/.exec(text || "");
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function visible(el) {
    if (!el.getClientRects().length) return false;
    for (let at = el; at && at.nodeType === 1; at = at.parentElement) {
      const cs = getComputedStyle(at);
      if (cs.visibility === "hidden" || cs.display === "none" || (cs.clipPath && cs.clipPath !== "none")) return false;
    }
    return true;
  }
  // Layers listed top first, down to the first opaque one, composited onto white paper.
  function flatten(layers) {
    let out = [255, 255, 255];
    for (const c of layers.reverse()) out = out.map((v, i) => c[3] * c[i] + (1 - c[3]) * v);
    return out.map(Math.round);
  }
  function isSvgShape(el) { return el instanceof SVGGraphicsElement && !(el instanceof SVGSVGElement); }
  // The colour actually under point (x, y) in a chart, marks and text left out: the layers above the
  // first opaque one, composited onto it (a translucent stripe over the plan-period band).
  function ground(x, y) {
    const layers = [];
    for (const el of document.elementsFromPoint(x, y)) {
      let c = null;
      if (isSvgShape(el)) {
        if (![...el.classList].some(k => BACKDROPS.has(k))) continue;
        c = rgba(getComputedStyle(el).fill);
      } else {
        c = rgba(getComputedStyle(el).backgroundColor);
      }
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    return flatten(layers);
  }
  // The same for an HTML element, from its own and its ancestors' backgrounds: this page positions
  // nothing over anything else, and hit-testing every cell of a long page takes half a minute.
  function groundOf(el) {
    const layers = [];
    for (let at = el; at && at.nodeType === 1; at = at.parentElement) {
      const c = rgba(getComputedStyle(at).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    return flatten(layers);
  }
  function centre(rect) { return [rect.left + rect.width / 2, rect.top + rect.height / 2]; }
  // Hit-testing needs the point on screen: the caller makes the viewport as tall as the page, so only
  // what sits in a sideways-scrolled box still has to be scrolled to.
  function inView(el) {
    const r = el.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) {
      el.scrollIntoView({block: "center", inline: "center"});
    }
  }

  const out = {width: window.innerWidth, texts: [], marks: [], cut: [], boxes: [], chartFonts: [], clippedText: []};
  // Text: every element with its own words, its colour against what is beneath those words.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || seen.has(el) || ["TITLE", "title", "STYLE", "SCRIPT"].includes(el.tagName)) continue;
    if (el.closest("title") || !visible(el)) continue;
    seen.add(el);
    const cs = getComputedStyle(el);
    let bg;
    if (el instanceof SVGElement) {
      inView(el);
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const [x, y] = centre(rect);
      bg = ground(x, y);
    } else {
      bg = groundOf(el);
    }
    const fg = el instanceof SVGElement ? cs.fill : cs.color;
    out.texts.push({text: node.data.trim().slice(0, 60), fg: rgba(fg), bg: bg,
                    size: parseFloat(cs.fontSize), weight: parseInt(cs.fontWeight, 10)});
  }
  // The labels a narrow screen puts before each value of a table card (CSS generated content).
  for (const td of document.querySelectorAll("td[data-label]")) {
    const before = getComputedStyle(td, "::before");
    if (!visible(td) || before.content === "none" || before.display === "none") continue;
    out.texts.push({text: "::before " + td.dataset.label, fg: rgba(before.color), bg: groundOf(td),
                    size: parseFloat(before.fontSize), weight: parseInt(before.fontWeight, 10)});
  }
  // Marks: fill or stroke, whichever shows, against the ground beneath (marks on marks are outlined in white).
  for (const el of document.querySelectorAll(MARKS)) {
    if (!visible(el) || el instanceof SVGTitleElement) continue;
    inView(el);
    const cs = getComputedStyle(el);
    const [x, y] = centre(el.getBoundingClientRect());
    const legend = !!el.closest("ul.legend");
    const bg = legend ? groundOf(el.closest("svg").parentElement) : ground(x, y);
    out.marks.push({cls: el.getAttribute("class") || el.tagName, legend: legend, fill: rgba(cs.fill),
                    stroke: cs.stroke === "none" ? null : rgba(cs.stroke), strokeWidth: parseFloat(cs.strokeWidth),
                    bg: bg});
  }
  window.scrollTo(0, 0);
  for (const box of document.querySelectorAll(".scroll, .gantt-box")) {
    box.scrollLeft = 0;
    if (visible(box)) out.boxes.push({cls: box.className, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth});
  }
  // Anything reaching past the right edge of the screen, outside a box that scrolls on its own.
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".scroll, .gantt-box, head, title") || !visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 0.5 || r.left < -0.5) out.cut.push(el.tagName + "." + el.getAttribute("class"));
  }
  out.docScrollWidth = document.documentElement.scrollWidth;
  out.docHeight = document.documentElement.scrollHeight;
  for (const t of document.querySelectorAll("svg.gantt text")) {
    if (!visible(t)) continue;
    const ctm = t.getScreenCTM();
    out.chartFonts.push(parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b));
    const [r, box] = [t.getBoundingClientRect(), t.ownerSVGElement.getBoundingClientRect()];
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.clippedText.push(t.textContent);
  }
  return JSON.stringify(out);
})();
