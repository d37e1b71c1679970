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
import bisect
import collections
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


# The shortest word the web crawl's list alone may add.
MIN_CRAWL_ONLY = 4

# A letter of a language's alphabet is in at least this share of its dictionary's words.
LETTER_IN_WORDS = 0.001

# Tesseract's name of each language, and the code page that misreads its UTF-8 in its own crawl.
TESSERACT = {"en": "eng", "es": "spa", "pt": "por", "nl": "nld", "ru": "rus"}
CODE_PAGES = {"ru": "cp1251"}


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


def is_mojibake(word, code_page):
    """True when the word is UTF-8 that the language's usual code page misread."""
    try:
        return any(ord(c) > 0x7F for c in word.encode(code_page).decode("utf-8"))
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def fragments(candidates, words):
    """The candidates that begin or end at least two words of <words> (the pieces a hyphenated line leaves)."""
    forward = sorted(words)
    backward = sorted(w[::-1] for w in words)

    def extends(sorted_words, piece):
        i = bisect.bisect_right(sorted_words, piece)
        return i + 1 < len(sorted_words) and sorted_words[i + 1].startswith(piece)

    return {w for w in candidates if extends(forward, w) or extends(backward, w[::-1])}


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
    letters = {}
    for lang, stream in sources():
        before = len(words)
        counts = letters.setdefault(lang, collections.Counter())
        for raw in stream:
            word = norm(raw)
            if word and is_word(word):
                counts.update(set(word))
                counts[""] += 1
                if any(ord(c) > 0x7F for c in word):
                    words.add(word)
        print(f"{lang}: +{len(words) - before}")
    ranks = o200k_ranks(args.o200k)
    common = set()
    crawled = set()
    for lang, tesseract in TESSERACT.items():
        crawl = tesseract_words(tesseract)
        common |= crawl
        # Words of the web crawl that no dictionary holds (сокет, Íñigo) are words too: technical prose and names are
        # full of them. Not the crawl's own mojibake ("рё" is и misread as cp1251, "zoân" a broken quote, spelt with a
        # letter the language's words hardly use), nor fragments of words that a line break split ("стра" of
        # "стра-ница"), which begin or end dictionary words; nor any short one.
        alphabet = {c for c, n in letters[lang].items() if c and n >= LETTER_IN_WORDS * letters[lang][""]}
        crawl_only = {w for w in crawl - words
                      if len(w) >= MIN_CRAWL_ONLY and is_word(w) and any(ord(c) > 0x7F for c in w)
                      and set(w) <= alphabet and not is_mojibake(w, CODE_PAGES.get(lang, "cp1252"))}
        crawl_only -= fragments(crawl_only, words)
        words |= crawl_only
        crawled |= crawl_only
        print(f"{lang}, web crawl: +{len(crawl_only)}")

    out = []
    previous = ""
    for word in sorted(words):
        k = 0
        while k < min(len(word), len(previous), MAX_SHARED) and word[k] == previous[k]:
            k += 1
        line = chr(0x30 + k) + word[k:]
        if word in ranks or word in common:
            line += "\t" + (str(ranks[word]) if word in ranks else "") + ("~" if word in crawled else "*" if word in common else "")
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
