// Compare: keeps two to five versions as columns (from ?v=a,b,c or the boxes), and highlights a row's counterparts.
(function () {
  "use strict";
  var form = document.querySelector("[data-compare-form]");
  var table = document.querySelector("[data-compare]");
  if (!form || !table) return;
  var min = Number(form.dataset.min), max = Number(form.dataset.max);
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=v]"));
  var status = form.querySelector("[data-compare-status]");
  var ids = boxes.map(function (b) { return b.value; });

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    var wanted = [];
    params.getAll("v").forEach(function (v) { v.split(",").forEach(function (x) { if (x) wanted.push(x); }); });
    wanted = wanted.filter(function (v, i) { return ids.indexOf(v) >= 0 && wanted.indexOf(v) === i; }).slice(0, max);
    if (wanted.length < min) wanted = form.dataset.defaults.split(",");
    return wanted;
  }

  function apply(chosen, push) {
    boxes.forEach(function (b) {
      b.checked = chosen.indexOf(b.value) >= 0;
      b.disabled = (b.checked && chosen.length <= min) || (!b.checked && chosen.length >= max);
    });
    Array.prototype.forEach.call(table.querySelectorAll("[data-doc]"), function (cell) {
      cell.hidden = chosen.indexOf(cell.dataset.doc) < 0;
    });
    Array.prototype.forEach.call(table.querySelectorAll(".section-row th"), function (th) { th.colSpan = chosen.length + 1; });
    // A row none of the chosen versions has anything in says nothing; so does a section left without rows.
    Array.prototype.forEach.call(table.querySelectorAll("tr.group-row"), function (row) {
      row.hidden = !Array.prototype.some.call(row.querySelectorAll("td[data-doc]"), function (td) {
        return !td.hidden && !td.querySelector(".none");
      });
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      body.hidden = !body.querySelector("tr.group-row:not([hidden])");
    });
    table.dataset.columns = String(chosen.length);
    status.textContent = "Showing " + chosen.length + " versions: " + chosen.join(", ") + ".";
    if (push) {
      var url = new URL(location.href);
      url.searchParams.delete("v");
      url.searchParams.set("v", chosen.join(","));
      history.replaceState(null, "", url);
    }
  }

  form.addEventListener("change", function () {
    apply(boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }), true);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  // Hover or focus on a passage lights up the other passages of its group.
  function mark(row, on) {
    if (row && row.classList.contains("group-row")) row.classList.toggle("active", on);
  }
  table.addEventListener("focusin", function (e) { mark(e.target.closest("tr"), true); });
  table.addEventListener("focusout", function (e) { mark(e.target.closest("tr"), false); });
  table.addEventListener("mouseover", function (e) { mark(e.target.closest("tr"), true); });
  table.addEventListener("mouseout", function (e) { mark(e.target.closest("tr"), false); });

  apply(fromUrl(), false);
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
})();
