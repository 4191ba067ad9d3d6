(function () {
"use strict";
var d = document;
function all(sel, root) { return Array.prototype.slice.call((root || d).querySelectorAll(sel)); }
var boxes = all(".fbox"), tagged = all("[data-f]"), rows = all("tr.r");
var form = d.getElementById("filters"), docSel = d.getElementById("fdoc"), onlyRows = d.getElementById("frows");
var bar = d.getElementById("bar"), shown = d.getElementById("shown"), nrules = d.getElementById("nrules");
var current = null;

function barHeight() { return bar ? bar.offsetHeight : 0; }
function fitBar() { d.documentElement.style.setProperty("--bar", barHeight() + "px"); }

function checked(name) {
  var s = {};
  all('input[name="' + name + '"]', form).forEach(function (i) { if (i.checked) { s[i.value] = true; } });
  return s;
}

// apply shows what the filters let through and hides the rest; it
// returns the numbers of the findings shown.
function apply() {
  var sev = checked("sev"), lang = checked("lang"), rule = checked("rule"), doc = docSel ? docSel.value : "";
  var on = {}, n = 0;
  boxes.forEach(function (b) {
    var v = sev[b.dataset.sev] && lang[b.dataset.lang] && rule[b.dataset.rule] && (!doc || b.dataset.doc === doc);
    if (v) { on[b.dataset.f] = true; n++; }
  });
  tagged.forEach(function (e) { e.classList.toggle("hid", !on[e.dataset.f]); });
  all("th.c,td.c").forEach(function (e) {
    if (!e.classList.contains("src")) { e.classList.toggle("hid", !lang[e.dataset.l]); }
  });
  all("mark[data-ml]").forEach(function (m) {
    m.classList.toggle("off", !m.dataset.ml.split(" ").some(function (l) { return lang[l]; }));
  });
  all("section.doc").forEach(function (s) { s.classList.toggle("hid", doc !== "" && s.dataset.doc !== doc); });
  var only = onlyRows && onlyRows.checked;
  rows.forEach(function (r) {
    var has = all(".fbox", r).some(function (b) { return on[b.dataset.f]; });
    r.classList.toggle("hid", only && !has);
  });
  if (shown) { shown.textContent = n === boxes.length ? "" : "showing " + n + " of " + boxes.length + " findings"; }
  if (nrules) {
    var k = all('input[name="rule"]', form);
    nrules.textContent = k.filter(function (i) { return i.checked; }).length + " of " + k.length;
  }
  if (current && !on[current.dataset.f]) { setCurrent(null); }
  fitBar();
  return on;
}

function visible(e) { return e.getClientRects().length > 0; }

function setCurrent(b) {
  all(".cur").forEach(function (e) { e.classList.remove("cur"); });
  current = b;
  if (!b) { return; }
  b.classList.add("cur");
  all('li[data-f="' + b.dataset.f + '"]').forEach(function (li) { li.classList.add("cur"); li.scrollIntoView({block: "nearest"}); });
  b.focus({preventScroll: true});
  b.scrollIntoView({block: "center"});
}

// step moves to the next (1) or previous (-1) finding shown; with none
// chosen yet, to the first below (or last above) the top of the window.
function step(dir) {
  var vs = boxes.filter(visible);
  if (vs.length === 0) { return; }
  var i = vs.indexOf(current);
  if (i < 0) {
    var top = barHeight();
    if (dir > 0) {
      i = vs.findIndex(function (b) { return b.getBoundingClientRect().top >= top; });
      if (i < 0) { i = vs.length - 1; }
    } else {
      i = vs.length - 1;
      while (i > 0 && vs[i].getBoundingClientRect().top >= top) { i--; }
    }
  } else {
    i = Math.max(0, Math.min(vs.length - 1, i + dir));
  }
  setCurrent(vs[i]);
}

d.addEventListener("keydown", function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) { return; }
  var t = e.target;
  if (t && (t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.tagName === "INPUT" && t.type !== "checkbox")) { return; }
  if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
  else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
});

d.addEventListener("click", function (e) {
  var a = e.target.closest ? e.target.closest('a[href^="#f"]') : null;
  if (!a) { return; }
  var b = d.getElementById(a.getAttribute("href").slice(1));
  if (!b || !b.classList.contains("fbox")) { return; }
  e.preventDefault();
  setCurrent(b);
  try { history.replaceState(null, "", "#" + b.id); } catch (err) { /* a page opened from a file may refuse */ }
});

if (form) { form.addEventListener("change", apply); }
if (docSel) {
  docSel.addEventListener("change", function () {
    var s = d.getElementById("d" + docSel.value);
    if (s) { s.scrollIntoView(); }
  });
}
window.addEventListener("resize", fitBar);
apply();

// With #selftest the page tries its own filters and keys and writes what
// it saw as JSON into #selftest, for a test that loads it in a browser.
if (location.hash === "#selftest") {
  var out = {boxes: boxes.length, rows: rows.length, findings: [], scenarios: {}};
  boxes.forEach(function (b) {
    var f = b.dataset.f;
    out.findings.push({
      n: +f, sev: b.dataset.sev, lang: b.dataset.lang, rule: b.dataset.rule, doc: +b.dataset.doc,
      msg: b.querySelector(".msg").textContent, row: b.closest("tr").id,
      listed: all('li[data-f="' + f + '"]').length, badges: all('a.bd[data-f="' + f + '"]').length, visible: visible(b)
    });
  });
  var set = function (name, vals) {
    all('input[name="' + name + '"]', form).forEach(function (i) { i.checked = vals === null || vals.indexOf(i.value) >= 0; });
  };
  var reset = function () {
    set("sev", null); set("lang", null); set("rule", null);
    if (docSel) { docSel.value = ""; }
    if (onlyRows) { onlyRows.checked = false; }
  };
  var record = function (name) {
    apply();
    out.scenarios[name] = {
      findings: boxes.filter(visible).map(function (b) { return +b.dataset.f; }),
      listed: all("li[data-f]").filter(visible).map(function (li) { return +li.dataset.f; }),
      badges: all("a.bd").filter(visible).length,
      rows: rows.filter(visible).length,
      columns: all("thead th.c").filter(visible).map(function (th) { return (th.classList.contains("src") ? "src:" : "") + th.dataset.l; }),
      docs: all("section.doc").filter(visible).map(function (s) { return +s.dataset.doc; }),
      marksOn: all("mark[data-ml]").filter(function (m) { return !m.classList.contains("off"); }).length
    };
  };
  ["sev", "lang", "rule"].forEach(function (name) {
    all('input[name="' + name + '"]', form).forEach(function (i) {
      reset(); set(name, [i.value]); record(name + ":" + i.value);
    });
  });
  if (docSel) {
    all("option", docSel).forEach(function (o) { reset(); docSel.value = o.value; record("doc:" + o.value); });
  }
  reset(); if (onlyRows) { onlyRows.checked = true; } record("rows");
  reset(); record("all");
  var keys = [];
  var press = function (k) {
    d.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
    keys.push(current ? +current.dataset.f : 0);
  };
  setCurrent(null); window.scrollTo(0, 0);
  press("j"); press("n"); press("j"); press("k"); press("p");
  out.keys = keys;
  // A click on a finding of a list makes it the current one.
  var links = all("li[data-f] a");
  if (links.length > 1) {
    links[1].click();
    out.click = current ? +current.dataset.f : 0;
  }
  reset(); apply(); setCurrent(null); window.scrollTo(0, 0);
  var pre = d.getElementById("selftest");
  pre.textContent = JSON.stringify(out);
}
})();
