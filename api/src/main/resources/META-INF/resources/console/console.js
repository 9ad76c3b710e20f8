// rdagent-results console: progressive enhancement only. Pages work without this file except the charts.
// 1) filter forms marked data-live refresh their results as you type (the URL follows, so views stay shareable);
// 2) elements .chart[data-curves] / #chart-compare draw /loops/{t}/{l}/curves with uPlot;
// 3) copy buttons put the import line on the clipboard.
(function () {
  "use strict";

  function liveFilters() {
    document.querySelectorAll("form[data-live]").forEach(function (form) {
      var target = form.getAttribute("data-live");
      var timer = null;
      var seq = 0;
      function refresh() {
        var params = new URLSearchParams(new FormData(form));
        Array.from(params.keys()).forEach(function (k) { if (params.get(k) === "") { params.delete(k); } });
        var url = form.getAttribute("action") + "?" + params.toString();
        var mine = ++seq;
        fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) {
            if (mine !== seq) { return; }
            var doc = new DOMParser().parseFromString(html, "text/html");
            var fresh = doc.getElementById(target);
            var old = document.getElementById(target);
            if (fresh && old) { old.replaceWith(document.importNode(fresh, true)); }
            history.replaceState(null, "", url);
          })
          .catch(function () { /* the submit button still works */ });
      }
      form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
      form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(refresh, 50); });
    });
  }

  function pct(v) { return v == null ? "–" : (v * 100).toFixed(2) + "%"; }

  function width(el) { return Math.max(280, Math.min(el.clientWidth || 900, 1400)); }

  function fetchCurves(url) {
    return fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "max_points=1000", { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) {
          return r.json().then(function (p) { throw new Error(p.detail || ("HTTP " + r.status)); },
            function () { throw new Error("HTTP " + r.status); });
        }
        return r.json();
      });
  }

  function epochs(dates) { return dates.map(function (d) { return Date.parse(d) / 1000; }); }

  function baseOpts(el, title, series) {
    return {
      title: title, width: width(el), height: 300,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      axes: [{}, { values: function (u, vals) { return vals.map(function (v) { return (v * 100).toFixed(1) + "%"; }); }, size: 60 }],
      series: [{ label: "Date (UTC)", value: "{YYYY}-{MM}-{DD}" }].concat(series)
    };
  }

  function line(label, color, dash) {
    return { label: label, stroke: color, width: 1.5, dash: dash, value: function (u, v) { return pct(v); } };
  }

  function problem(el, text) {
    var p = document.createElement("p");
    p.className = "problem";
    p.textContent = "No curves: " + text;
    el.appendChild(p);
  }

  function loopCharts() {
    document.querySelectorAll(".chart[data-curves]").forEach(function (el) {
      fetchCurves(el.getAttribute("data-curves")).then(function (c) {
        var x = epochs(c.dates);
        var chart;
        if (el.getAttribute("data-kind") === "drawdown") {
          chart = new uPlot(baseOpts(el, "Drawdown of excess return", [
            line("Excess w/o cost", "#b3261e"), line("Excess with cost", "#e8710a", [6, 3])]),
            [x, c.drawdown_excess_wo_cost, c.drawdown_excess_w_cost], el);
        } else {
          chart = new uPlot(baseOpts(el, "Cumulative return (sum of daily returns)", [
            line("Return w/o cost", "#0b5cad"), line("Return with cost", "#5b8fd1", [6, 3]),
            line("Benchmark", "#6b7280"), line("Excess w/o cost", "#1e7a3a"),
            line("Excess with cost", "#7cb342", [6, 3])]),
            [x, c.cum_return_wo_cost, c.cum_return_w_cost, c.cum_bench, c.cum_excess_wo_cost, c.cum_excess_w_cost], el);
        }
        el.setAttribute("data-drawn", "true");
        window.addEventListener("resize", function () { chart.setSize({ width: width(el), height: 300 }); });
      }).catch(function (e) { problem(el, e.message); });
    });
  }

  var PALETTE = ["#0b5cad", "#b3261e", "#1e7a3a", "#e8710a", "#6a1b9a"];

  function compareChart() {
    var el = document.getElementById("chart-compare");
    if (!el) { return; }
    var items = Array.from(el.querySelectorAll("[data-curves]"));
    Promise.all(items.map(function (li) { return fetchCurves(li.getAttribute("data-curves")); })).then(function (all) {
      // one x axis: the union of the dates, each loop's series aligned on it (null where it has no point)
      var set = new Set();
      all.forEach(function (c) { epochs(c.dates).forEach(function (t) { set.add(t); }); });
      var xs = Array.from(set).sort(function (a, b) { return a - b; });
      var index = new Map(xs.map(function (t, i) { return [t, i]; }));
      var data = [xs];
      var series = [];
      all.forEach(function (c, i) {
        var ys = new Array(xs.length).fill(null);
        epochs(c.dates).forEach(function (t, j) { ys[index.get(t)] = c.cum_excess_w_cost[j]; });
        data.push(ys);
        series.push(Object.assign(line(items[i].getAttribute("data-label"), PALETTE[i % PALETTE.length]), { spanGaps: true }));
      });
      var chart = new uPlot(baseOpts(el, "Cumulative excess return with cost", series), data, el);
      el.setAttribute("data-drawn", "true");
      window.addEventListener("resize", function () { chart.setSize({ width: width(el), height: 300 }); });
    }).catch(function (e) { problem(el, e.message); });
  }

  function copyButtons() {
    document.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.addEventListener("click", function () {
        var input = document.getElementById(b.getAttribute("data-copy"));
        input.select();
        if (navigator.clipboard) { navigator.clipboard.writeText(input.value); }
        b.textContent = "Copied";
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    liveFilters();
    copyButtons();
    if (window.uPlot) { loopCharts(); compareChart(); }
  });
})();
