// Static search over window.ReaderSearchIndex (exported at build time from the search engine's analysis),
// or the live /api/search when served by `reader serve`. Each hit lists the aligned passages of the other versions.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var index = window.ReaderSearchIndex;
  if (!form || !index) return;

  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2ffff}]/u;
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  var K1 = 1.2, B = 0.75, LIMIT = 30;
  var root = document.querySelector("link[rel=stylesheet]").getAttribute("href").replace(/assets\/site\.css$/, "");
  var unitIndex = {};
  index.unitIds.forEach(function (id, i) { unitIndex[id] = i; });
  var avgLength = index.units.reduce(function (sum, u) { return sum + u[2]; }, 0) / Math.max(1, index.units.length);
  var termList = null;

  function slug(id) { return id.replace(/[^A-Za-z0-9_-]/g, "-"); }
  function normalize(text) { return text.normalize("NFKC").toLowerCase(); }

  // Splits text the way QueryTokens does at build time: word runs and CJK runs, by code point.
  function runs(text) {
    var out = [], current = "", kind = null;
    Array.from(text).forEach(function (ch) {
      var k = CJK.test(ch) ? "cjk" : WORD.test(ch) ? "word" : null;
      if (k !== kind && current) { out.push({ kind: kind, text: current }); current = ""; }
      kind = k;
      if (k) current += ch;
    });
    if (current) out.push({ kind: kind, text: current });
    return out;
  }

  function termsOfWord(word) {
    if (Object.prototype.hasOwnProperty.call(index.surfaces, word)) return index.surfaces[word];
    if (Object.prototype.hasOwnProperty.call(index.postings, word)) return [word];
    if (Array.from(word).length < 4) return [];
    // A form the corpus never uses: fall back to terms sharing its stem-sized prefix.
    termList = termList || Object.keys(index.postings);
    return termList.filter(function (t) {
      return (t.length >= 4 && (t.indexOf(word) === 0 || word.indexOf(t) === 0));
    }).slice(0, 20);
  }

  function cjkPieces(run) {
    var chars = Array.from(run);
    if (chars.length === 1) return [run];
    var pieces = [];
    if (index.cjk === "bigram") {
      for (var i = 0; i + 1 < chars.length; i++) pieces.push(chars[i] + chars[i + 1]);
      return pieces;
    }
    // Dictionary segmentation: longest term match from each position.
    for (var at = 0; at < chars.length;) {
      var len = Math.min(8, chars.length - at);
      while (len > 1 && !Object.prototype.hasOwnProperty.call(index.postings, chars.slice(at, at + len).join(""))) len--;
      pieces.push(chars.slice(at, at + len).join(""));
      at += len;
    }
    return pieces;
  }

  function queryTokens(query) {
    var tokens = [];
    runs(normalize(query)).forEach(function (r) {
      if (r.kind === "cjk") cjkPieces(r.text).forEach(function (p) { tokens.push({ surface: p, terms: [p], cjk: true }); });
      else tokens.push({ surface: r.text, terms: termsOfWord(r.text), cjk: false });
    });
    return tokens.filter(function (t) { return t.terms.length > 0; });
  }

  // BM25 per token (best of its alternative terms), weighted by the share of tokens a passage matches.
  function rank(tokens) {
    var n = index.units.length, scores = {}, matched = {};
    tokens.forEach(function (token) {
      var best = {};
      token.terms.forEach(function (term) {
        var postings = index.postings[term];
        if (!postings) return;
        var df = postings.length / 2;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (var i = 0; i < postings.length; i += 2) {
          var u = postings[i], tf = postings[i + 1], len = index.units[u][2];
          var s = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avgLength));
          if (!(best[u] >= s)) best[u] = s;
        }
      });
      Object.keys(best).forEach(function (u) {
        scores[u] = (scores[u] || 0) + best[u];
        matched[u] = (matched[u] || 0) + 1;
      });
    });
    var need = tokens.length <= 2 ? 1 : Math.ceil(tokens.length * 0.6);
    return Object.keys(scores)
      .filter(function (u) { return matched[u] >= need; })
      .map(function (u) { var share = matched[u] / tokens.length; return { unit: Number(u), score: scores[u] * share * share }; })
      .sort(function (a, b) { return b.score - a.score || a.unit - b.unit; });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  // Marks the words whose analysed terms the query matched, and the query's CJK pieces.
  function highlight(text, tokens) {
    var wanted = {}, pieces = [];
    tokens.forEach(function (t) {
      if (t.cjk) pieces.push(t.surface);
      else t.terms.forEach(function (term) { wanted[term] = true; });
    });
    var out = [], plain = "";
    function flush() { if (plain) { out.push(plain); plain = ""; } }
    var chars = Array.from(text), i = 0;
    while (i < chars.length) {
      var ch = chars[i];
      if (CJK.test(ch)) {
        var hit = pieces.filter(function (p) { return chars.slice(i, i + Array.from(p).length).join("") === p; })
          .sort(function (a, b) { return b.length - a.length; })[0];
        if (hit) {
          var end = i + Array.from(hit).length;
          // Extend over overlapping pieces (bigrams of one query word).
          var grown = true;
          while (grown) {
            grown = false;
            for (var p = 0; p < pieces.length; p++) {
              var len = Array.from(pieces[p]).length;
              for (var s = Math.max(i, end - len + 1); s < end; s++) {
                if (s + len > end && chars.slice(s, s + len).join("") === pieces[p]) { end = s + len; grown = true; }
              }
            }
          }
          flush();
          out.push(el("mark", {}, [chars.slice(i, end).join("")]));
          i = end;
          continue;
        }
        plain += ch; i++;
        continue;
      }
      if (WORD.test(ch)) {
        var j = i;
        while (j < chars.length && WORD.test(chars[j]) && !CJK.test(chars[j])) j++;
        var word = chars.slice(i, j).join("");
        var terms = termsOfWordExact(normalize(word));
        if (terms.some(function (t) { return wanted[t]; })) { flush(); out.push(el("mark", {}, [word])); }
        else plain += word;
        i = j;
        continue;
      }
      plain += ch; i++;
    }
    flush();
    return out;
  }

  function termsOfWordExact(word) {
    return Object.prototype.hasOwnProperty.call(index.surfaces, word) ? index.surfaces[word] : [word];
  }

  function docOf(u) { return index.documents[index.units[u][0]]; }

  function passage(u, tokens, tag) {
    var doc = docOf(u);
    return el(tag, { class: "passage" }, [
      el("span", { class: "chip lang-" + doc.lang }, [doc.tag]),
      " ",
      el("span", { lang: doc.lang }, highlight(index.texts[u], tokens)),
      " ",
      el("a", { class: "src", href: root + "reader/" + slug(doc.id) + ".html#u-" + slug(index.unitIds[u]), title: "Read in context", "aria-label": "Read in context" }, ["\u2197"])
    ]);
  }

  function render(hits, tokens, query) {
    list.replaceChildren();
    var seen = {}, shown = 0;
    hits.forEach(function (hit) {
      var group = index.units[hit.unit][1];
      if (seen[group] || shown >= LIMIT) return;
      seen[group] = true; shown++;
      var doc = docOf(hit.unit);
      var section = index.sectionTitles[index.sections[hit.unit]] || index.sections[hit.unit];
      var others = index.groups[group].filter(function (u) { return u !== hit.unit; });
      var item = el("li", { class: "hit" }, [
        el("p", { class: "hit-meta" }, [section + " \u00B7 " + doc.title + " \u00B7 ",
          el("a", { href: root + "compare.html#g-" + slug(index.groupIds[group]) }, ["compare"])]),
        passage(hit.unit, tokens, "p")
      ]);
      if (others.length) {
        var details = el("details", { class: "others" }, [el("summary", {}, ["In the other versions (" + others.length + ")"])]);
        var ul = el("ul", {}, others.map(function (u) { return passage(u, tokens, "li"); }));
        details.appendChild(ul);
        if (shown <= 3) details.open = true;
        item.appendChild(details);
      } else {
        item.appendChild(el("p", { class: "note" }, ["No aligned passage in the other versions."]));
      }
      list.appendChild(item);
    });
    status.textContent = shown === 0
      ? "No passage matches \u201C" + query + "\u201D."
      : shown + (shown === 1 ? " passage group matches" : " passage groups match") + " \u201C" + query + "\u201D.";
  }

  function searchStatic(query) {
    var tokens = queryTokens(query);
    render(rank(tokens), tokens, query);
  }

  function searchLive(query) {
    fetch("/api/search?q=" + encodeURIComponent(query))
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (result) {
        var hits = (result.hits || []).filter(function (h) { return h.unit in unitIndex; })
          .map(function (h) { return { unit: unitIndex[h.unit], score: h.score }; });
        render(hits, queryTokens(query), query);
      })
      .catch(function () { if (index) searchStatic(query); });
  }

  function run(query, push) {
    query = query.trim();
    if (push) {
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    if (window.READER_LIVE) searchLive(query); else searchStatic(query);
  }

  var input = form.querySelector("input[name=q]");
  var timer = 0;
  form.addEventListener("submit", function (e) { e.preventDefault(); run(input.value, true); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value, true); }, 150);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial, false); }
})();
