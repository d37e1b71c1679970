#!/usr/bin/env python3
"""Derives the character n-gram table that mojibake repair uses to rebuild lost bytes.

A second output, a CJK word table ("word<TAB>count" lines, gzip), lets decoding prefer
dictionary words over character sequences that are merely frequent.

Inputs are data files that ship with packages (see README.md); the output is a small
gzip-compressed binary table (format below) that is embedded into Reader.Core.

Every source is turned into weighted strings; the weights of one source are scaled so that
each source contributes the same total mass, then character 1-, 2- and 3-gram counts are
accumulated (case-folded), pruned to the most frequent, and quantised to one byte (log2 scale).
Running text (`--text FILE:MASS`, one paragraph a line, see extract_text.py) is a source of its own
with MASS times the usual share: sentences teach what words and tokens cannot (朝ごはん, 条件名).

Format (little endian, then gzip):
  magic "RLM1", uint32 quant scale, double total unigram mass,
  three tables (1-grams, 2-grams, 3-grams): uint32 count, then per entry
  varint(key - previous key) and one byte q = round(log2(count) * scale).
  keys: 1-gram c; 2-gram a<<21|b; 3-gram a<<42|b<<21|c (code points).
"""

import argparse
import collections
import glob
import gzip
import math
import os
import struct

QUANT = 8  # q = round(log2(count) * QUANT); one byte covers counts up to 2^31
SOURCE_MASS = 1e9


# Dictionary words are wrapped in a virtual boundary so the model learns which characters end and
# start words; the runtime chains them (P(boundary | b) * P(c | boundary)) across word boundaries.
BOUNDARY = "\x01"


