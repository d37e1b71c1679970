#!/usr/bin/env python3
"""Derives the emoji keyword table that mojibake repair uses to tell emoji apart by the words around them.

A lost byte of an emoji leaves a handful of candidates (🐈 cat and 🍈 melon are F0 9F 90 88 and F0 9F 8D 88) that no
character model tells apart; the text often names what it shows ("a photo of a cat 🐈", "a professora aplaudiu 👏").

Source: the CLDR emoji annotations (keywords and short names) in English, Spanish, Portuguese, Dutch, Russian, Chinese
and Japanese (Debian package unicode-cldr-core, /usr/share/unicode/cldr/common/annotations/*.xml; Unicode License),
for emoji that are one code point: the pictographs, and the symbols above U+2000 shown as emoji by default or with
U+FE0F (⏰ ⭐ ⌨️; Debian package unicode-data, /usr/share/unicode/emoji/emoji-data.txt and
emoji-variation-sequences.txt; Unicode License).

Output (gzip, UTF-8 text, no timestamp): one line per emoji, in code point order: the emoji, a tab, its keywords
separated by spaces: lower-case words of alphabetic scripts (three letters or more, less a few that describe a shape or
colour rather than a thing, the function words of the phrases, and any keyword more than MAX_SHARED emoji share, such
as "cara" or "con": they name no emoji in particular) and Chinese and Japanese keywords as they are written.
"""

import argparse
import gzip
import os
import re
import xml.etree.ElementTree as ET

LANGUAGES = ["en", "es", "pt", "nl", "ru", "zh", "ja"]

# English words that describe how an emoji looks rather than what it shows.
GENERIC = {
    "face", "with", "and", "the", "for", "sign", "symbol", "button", "mark", "black", "white", "small", "large",
    "medium", "light", "dark", "skin", "tone", "left", "right", "upwards", "downwards", "arrow", "square", "circle",
    "red", "blue", "green", "yellow", "orange", "purple", "brown", "hand", "hands", "person", "man", "woman",
}


# Function words of the annotation phrases ("persona con turbante", "pessoa sem ...", "persoon met tulband").
FUNCTION = {
    "una", "uno", "unos", "unas", "del", "los", "las", "con", "sin", "por", "para", "que", "sobre", "entre",
    "uma", "umas", "uns", "dos", "das", "com", "sem", "pelo", "pela", "nos", "nas", "num", "numa",
    "een", "het", "van", "met", "uit", "dat", "die", "voor", "zonder", "naar", "aan", "bij", "over", "onder",
    "not", "from", "into", "onto", "off", "over", "under", "without",
    "для", "без", "над", "под", "при",
}

# A keyword of more emoji than this (faces, hands, "con") tells none of them apart.
MAX_SHARED = 20


def is_cjk(text):
    return any(0x2E80 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF for ch in text)


def keywords(text):
    out = []
    for phrase in text.split("|"):
        phrase = phrase.strip().lower()
        if not phrase:
            continue
        if is_cjk(phrase):
            out.append(phrase.replace(" ", ""))
            continue
        out.extend(w for w in re.findall(r"[^\W\d_]+", phrase) if len(w) >= 3 and w not in GENERIC and w not in FUNCTION)
    return out


def emoji_forms(variations, data):
    """The code points above U+2000 shown as emoji: by default (Emoji_Presentation), or with FE0F (emoji style)."""
    bases = set()
    with open(variations, encoding="utf-8") as f:
        for line in f:
            fields = line.split("#")[0].split(";")
            if len(fields) >= 2 and "emoji style" in fields[1]:
                base, selector = fields[0].split()
                if selector == "FE0F":
                    bases.add(int(base, 16))
    with open(data, encoding="utf-8") as f:
        for line in f:
            fields = [field.strip() for field in line.split("#")[0].split(";")]
            if len(fields) >= 2 and fields[1] == "Emoji_Presentation":
                first, _, last = fields[0].partition("..")
                bases.update(range(int(first, 16), int(last or first, 16) + 1))
    return {code for code in bases if code >= 0x2000}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cldr", default="/usr/share/unicode/cldr/common/annotations")
    ap.add_argument("--variations", default="/usr/share/unicode/emoji/emoji-variation-sequences.txt")
    ap.add_argument("--emoji-data", default="/usr/share/unicode/emoji/emoji-data.txt")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-emoji-names.txt.gz")
    args = ap.parse_args()

    forms = emoji_forms(args.variations, args.emoji_data)
    table = {}
    for lang in LANGUAGES:
        root = ET.parse(os.path.join(args.cldr, f"{lang}.xml")).getroot()
        for node in root.iter("annotation"):
            cp = node.get("cp", "").replace("\ufe0f", "")
            if len(cp) != 1 or not node.text:
                continue
            code = ord(cp)
            if not (0x2600 <= code <= 0x27BF or 0x1F000 <= code <= 0x1FAFF or code in forms):
                continue
            words = table.setdefault(code, {})
            for w in keywords(node.text):
                words[w] = None
    shared = {}
    for words in table.values():
        for w in words:
            shared[w] = shared.get(w, 0) + 1
    for code in table:
        table[code] = [w for w in table[code] if shared[w] <= MAX_SHARED]
    lines = [f"{chr(c)}\t{' '.join(table[c])}\n" for c in sorted(table) if table[c]]
    with open(args.out, "wb") as f:
        f.write(gzip.compress("".join(lines).encode("utf-8"), 9, mtime=0))
    print(f"{len(lines)} emoji -> {args.out}")


if __name__ == "__main__":
    main()
