#!/usr/bin/env python3
"""Derives the table of emoji sequences that mojibake repair completes where a lost byte left several emoji.

A ZWJ sequence shows one picture only as a whole (🏳️‍🌈 is 🏳 U+FE0F ZWJ 🌈); where one of its emoji lost a byte (🏳 and 🍳
are F0 9F 8F B3 and F0 9F 8D B3, which cp1252 drops alike), the sequence it must make with the emoji beside it tells
which it was. So does a flag, a pair of regional indicators, whose two lost bytes latin-1 without C1 strips.

Source: Unicode's emoji-zwj-sequences.txt and emoji-sequences.txt (Debian package unicode-data,
/usr/share/unicode/emoji/; Unicode License v3): every RGI emoji ZWJ sequence and every RGI flag.

Output (gzip, UTF-8 text, no timestamp): one line per sequence, sorted, its code points in hex separated by spaces,
without U+FE0F (text writes it or leaves it out).
"""

import argparse
import gzip
import os


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zwj", default="/usr/share/unicode/emoji/emoji-zwj-sequences.txt")
    parser.add_argument("--sequences", default="/usr/share/unicode/emoji/emoji-sequences.txt")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../../src/Reader.Core/Repair/Data/repair-emoji-sequences.txt.gz"))
    args = parser.parse_args()
    sequences = set()
    for path, wanted in ((args.zwj, "RGI_Emoji_ZWJ_Sequence"), (args.sequences, "RGI_Emoji_Flag_Sequence")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = [field.strip() for field in line.split("#", 1)[0].split(";")]
                if len(fields) < 2 or fields[1] != wanted:
                    continue
                sequences.add(" ".join(p.upper() for p in fields[0].split() if p.upper() != "FE0F"))
    text = "".join(s + "\n" for s in sorted(sequences))
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text.encode("utf-8"))
    print(f"{len(sequences)} sequences -> {args.out}")


if __name__ == "__main__":
    main()
