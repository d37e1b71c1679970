#!/usr/bin/env python3
"""Derives the full-form word table that mojibake repair uses for alphabetic scripts.

Where lost bytes leave a letter undecided (Russian с/я/э read through cp1252, or any Cyrillic
or accented capital through latin-1 with its C1 bytes stripped), repair prefers the candidate
letters that spell a known word. Only words that hold a non-ASCII letter can ever be such a
word (every undecided character is non-ASCII), so only those are kept.

Output (brotli): a first line "#" + every letter used, in code point order; then UTF-8 lines,
sorted by code point, case-folded (lower case, NFC), front-coded:
  one character chr(0x30 + k) = how many leading characters the word shares with the previous
  one (k <= 40), then the rest of the word, then optionally TAB, the o200k rank of the word as a
  whole token with a leading space (lower = more frequent) if it has one, and "*" if the word is
  on one of Tesseract's word lists.

Tesseract's lists (the LSTM word dawgs of Debian tesseract-ocr-{eng,spa,por,nld,rus}, Apache-2.0,
read back with combine_tessdata and dawg2wordlist) hold the words of a large web crawl that occur
often: which dictionary forms are in common use (учёные, not устные; удастся, not удаться). The
o200k ranks alone mislead there: BPE ranks the fragments of frequent words high (" врем" of
"время", " рас"), and leaves most inflected forms unranked.

Run with the Debian python3 (python3-brotli); the inputs are listed in README.md.
"""

import argparse
import os
import re
import subprocess
import tempfile
import unicodedata

import brotli

MAX_SHARED = 40
WORD = re.compile(r"^[^\W\d_]+$")
# A word of several letters without a vowel is an abbreviation ("ст", "пр"), and o200k ranks such fragments high.
VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœаеёиоуыэюяіїє")


def is_word(word):
    # Letters only (\w also lets through digits of other scripts such as the subscript in "co₂").
    return (bool(WORD.match(word)) and all(unicodedata.category(c).startswith("L") for c in word)
            and (len(word) == 1 or any(c in VOWELS for c in word)))


def norm(word):
    return unicodedata.normalize("NFC", word.strip()).lower()


def lines_of(path, encoding="utf-8"):
    with open(path, encoding=encoding, errors="replace") as f:
        for line in f:
            yield line.split("/")[0]


def command_lines(args, encoding="utf-8"):
    out = subprocess.run(args, check=True, capture_output=True).stdout.decode(encoding, errors="replace")
    for line in out.splitlines():
        yield from line.split()


def unmunch(name):
    dic, aff = f"/usr/share/hunspell/{name}.dic", f"/usr/share/hunspell/{name}.aff"
    encoding = "utf-8"
    with open(aff, encoding="latin-1") as f:
        for line in f:
            if line.lstrip("\ufeff\xef\xbb\xbf").startswith("SET "):
                encoding = line.split()[1].strip()
                break
    return command_lines(["unmunch", dic, aff], encoding)


def aspell_ru():
    dump = subprocess.run(["aspell", "-d", "ru", "dump", "master"], check=True, capture_output=True).stdout
    out = subprocess.run(["aspell", "-l", "ru", "expand"], input=dump, check=True, capture_output=True).stdout
    return out.decode("utf-8").split()


def sources():
    yield "en", lines_of("/usr/share/dict/american-english")
    yield "en", lines_of("/usr/share/dict/british-english")
    yield "es", lines_of("/usr/share/dict/spanish")
    yield "es", unmunch("es_ES")
    yield "pt", lines_of("/usr/share/dict/portuguese")
    yield "pt", lines_of("/usr/share/hunspell/pt_BR.dic")  # stems only: unmunch explodes into clitic chains
    yield "nl", lines_of("/usr/share/dict/dutch")
    yield "ru", aspell_ru()
    yield "ru", unmunch("ru_RU")


def tesseract_words(lang):
    """The word list inside /usr/share/tesseract-ocr/5/tessdata/LANG.traineddata (LSTM word dawg)."""
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, lang + ".")
        subprocess.run(["combine_tessdata", "-u", f"/usr/share/tesseract-ocr/5/tessdata/{lang}.traineddata", prefix],
                       check=True, capture_output=True)
        out = os.path.join(tmp, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, capture_output=True)
        with open(out, encoding="utf-8", errors="replace") as f:
            # Capitals only (ЕР, РАС) are abbreviations: they say nothing about the lower-case word.
            return {norm(line) for line in f if line.strip() and not (len(line.strip()) > 1 and line.strip().isupper())}


def o200k_ranks(path):
    ranks = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rank, _, token = line.rstrip("\n").partition("\t")
            if token.startswith(" ") and len(token) > 1:
                word = norm(token[1:])
                if is_word(word):
                    ranks[word] = min(int(rank), ranks.get(word, 1 << 30))
    return ranks


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--o200k", default="../repair-lm/o200k.tsv", help="written by tools/repair-lm/dump-o200k.cs")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-alpha-words.br")
    args = ap.parse_args()

    words = set()
    for lang, stream in sources():
        before = len(words)
        for raw in stream:
            word = norm(raw)
            if word and is_word(word) and any(ord(c) > 0x7F for c in word):
                words.add(word)
        print(f"{lang}: +{len(words) - before}")
    ranks = o200k_ranks(args.o200k)
    common = set()
    for lang in ("eng", "spa", "por", "nld", "rus"):
        common |= tesseract_words(lang)

    out = []
    previous = ""
    for word in sorted(words):
        k = 0
        while k < min(len(word), len(previous), MAX_SHARED) and word[k] == previous[k]:
            k += 1
        line = chr(0x30 + k) + word[k:]
        if word in ranks or word in common:
            line += "\t" + (str(ranks[word]) if word in ranks else "") + ("*" if word in common else "")
        out.append(line)
        previous = word
    # The first line lists every letter in code point order: the reader gives each a one-byte code in that order.
    alphabet = "".join(sorted(set("".join(words))))
    # The reader stores a letter in one byte and decodes at most two UTF-8 bytes per letter.
    assert len(alphabet) < 256 and all(ord(c) < 0x800 for c in alphabet), alphabet
    data = ("#" + alphabet + "\n" + "\n".join(out) + "\n").encode("utf-8")
    packed = brotli.compress(data, quality=11, lgwin=24)
    with open(args.out, "wb") as f:
        f.write(packed)
    print(f"{len(words)} words, {sum(1 for w in words if w in ranks)} ranked, "
          f"{sum(1 for w in words if w in common)} common, {len(packed)} bytes")


if __name__ == "__main__":
    main()
