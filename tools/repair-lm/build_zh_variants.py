#!/usr/bin/env python3
"""Derives the table that lets the simplified Chinese word model read traditional Chinese.

Source: Unihan_Variants.txt of the Unicode Character Database (Debian package unicode-data,
/usr/share/unicode/Unihan_Variants.txt.bz2; Unicode License v3): every kSimplifiedVariant.

Output (gzip, UTF-8 text, no timestamp): one line per traditional character that has a simplified
form other than itself: the character, a tab, and its simplified forms (as listed, itself left out).
Lines are in code point order.
"""

import argparse
import bz2
import gzip


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", default="/usr/share/unicode/Unihan_Variants.txt.bz2")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-variants.txt.gz")
    args = ap.parse_args()

    table = {}
    with bz2.open(args.unihan, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] != "kSimplifiedVariant":
                continue
            source = int(parts[0][2:], 16)
            targets = [int(t[2:], 16) for t in parts[2].split()]
            targets = [t for t in targets if t != source]
            if targets:
                table[source] = targets
    text = "".join(chr(s) + "\t" + "".join(chr(t) for t in table[s]) + "\n" for s in sorted(table))
    with open(args.out, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    print(f"{len(table)} traditional characters -> {args.out}")


if __name__ == "__main__":
    main()
