#!/usr/bin/env python3
"""Derives the running-text word counts that mojibake repair uses for Russian.

The word table (build_words.py) says which spellings are words, but not how often each is used:
behind latin-1 with its C1 bytes stripped every lower-case letter р..я and every capital А..П is
undecided, so "я" and "с", "ты" and "уч", "очень" and "осень" are all real words the same damage
leaves. Counts of words and of word pairs in running Russian text tell them apart.

Corpus: the text of LibreOffice's Russian help (Debian libreoffice-help-ru, MPL-2.0: formal,
technical prose), the Russian fortune files (Debian fortunes-ru, GPL-2: jokes and quotations,
colloquial speech) and the Russian translation of Battle for Wesnoth (Debian wesnoth-1.16-data and
the campaign packages wesnoth-1.16-*, GPL-2+: story, dialogue and descriptions; the msgstr texts of
its .mo catalogues). Help text alone makes infinitives and imperatives look likelier than they
are in prose (обсуждать over обсуждают). Words are runs of Cyrillic letters, lower-cased, NFC; a pair is two words
with nothing but white space between them. Most Russian text writes ё as е (учёные as ученые), so words are
counted with ё folded to е, and looked up the same way.

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
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".html"):
                parser = HelpText()
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    parser.feed(f.read())
                yield from "".join(parser.parts).splitlines()


def fortune_lines(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".dat") or os.path.islink(path):
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--help-root", default="/usr/share/libreoffice/help")
    parser.add_argument("--fortunes", default="/usr/share/games/fortunes/ru")
    parser.add_argument("--catalogues", default="/usr/share/games/wesnoth/1.16/**/ru/LC_MESSAGES/*.mo")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../../src/Reader.Core/Repair/Data/repair-alpha-counts.txt.gz"))
    args = parser.parse_args()

    words = collections.Counter()
    pairs = collections.Counter()
    endings = collections.Counter()
    corpus = [help_lines(args.help_root), fortune_lines(args.fortunes), catalogue_lines(args.catalogues)]
    for line in (line for source in corpus for line in source):
        previous = None
        for token in TOKEN.findall(unicodedata.normalize("NFC", line)):
            token = token.lower().replace("ё", "е")
            if CYRILLIC_WORD.match(token):
                words[token] += 1
                endings[ENDING + token[-SUFFIX:]] += 1
                if previous:
                    pairs[previous + " " + token] += 1
                    endings[ENDING + previous[-SUFFIX:] + " " + ENDING + token[-SUFFIX:]] += 1
                previous = token
            else:
                previous = None

    lines = [f"{k}\t{c}" for table in (words, pairs, endings) for k, c in table.items() if c >= 2]
    lines.sort()
    body = f"#{sum(words.values())}\n" + "".join(line + "\n" for line in lines)
    with open(args.out, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(body.encode("utf-8"))


if __name__ == "__main__":
    main()
