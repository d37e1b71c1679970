#!/usr/bin/env python3
"""Derives the table that lets the simplified Chinese word model read traditional Chinese, and tells which script
a character belongs to.

Source: Unihan_Variants.txt of the Unicode Character Database (Debian package unicode-data,
/usr/share/unicode/Unihan_Variants.txt.bz2; Unicode License v3): kSimplifiedVariant and kTraditionalVariant.

Output (gzip, UTF-8 text, no timestamp), one line per character in code point order: the character, a tab, its
simplified forms other than itself (may be empty), a tab, and its kind:
  t  traditional only: it has simplified forms and is none of them (協 -> 协);
  b  both: it has simplified forms but is also one itself (乾 -> 干, and 乾 stays in 乾坤);
  s  simplified only: it has traditional forms and is none of them (发 of 發 and 髮).
Characters both scripts write alike (中, and 向 although 嚮 simplifies to it) are not listed.
"""

import argparse
import bz2
import gzip


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", default="/usr/share/unicode/Unihan_Variants.txt.bz2")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-variants.txt.gz")
    args = ap.parse_args()

    simplified, traditional = {}, {}
    with bz2.open(args.unihan, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in ("kSimplifiedVariant", "kTraditionalVariant"):
                continue
            source = int(parts[0][2:], 16)
            targets = [int(t[2:], 16) for t in parts[2].split()]
            (simplified if parts[1] == "kSimplifiedVariant" else traditional)[source] = targets
    rows = {}
    for c, forms in simplified.items():
        others = [t for t in forms if t != c]
        if others:
            rows[c] = ("".join(chr(t) for t in others), "b" if c in forms else "t")
    for c, forms in traditional.items():
        if c not in forms and c not in rows:
            rows[c] = ("", "s")
    text = "".join(f"{chr(c)}\t{forms}\t{kind}\n" for c, (forms, kind) in sorted(rows.items()))
    with open(args.out, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    kinds = {k: sum(1 for _, kind in rows.values() if kind == k) for k in "tbs"}
    print(f"{len(rows)} characters ({kinds}) -> {args.out}")


if __name__ == "__main__":
    main()
