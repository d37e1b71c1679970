// Interactive parts of the shift illustrations: tab sets (arrow keys, Home, End) and step sliders.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-tabs]"), function (root) {
    var list = root.querySelector("[role=tablist]");
    var tabs = Array.prototype.slice.call(root.querySelectorAll("[role=tab]"));
    if (!list || tabs.length === 0) return;
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", String(on));
        t.tabIndex = on ? 0 : -1;
        var panel = document.getElementById(t.getAttribute("aria-controls"));
        if (panel) panel.hidden = !on;
      });
      root.dataset.selected = tab.dataset.key;
      if (focus) tab.focus();
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (e) {
        var to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        select(tabs[(to + tabs.length) % tabs.length], true);
      });
    });
    list.hidden = false;
    select(tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0], false);
  });

  Array.prototype.forEach.call(document.querySelectorAll("[data-slider]"), function (root) {
    var input = root.querySelector("input[type=range]");
    var output = root.querySelector("[data-slider-output]");
    var levels = Array.prototype.slice.call(root.querySelectorAll("[data-level]"));
    if (!input) return;
    function update() {
      var value = Number(input.value);
      var current = null;
      levels.forEach(function (l) {
        var on = Number(l.dataset.level) === value;
        l.classList.toggle("current", on);
        if (on) current = l;
      });
      if (current) {
        input.setAttribute("aria-valuetext", current.dataset.name);
        if (output) output.textContent = current.dataset.name;
      }
      root.dataset.level = String(value);
    }
    input.addEventListener("input", update);
    input.closest(".slider-row").hidden = false;
    update();
  });
})();
