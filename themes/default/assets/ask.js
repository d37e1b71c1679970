// Ask: when served by `reader serve`, sends the question to /api/ask and shows the cited answer.
(function () {
  "use strict";
  var form = document.querySelector("[data-ask-form]");
  var live = document.querySelector("[data-ask-live]");
  if (!form || !window.READER_LIVE) return;
  form.hidden = false;
  var root = document.querySelector("link[rel=stylesheet]").getAttribute("href").replace(/assets\/site\.css$/, "");

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var question = form.question.value.trim();
    if (!question) return;
    live.replaceChildren(el("p", "Asking the council…", { class: "status" }));
    fetch("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: question }) })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (answer) {
        var article = el("article", null, { class: "answer", lang: answer.lang || "en" });
        article.appendChild(el("h3", answer.question));
        if (!answer.answerable) article.appendChild(el("p", "The council found no answer to this in the article.", { class: "note", lang: "en" }));
        String(answer.answer || "").split("\n").filter(Boolean).forEach(function (p) { article.appendChild(el("p", p)); });
        var list = el("ol", null, { class: "citations", lang: "en" });
        (answer.citations || []).forEach(function (c, i) {
          var item = el("li");
          var doc = c.unit.replace(/-[^-]+$/, "");
          item.appendChild(el("a", "[" + (i + 1) + "] " + doc, { href: root + "reader/" + doc + ".html#u-" + c.unit }));
          item.appendChild(document.createTextNode(" "));
          item.appendChild(el("q", c.quote, { lang: c.lang }));
          list.appendChild(item);
        });
        article.appendChild(list);
        live.replaceChildren(article);
      })
      .catch(function (err) { live.replaceChildren(el("p", "The council could not answer: " + err.message, { class: "note" })); });
  });
})();