def jieba_words(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                yield BOUNDARY + parts[0] + BOUNDARY, float(parts[1])


def ipadic_words(folder):
    # MeCab costs: lower is more frequent; exp(-cost / 700) gives a usable relative weight.
    for path in sorted(glob.glob(os.path.join(folder, "*.csv"))):
        with open(path, encoding="euc-jp", errors="ignore") as f:
            for line in f:
                parts = line.split(",")
                if len(parts) > 4 and parts[0]:
                    try:
                        cost = int(parts[3])
                    except ValueError:
                        continue
                    # Only Japanese script: ipadic also lists symbols (box drawing, arrows) as very cheap words.
                    if is_cjk(parts[0]):
                        yield BOUNDARY + parts[0] + BOUNDARY, math.exp(-max(cost, -3000) / 700.0)


def typographic(token):
    """The same token with typographic punctuation, which published text uses as often as the ASCII forms."""
    out = token.replace(" -- ", " \u2014 ").replace(" - ", " \u2013 ")
    chars = list(out)
    for i, ch in enumerate(chars):
        if ch in "'\"":
            # At a token's start an apostrophe usually continues a word ('s, 't); a double quote opens one.
            start = i == 0 and ch == '"'
            opening = (start or (i > 0 and chars[i - 1] in " ([{")) and i + 1 < len(chars) and chars[i + 1] != " "
            if ch == '"':
                chars[i] = "\u201C" if opening else "\u201D"
            else:
                chars[i] = "\u2018" if opening else "\u2019"
    return "".join(chars)


def o200k_tokens(path):
    # BPE ranks follow frequency roughly; Zipf's law turns a rank into a weight.
    with open(path, encoding="utf-8") as f:
        for line in f:
            rank, _, token = line.rstrip("\n").partition("\t")
            if token and not looks_like_mojibake(token):
                # Rules and separators ("────", "====") would make their one character look very common.
                core = token.strip()
                if len(core) > 1 and len(set(core)) == 1 and not core.isalnum():
                    token = token.replace(core, core[0] * 2)
                weight = 1.0 / (int(rank) + 50)
                yield token, weight
                variant = typographic(token)
                if variant != token:
                    yield variant, weight


def word_list(path, boundaries):
    with open(path, encoding="utf-8", errors="ignore") as f:
        for line in f:
            word = line.strip().split("/")[0]
            if not word or word.isdigit():
                continue
            yield (" " + word + " ") if boundaries == "both" else (" " + word), 1.0


def fold(text):
    # The table is case-insensitive: damaged capitals are scored like lower-case letters.
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def looks_like_mojibake(token):
    # Web text that trained o200k holds mojibake itself; such tokens must not teach the model.
    if all(ord(ch) < 0x80 for ch in token):
        return False
    for page in ("cp1252", "cp1254", "cp1250", "cp1251", "latin-1"):
        try:
            if token.encode(page).decode("utf-8") != token:
                return True
        except UnicodeError:
            continue
    return False


def is_cjk(text):
    return any(0x3040 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF or 0xFF00 <= ord(ch) <= 0xFFEF for ch in text)


def add_source(counts, items, mass=1.0):
    items = [(fold(s), w) for s, w in items]
    total = sum(w * max(len(s.strip(BOUNDARY)), 1) for s, w in items)
    if total <= 0:
        return
    scale = SOURCE_MASS * mass / total
    uni, bi, tri = counts
    for text, weight in items:
        w = weight * scale
        cps = [ord(ch) for ch in text]
        for i, c in enumerate(cps):
            uni[c] += w
            if i >= 1:
                bi[(cps[i - 1] << 21) | c] += w
            if i >= 2:
                tri[(cps[i - 2] << 42) | (cps[i - 1] << 21) | c] += w


def prune(table, limit, floor=1.0):
    kept = [(k, v) for k, v in table.items() if v >= floor]
    kept.sort(key=lambda kv: -kv[1])
    return dict(kept[:limit])


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def write_table(out, table):
    out.write(struct.pack("<I", len(table)))
    previous = 0
    for key in sorted(table):
        q = max(0, min(255, round(math.log2(table[key]) * QUANT)))
        out.write(varint(key - previous))
        out.write(bytes([q]))
        previous = key


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jieba", default="/usr/lib/python3/dist-packages/jieba/dict.txt")
    ap.add_argument("--ipadic", default="/usr/share/mecab/dic/ipadic")
    ap.add_argument("--o200k", default="o200k.tsv", help="written by dump-o200k.cs")
    ap.add_argument("--words", nargs="*", default=[
        "/usr/share/dict/american-english", "/usr/share/dict/spanish", "/usr/share/dict/dutch"])
    ap.add_argument("--stems", nargs="*", default=[
        "/usr/share/hunspell/pt_PT.dic", "/usr/share/hunspell/ru_RU.dic"])
    ap.add_argument("--bigrams", type=int, default=700_000)
    ap.add_argument("--trigrams", type=int, default=500_000)
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-lm.bin.gz")
    ap.add_argument("--words-out", default="../../src/Reader.Core/Repair/Data/repair-words.txt.gz")
    ap.add_argument("--min-word-count", type=int, default=3)
    ap.add_argument("--text", nargs="*", default=[], help="running text, one paragraph a line: FILE[:MASS]")
    args = ap.parse_args()

    write_word_table(args)
    counts = (collections.Counter(), collections.Counter(), collections.Counter())
    add_source(counts, jieba_words(args.jieba))
    # Japanese readings of kanji must not outvote Chinese usage: the dictionary gets a smaller share.
    add_source(counts, ipadic_words(args.ipadic), mass=0.3)
    # Tokenizer merges cross word boundaries, so CJK tokens carry running-text context that a
    # dictionary lacks ("的发展", "是一个"); they get a share of their own.
    tokens = list(o200k_tokens(args.o200k))
    add_source(counts, (t for t in tokens if is_cjk(t[0])))
    add_source(counts, (t for t in tokens if not is_cjk(t[0])))
    for path in args.words:
        add_source(counts, word_list(path, "both"))
    for path in args.stems:
        # hunspell stems carry affixes elsewhere: only the start of the word is a boundary.
        add_source(counts, (item for i, item in enumerate(word_list(path, "start")) if i > 0))

    for spec in args.text:
        path, _, mass = spec.partition(":")
        with open(path, encoding="utf-8") as f:
            add_source(counts, ((line.strip(), 1.0) for line in f if line.strip()), mass=float(mass or 1))

    uni, bi, tri = counts
    uni = {k: v for k, v in uni.items() if v >= 1.0}
    bi = prune(bi, args.bigrams)
    # A 3-gram is only usable when its 2-gram prefix (the context count) is kept.
    tri = prune({k: v for k, v in tri.items() if (k >> 21) in bi}, args.trigrams)
    total = sum(uni.values())

    raw = bytearray()

    class Sink:
        def write(self, b):
            raw.extend(b)

    sink = Sink()
    sink.write(b"RLM1")
    sink.write(struct.pack("<Id", QUANT, total))
    write_table(sink, uni)
    write_table(sink, bi)
    write_table(sink, tri)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(gzip.compress(bytes(raw), 9, mtime=0))
    print(f"unigrams {len(uni)}, bigrams {len(bi)}, trigrams {len(tri)}, "
          f"{len(raw)} bytes raw, {os.path.getsize(args.out)} bytes compressed -> {args.out}")


def write_word_table(args):
    """CJK words with counts for word-level decoding: jieba's dictionary, plus ipadic words with kana
    (pure-kanji ipadic entries would teach Japanese readings to Chinese text)."""
    words = collections.Counter()
    for word, count in jieba_words(args.jieba):
        word = word.strip(BOUNDARY)
        if count >= args.min_word_count and 1 <= len(word) <= 8 and is_cjk(word):
            words[word] += count
    jieba_total = sum(words.values())
    kana = [(w.strip(BOUNDARY), c) for w, c in ipadic_words(args.ipadic)
            if any(0x3040 <= ord(ch) <= 0x30FF for ch in w) and 1 <= len(w.strip(BOUNDARY)) <= 8]
    kana_total = sum(c for _, c in kana)
    for word, weight in kana:
        count = weight / kana_total * jieba_total * 0.5
        if count >= args.min_word_count:
            words[word] += count
    lines = "".join(f"{w}\t{round(c)}\n" for w, c in sorted(words.items()))
    with open(args.words_out, "wb") as f:
        f.write(gzip.compress(lines.encode("utf-8"), 9, mtime=0))
    print(f"words {len(words)}, {os.path.getsize(args.words_out)} bytes compressed -> {args.words_out}")


if __name__ == "__main__":
    main()
