#!/usr/bin/env python3
"""Derives the running-text word counts that mojibake repair uses for Russian (and, with --script latin, for es/pt/nl/en).

The word table (build_words.py) says which spellings are words, but not how often each is used:
behind latin-1 with its C1 bytes stripped every lower-case letter р..я and every capital А..П is
undecided, so "я" and "с", "ты" and "уч", "очень" and "осень" are all real words the same damage
leaves. Counts of words and of word pairs in running Russian text tell them apart.

Corpus: the text of LibreOffice's Russian help (Debian libreoffice-help-ru, MPL-2.0: formal,
technical prose), of the GIMP manual in Russian (Debian gimp-help-ru, GFDL-1.2+) and of the GNOME help in Russian
(Debian gnome-user-docs, CC-BY-SA-3.0; Mallard pages), the Russian fortune files (Debian fortunes-ru, GPL-2: jokes
and quotations, colloquial speech) and the Russian translation of Battle for Wesnoth (Debian wesnoth-1.16-data and
the campaign packages wesnoth-1.16-*, GPL-2+: story, dialogue and descriptions; the msgstr texts of
its .mo catalogues). Help text alone makes infinitives and imperatives look likelier than they
are in prose (обсуждать over обсуждают). Words are runs of Cyrillic letters, lower-cased, NFC; a pair is two words
with nothing but white space between them. Most Russian text writes ё as е (учёные as ученые), so words are
counted with ё folded to е, and looked up the same way. A one-letter word and its full stop are an abbreviation
whose next word is its neighbour too (т. е., т.д.), and a dash (– or —, counted as —) is a word whose next word is
its neighbour ("X — это Y"): repair reads them as one phrase.

With --script latin the same is counted for Spanish, Portuguese, Dutch and English into repair-alpha-latin-counts.txt.gz:
latin-1 without its C1 bytes loses every capital from À to ß, and "À noite"/"É noite", "Às vezes"/"És vezes" are
all words; only how often each is used, and before which word, tells them apart. Corpus: LibreOffice's help in es, pt,
pt-BR, nl and en-US (Debian libreoffice-help-*, MPL-2.0), the Spanish, Brazilian and English fortune files (Debian
fortunes-es, fortunes-br, fortunes-min; GPL-2 / public domain / BSD-4-clause) and Wesnoth's es, pt, pt_BR, nl and en_GB
catalogues (GPL-2+). Words are runs of Latin letters, lower-cased, NFC, nothing folded, no endings (these languages
inflect too little for pairs of endings to say much). Only what can tell damaged words apart is kept: the words with
a letter beyond ASCII (the only ones a lost byte can leave undecided) and the pairs they are part of, each seen at least
twice, and the words before them in such pairs (whose counts the share of a pair is taken from); the total in the
first line counts only the words beyond ASCII, among which the word table's estimates are made too.

Output (gzip, no timestamp), UTF-8 lines sorted by code point:
  "#<tokens>"                     the number of words counted
  "<word>\t<count>"               each word seen at least twice
  "<word> <word>\t<count>"        each pair seen at least twice
  "~<ending>\t<count>"            the last two letters of words (all of a shorter word)
  "~<ending> ~<ending>\t<count>"   the endings of pairs, each seen at least twice
"""

import argparse
import collections
import gettext
import glob
import gzip
import html.parser
import os
import re
import unicodedata

CYRILLIC_WORD = re.compile(r"^[а-яё]+$")
# Endings: the last letters of a word (all of a shorter one), marked so they cannot clash with words. Russian
# inflection lives there, so the pairs of endings say which forms go together (стандартную лицензию, заканчивает
# работу) where the pair of words themselves was never seen.
ENDING = "~"
SUFFIX = 2
# Dashes between words, all counted as the em dash.
DASHES = {"\u2013", "\u2014"}
DASH = "\u2014"
# Words, and anything else as a separator that breaks a pair (white space alone does not).
TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]+|\d+")


class HelpText(html.parser.HTMLParser):
    """The text of one help page, a line break at each block element."""

    BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "td", "tr", "title", "pre"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def help_lines(root):
    # HTML help pages, and GNOME's Mallard pages (XML whose paragraphs and titles are tagged as HTML's are).
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith((".html", ".page")):
                parser = HelpText()
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    parser.feed(f.read())
                yield from "".join(parser.parts).splitlines()


def fortune_lines(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".dat") or os.path.islink(path) or not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # the few files still in KOI8-R have UTF-8 twins
        yield from text.splitlines()


def catalogue_lines(pattern):
    for path in sorted(glob.glob(pattern, recursive=True)):
        with open(path, "rb") as f:
            catalogue = gettext.GNUTranslations(f)
        for key, text in sorted(catalogue._catalog.items(), key=lambda item: str(item[0])):
            if key and isinstance(text, str):
                yield from text.splitlines()


