// Language switcher for the claim cards: shows every card in one language, in place, and remembers the choice.
(function () {
  "use strict";
  var bar = document.querySelector("[data-lang-switch]");
  if (!bar) return;
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button[data-lang]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var known = buttons.map(function (b) { return b.dataset.lang; });

  function show(lang, remember) {
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.lang === lang)); });
    cards.forEach(function (card) {
      var versions = Array.prototype.slice.call(card.querySelectorAll(".version"));
      var hasLang = versions.some(function (v) { return v.dataset.lang === lang; });
      var fallback = versions[0];
      versions.forEach(function (v) { v.hidden = hasLang ? v.dataset.lang !== lang : v !== fallback; });
      var missing = card.querySelector("[data-missing]");
      if (missing) {
        missing.hidden = hasLang || !fallback;
        if (!hasLang && fallback) {
          missing.textContent = "No " + lang.toUpperCase() + " version of this claim; showing " + fallback.dataset.tag + ".";
        }
      }
    });
    document.querySelector("[data-claims]").dataset.lang = lang;
    if (remember) {
      try { localStorage.setItem("reader-lang", lang); } catch (e) { /* storage can be off */ }
      var url = new URL(location.href);
      url.searchParams.set("lang", lang);
      history.replaceState(null, "", url);
    }
  }

  buttons.forEach(function (b, i) {
    b.addEventListener("click", function () { show(b.dataset.lang, true); });
    b.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      var next = buttons[(i + step + buttons.length) % buttons.length];
      next.focus();
      show(next.dataset.lang, true);
    });
  });

  var wanted = new URLSearchParams(location.search).get("lang");
  var stored = null;
  try { stored = localStorage.getItem("reader-lang"); } catch (e) { /* ignore */ }
  var initial = [wanted, stored, "en", known[0]].filter(function (l) { return l && known.indexOf(l) >= 0; })[0];
  bar.hidden = false;
  if (initial) show(initial, false);
})();
