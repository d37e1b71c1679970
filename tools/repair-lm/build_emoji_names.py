#!/usr/bin/env python3
"""Derives the emoji name table that mojibake repair uses to tell emoji apart by the words around them.

A lost byte of an emoji leaves a handful of candidates (🐈 CAT and 🍈 MELON differ in one byte) that no character
model tells apart; the text often names what it shows ("a photo of a cat 🐈").

Source: emoji-test.txt of Unicode Emoji (Debian package unicode-data, /usr/share/unicode/emoji/emoji-test.txt;
Unicode License v3): the CLDR short name of every fully-qualified emoji that is one code point.

Output (gzip, UTF-8 text, no timestamp): one line per emoji, in code point order: the emoji, a tab, the words of its
name (lower case, ASCII letters only, words of three letters or more that name a thing rather than a shape or colour).
"""

import argparse
import gzip
import re

# Words that describe how an emoji looks rather than what it shows.
GENERIC = {
    "face", "with", "and", "the", "for", "sign", "symbol", "button", "mark", "black", "white", "small", "large",
    "medium", "light", "dark", "skin", "tone", "left", "right", "upwards", "downwards", "arrow", "square", "circle",
    "red", "blue", "green", "yellow", "orange", "purple", "brown", "hand", "hands", "person", "man", "woman",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--emoji-test", default="/usr/share/unicode/emoji/emoji-test.txt")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-emoji-names.txt.gz")
    args = ap.parse_args()

    names = {}
    pattern = re.compile(r"^([0-9A-F]+)\s*;\s*fully-qualified\s*#\s*\S+\s+E[0-9.]+\s+(.*)$")
    with open(args.emoji_test, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line.strip())
            if not m:
                continue
            words = [w for w in re.findall(r"[a-z]+", m.group(2).lower()) if len(w) >= 3 and w not in GENERIC]
            if words:
                names[int(m.group(1), 16)] = " ".join(dict.fromkeys(words))
    text = "".join(f"{chr(c)}\t{names[c]}\n" for c in sorted(names))
    with open(args.out, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    print(f"{len(names)} emoji -> {args.out}")


if __name__ == "__main__":
    main()