LATIN_WORD = re.compile(r"^[^\W\d_]+$")


def is_latin(token):
    return LATIN_WORD.match(token) is not None and max(map(ord, token)) < 0x250


def neighbours(lines, is_word, fold, phrases=False):
    """
    Each word of the lines (lower case, NFC, folded), with the word before it, or None where anything but white space
    parts them; with phrases, a one-letter word's full stop does not part it from the next word (т. е., т.д.),
    and a dash (– or —, counted as —) is a word of its own, whose next word is its neighbour ("X — это Y").
    """
    for line in lines:
        previous = None
        for token in TOKEN.findall(unicodedata.normalize("NFC", line)):
            token = fold(token.lower())
            if phrases and token in DASHES:
                token = DASH
                yield previous, token
                previous = token
            elif is_word(token):
                yield previous, token
                previous = token
            elif not (phrases and token == "." and previous is not None and len(previous) == 1):
                previous = None


def count_cyrillic(lines):
    words = collections.Counter()
    pairs = collections.Counter()
    endings = collections.Counter()
    for previous, token in neighbours(lines, CYRILLIC_WORD.match, lambda t: t.replace("ё", "е"), phrases=True):
        words[token] += 1
        endings[ENDING + token[-SUFFIX:]] += 1
        if previous:
            pairs[previous + " " + token] += 1
            endings[ENDING + previous[-SUFFIX:] + " " + ENDING + token[-SUFFIX:]] += 1
    lines = [f"{k}\t{c}" for table in (words, pairs, endings) for k, c in table.items() if c >= 2]
    return sum(words.values()), lines


def count_latin(lines):
    words = collections.Counter()
    pairs = collections.Counter()
    for previous, token in neighbours(lines, is_latin, lambda t: t):
        words[token] += 1
        if previous:
            pairs[previous + " " + token] += 1
    kept_pairs = {k: c for k, c in pairs.items() if c >= 2 and not k.isascii()}
    before = {k.split(" ")[0] for k in kept_pairs}
    kept_words = {k: c for k, c in words.items() if c >= 2 and (not k.isascii() or k in before)}
    lines = [f"{k}\t{c}" for table in (kept_words, kept_pairs) for k, c in table.items()]
    # Shares are taken among the words beyond ASCII, as the word table's estimates are (it holds no other words).
    return sum(c for k, c in words.items() if not k.isascii()), lines


SCRIPTS = {
    "cyrillic": dict(
        count=count_cyrillic,
        help_roots=["/usr/share/libreoffice/help", "/usr/share/gimp/2.0/help/ru", "/usr/share/help/ru"],
        fortunes=["/usr/share/games/fortunes/ru"],
        catalogues=["/usr/share/games/wesnoth/1.16/**/ru/LC_MESSAGES/*.mo"],
        out="repair-alpha-counts.txt.gz"),
    "latin": dict(
        count=count_latin,
        help_roots=[f"/usr/share/libreoffice/help/{lang}" for lang in ("es", "pt", "pt-BR", "nl", "en-US")],
        fortunes=["/usr/share/games/fortunes/es", "/usr/share/games/fortunes/brasil"]
        + [f"/usr/share/games/fortunes/{name}" for name in ("fortunes", "literature", "riddles")],
        catalogues=[f"/usr/share/games/wesnoth/1.16/**/{lang}/LC_MESSAGES/*.mo" for lang in ("es", "pt", "pt_BR", "nl", "en_GB")],
        out="repair-alpha-latin-counts.txt.gz"),
}


def fortune_files(paths):
    for path in paths:
        if os.path.isdir(path):
            yield from fortune_lines(path)
        elif os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as f:
                data = f.read()
            try:
                yield from data.decode("utf-8").splitlines()
            except UnicodeDecodeError:
                pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--script", choices=sorted(SCRIPTS), default="cyrillic")
    parser.add_argument("--help-root", nargs="+", help="LibreOffice help folders (default: the script's languages)")
    parser.add_argument("--fortunes", nargs="+", help="fortune folders or files")
    parser.add_argument("--catalogues", nargs="+", help="glob patterns of Wesnoth .mo catalogues")
    parser.add_argument("--out")
    args = parser.parse_args()
    script = SCRIPTS[args.script]
    data = os.path.join(os.path.dirname(__file__), "../../src/Reader.Core/Repair/Data")

    corpus = [help_lines(root) for root in args.help_root or script["help_roots"]]
    corpus.append(fortune_files(args.fortunes or script["fortunes"]))
    corpus += [catalogue_lines(pattern) for pattern in args.catalogues or script["catalogues"]]
    total, lines = script["count"](line for source in corpus for line in source)
    lines.sort()
    body = f"#{total}\n" + "".join(line + "\n" for line in lines)
    with open(args.out or os.path.join(data, script["out"]), "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(body.encode("utf-8"))


if __name__ == "__main__":
    main()
