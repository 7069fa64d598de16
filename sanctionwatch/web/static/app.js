// sanctionwatch dashboard: light progressive enhancement. Every page works without this file.
(function () {
  "use strict";

  // An event marker lights up its line on the chart.
  function setLine(g, on) {
    var n = g.getAttribute("data-n");
    if (!n) return;
    var line = g.ownerSVGElement && g.ownerSVGElement.querySelector('.evline[data-n="' + n + '"]');
    if (line) line.classList.toggle("on", on);
  }

  // Chart tooltips: move each mark's <title> into a tooltip box that follows hover and focus.
  function setupChart(figure) {
    var tip = figure.querySelector(".tooltip");
    if (!tip) return;
    var marks = figure.querySelectorAll("svg.chart .pt, svg.chart .event");
    Array.prototype.forEach.call(marks, function (g) {
      var t = g.querySelector("title");
      if (!t) return;
      g.setAttribute("data-tip", t.textContent);
      g.setAttribute("aria-label", t.textContent);
      t.parentNode.removeChild(t);
      function show() {
        tip.textContent = g.getAttribute("data-tip");
        tip.hidden = false;
        var fb = figure.getBoundingClientRect();
        var gb = g.getBoundingClientRect();
        var left = gb.left - fb.left + gb.width / 2 + 12;
        if (left + 320 > fb.width) left = Math.max(4, gb.left - fb.left - 330);
        tip.style.left = left + "px";
        tip.style.top = Math.max(4, gb.top - fb.top - 8) + "px";
        g.classList.add("show");
        setLine(g, true);
      }
      function hide() { tip.hidden = true; g.classList.remove("show"); setLine(g, false); }
      g.addEventListener("mouseenter", show);
      g.addEventListener("focus", show);
      g.addEventListener("mouseleave", hide);
      g.addEventListener("blur", hide);
    });
  }

  // Filter forms submit as soon as a choice changes.
  function setupAutosubmit(form) {
    form.addEventListener("change", function (ev) {
      var el = ev.target;
      if (el && (el.tagName === "SELECT" || el.type === "checkbox" || el.type === "radio")) form.submit();
    });
  }

  // The write token is kept for this browser tab only (sessionStorage), never in a cookie.
  function setupToken(input) {
    try {
      var saved = window.sessionStorage.getItem("sanctionwatch-token");
      if (saved && !input.value) input.value = saved;
      input.form.addEventListener("submit", function () {
        if (input.value) window.sessionStorage.setItem("sanctionwatch-token", input.value);
      });
    } catch (e) { /* storage disabled: the field still works */ }
  }

  // Claim table rows point at the highlighted claim in the text.
  function setupClaims(table) {
    table.addEventListener("click", function (ev) {
      var row = ev.target.closest("tr[data-claim]");
      if (!row || ev.target.tagName === "A") return;
      var mark = document.getElementById("claim-" + row.getAttribute("data-claim"));
      if (!mark) return;
      mark.scrollIntoView({ behavior: "smooth", block: "center" });
      mark.classList.add("flash");
      setTimeout(function () { mark.classList.remove("flash"); }, 1500);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("figure.chartbox"), setupChart);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-autosubmit]"), setupAutosubmit);
    Array.prototype.forEach.call(document.querySelectorAll("input[data-remember-token]"), setupToken);
    Array.prototype.forEach.call(document.querySelectorAll("table.claims"), setupClaims);
    document.documentElement.classList.add("js");
  });
})();
