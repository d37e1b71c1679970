#!/usr/bin/env python3
"""Derives the table that lets the simplified Chinese word model read traditional Chinese, and tells which script
a character belongs to.

Source: Unihan_Variants.txt of the Unicode Character Database (Debian package unicode-data,
/usr/share/unicode/Unihan_Variants.txt.bz2; Unicode License v3): kSimplifiedVariant and kTraditionalVariant; and
Unihan_IRGSources.txt (kIRG_TSource, kIRG_HSource, kIRG_JSource) for which characters traditional Chinese and
Japanese text use; Unihan_OtherMappings.txt (kJis0, kJoyoKanji, kJinmeiyoKanji, kGB0, kBigFive) for the forms only
Japanese writes.

Output (gzip, UTF-8 text, no timestamp), one line per character in code point order: the character, a tab, its
simplified forms other than itself (may be empty), a tab, and its kind:
  t  traditional only: it has simplified forms and is none of them (協 -> 协);
  b  both: it has simplified forms but is also one itself (乾 -> 干, and 乾 stays in 乾坤);
  s  simplified only: it has traditional forms and is none of them (发 of 發 and 髮), or Unihan counts it among its
     own traditional forms but neither Taiwan's CNS 11643 plane 1, nor Hong Kong's Big5 level 1, nor any Japanese
     standard holds it (这 of 這: Unihan lists it as traditional for a rare Taiwanese source, T3, yet traditional text
     writes 這; 体 stays unlisted, as Japanese writes it).
  j  Japanese only: in JIS X 0208 or Japan's lists of everyday and name kanji, but neither in GB 2312 nor in Big5
     (図, 気, 込), and listed as none of the above; such characters tell a Japanese text from a traditional Chinese one.
Characters both scripts write alike (中, and 向 although 嚮 simplifies to it, 划 beside 劃) are not listed.
"""

import argparse
import bz2
import gzip


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", default="/usr/share/unicode/Unihan_Variants.txt.bz2")
    ap.add_argument("--irg", default="/usr/share/unicode/Unihan_IRGSources.txt.bz2")
    ap.add_argument("--mappings", default="/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
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
    everyday = set()
    with bz2.open(args.irg, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and (parts[1] == "kIRG_JSource"
                                    or (parts[1], parts[2][:3]) in (("kIRG_TSource", "T1-"), ("kIRG_HSource", "HB1"))):
                everyday.add(int(parts[0][2:], 16))
    rows = {}
    for c, forms in simplified.items():
        others = [t for t in forms if t != c]
        if others:
            rows[c] = ("".join(chr(t) for t in others), "b" if c in forms else "t")
    for c, forms in traditional.items():
        if c not in rows and (c not in forms or (len(forms) > 1 and c not in everyday)):
            rows[c] = ("", "s")
    standards = {}
    with bz2.open(args.mappings, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                standards.setdefault(parts[1], set()).add(int(parts[0][2:], 16))
    japanese = standards["kJis0"] | standards["kJoyoKanji"] | standards["kJinmeiyoKanji"]
    for c in japanese - standards["kGB0"] - standards["kBigFive"]:
        rows.setdefault(c, ("", "j"))
    text = "".join(f"{chr(c)}\t{forms}\t{kind}\n" for c, (forms, kind) in sorted(rows.items()))
    with open(args.out, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    kinds = {k: sum(1 for _, kind in rows.values() if kind == k) for k in "tbsj"}
    print(f"{len(rows)} characters ({kinds}) -> {args.out}")


if __name__ == "__main__":
    main()
