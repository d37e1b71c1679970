#!/usr/bin/env python3
"""Derives the emoji group table that mojibake repair uses as a prior on which emoji a lost byte made.

Emoji that differ in a lost byte are often a face and an animal or a food (😅 and 🐅 are F0 9F 98 85 and F0 9F 90 85;
cp1250 has no 0x98 and no 0x90). Faces and hearts are used far more than any other group, then hands and people, and
nothing in a line says which was meant unless it names the thing (see repair-emoji-names).

Source: Unicode's emoji-test.txt (Debian package unicode-data, /usr/share/unicode/emoji/emoji-test.txt; Unicode
License v3): the group of every fully-qualified emoji, and of the emoji that are one code point followed by U+FE0F.

Output (gzip, UTF-8 text, no timestamp): one line per emoji of one code point, in code point order: its code point in
hex, a tab, its group (Smileys & Emotion, People & Body, Component, Animals & Nature, Food & Drink, Travel & Places,
Activities, Objects, Symbols, Flags).
"""

import argparse
import gzip
import os


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emoji-test", default="/usr/share/unicode/emoji/emoji-test.txt")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../../src/Reader.Core/Repair/Data/repair-emoji-groups.txt.gz"))
    args = parser.parse_args()
    groups = {}
    group = None
    with open(args.emoji_test, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# group:"):
                group = line.split(":", 1)[1].strip()
                continue
            if not line.strip() or line.startswith("#"):
                continue
            points, status = (part.strip() for part in line.split("#", 1)[0].split(";"))
            if status != "fully-qualified":
                continue
            codes = [int(p, 16) for p in points.split()]
            if len(codes) == 2 and codes[1] == 0xFE0F:
                codes = codes[:1]
            if len(codes) == 1:
                groups.setdefault(codes[0], group)
    text = "".join(f"{cp:X}\t{g}\n" for cp, g in sorted(groups.items()))
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text.encode("utf-8"))
    print(f"{len(groups)} emoji -> {args.out}")


if __name__ == "__main__":
    main()
