#!/usr/bin/env python3
"""Derives the Japanese word table that CJK mojibake repair decodes Japanese lines with.

Source: IPAdic (Debian package mecab-ipadic, BSD-3-Clause-style with ICOT terms): every entry's
surface form, left/right context ids and word cost, and the connection cost matrix (matrix.def)
between a word's right context and the next word's left context. Together they are MeCab's
model: the best reading of a line is the one with the least total of word and connection costs.

Format (little endian, then gzip):
  magic "RJA1", uint16 right-context count R, uint16 left-context count L,
  R x L int16 connection costs (row = right id of the previous word), uint32 surface count,
  surfaces in ordinal string order: uint8 byte length, UTF-8 bytes, uint8 variant count,
    per variant uint16 left id, uint16 right id, int16 cost.
Variants of one surface with the same context ids keep the least cost; at most MAX_VARIANTS
(the cheapest) are kept per surface.

IPAdic predates many loanwords of software and games (バインド, ダイアログ, レイヤー). With --loanwords, every
maximal katakana run of the given running text (extract_text.py) that IPAdic lacks and that occurs at least
--min-count times joins the table as a common noun (名詞,一般) at the median cost of IPAdic's katakana common
nouns; without it, a lost byte that makes a dictionary word of one (マインド) outweighs the loanword itself. With
--crawl, so do the katakana words of Tesseract's Japanese word list (a web crawl's) that IPAdic lacks (ハンドラー).
"""

import argparse
import collections
import glob
import gzip
import os
import re
import statistics
import struct

MAX_VARIANTS = 6
MAX_LENGTH = 8
# IPAdic's context id of 名詞,一般 (left and right).
COMMON_NOUN = 1285
KATAKANA_RUN = re.compile(r"[\u30A1-\u30FA\u30FC]+")


def add_crawl_loanwords(variants, path):
    """Adds the katakana words of a web-crawl word list (Tesseract's jpn list, one word a line) that IPAdic lacks, as
    common nouns; not its abbreviations and fragments (スプ, スプロケ), which begin or end two other katakana words."""
    known = {w for w in variants if KATAKANA_RUN.fullmatch(w)}
    with open(path, encoding="utf-8") as f:
        crawl = {w for w in (line.strip() for line in f) if KATAKANA_RUN.fullmatch(w) and 3 <= len(w) <= MAX_LENGTH}
    pool = known | crawl
    starts = collections.Counter(w[:k] for w in pool for k in range(3, len(w)))
    ends = collections.Counter(w[-k:] for w in pool for k in range(3, len(w)))
    cost = katakana_noun_cost(variants)
    added = sorted(w for w in crawl - known if starts[w] < 2 and ends[w] < 2)
    for word in added:
        variants[word][(COMMON_NOUN, COMMON_NOUN)] = cost
    print(f"crawl loanwords: {len(added)} added at cost {cost}")


def katakana_noun_cost(variants):
    """The median cost of IPAdic's katakana common nouns."""
    nouns = [min(v.values()) for surface, v in variants.items()
             if KATAKANA_RUN.fullmatch(surface) and len(surface) >= 2 and (COMMON_NOUN, COMMON_NOUN) in v]
    return round(statistics.median(nouns))


def add_loanwords(variants, paths, min_count):
    """Adds the katakana runs of the texts at paths that IPAdic lacks, as common nouns."""
    counts = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                counts.update(KATAKANA_RUN.findall(line))
    cost = katakana_noun_cost(variants)
    added = sorted(w for w, n in counts.items()
                   if n >= min_count and 2 <= len(w) <= MAX_LENGTH and w not in variants)
    for word in added:
        variants[word][(COMMON_NOUN, COMMON_NOUN)] = cost
    print(f"loanwords: {len(added)} added at cost {cost}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ipadic", default="/usr/share/mecab/dic/ipadic")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-ja-ipadic.bin.gz")
    ap.add_argument("--loanwords", nargs="*", default=[], help="running Japanese text (extract_text.py)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--crawl", help="Tesseract's Japanese word list (combine_tessdata -u, dawg2wordlist)")
    args = ap.parse_args()

    variants = collections.defaultdict(dict)
    for path in sorted(glob.glob(os.path.join(args.ipadic, "*.csv"))):
        with open(path, encoding="euc-jp", errors="ignore") as f:
            for line in f:
                parts = line.split(",")
                if len(parts) < 4 or not parts[0] or len(parts[0]) > MAX_LENGTH:
                    continue
                surface, left, right, cost = parts[0], int(parts[1]), int(parts[2]), int(parts[3])
                known = variants[surface].get((left, right))
                if known is None or cost < known:
                    variants[surface][(left, right)] = cost

    if args.loanwords:
        add_loanwords(variants, args.loanwords, args.min_count)
    if args.crawl:
        add_crawl_loanwords(variants, args.crawl)

    with open(os.path.join(args.ipadic, "matrix.def"), encoding="ascii") as f:
        rights, lefts = map(int, f.readline().split())
        matrix = [0] * (rights * lefts)
        for line in f:
            r, l, c = map(int, line.split())
            matrix[r * lefts + l] = c

    raw = bytearray(b"RJA1")
    raw += struct.pack("<HH", rights, lefts)
    raw += struct.pack(f"<{len(matrix)}h", *[max(-32768, min(32767, c)) for c in matrix])
    surfaces = sorted(variants)
    raw += struct.pack("<I", len(surfaces))
    for surface in surfaces:
        kept = sorted(variants[surface].items(), key=lambda kv: kv[1])[:MAX_VARIANTS]
        text = surface.encode("utf-8")
        raw += bytes([len(text)]) + text + bytes([len(kept)])
        for (left, right), cost in kept:
            raw += struct.pack("<HHh", left, right, max(-32768, min(32767, cost)))
    with open(args.out, "wb") as f:
        f.write(gzip.compress(bytes(raw), 9, mtime=0))
    print(f"surfaces {len(surfaces)}, matrix {rights}x{lefts}, {len(raw)} bytes raw, "
          f"{os.path.getsize(args.out)} bytes compressed -> {args.out}")


if __name__ == "__main__":
    main()
