#!/usr/bin/env python3
"""Extracts running text in one script from documentation and translations that Debian packages,
for build_lm.py --text: the character model otherwise knows Chinese, Japanese and Russian only
from dictionary words, stems and tokenizer merges, not from sentences.

Usage: extract_text.py --script kana|han|cyrillic [--locale LL] FOLDER... > text.txt
Every FOLDER (a package unpacked with `dpkg -x`) is searched for HTML manuals (*.html: LibreOffice,
GIMP and Debian Reference help) and, with --locale, for gettext catalogs under locale/LL/
(*.mo: Wesnoth's campaign stories, the narrative beside the manuals' technical prose). Markup is
dropped; each line that holds the script's characters is kept once (manuals repeat their menus
and notes), in a stable order.
"""

import argparse
import gettext
import glob
import html
import os
import re
import sys

SCRIPTS = {
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "han": re.compile(r"[\u4e00-\u9fff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
}


def html_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", "\n", text)).split("\n")


def catalog_lines(path):
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
        if key and isinstance(value, str):
            yield from value.split("\n")


def sources(folder, locale):
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True)):
        yield from html_lines(path)
    if locale:
        pattern = os.path.join(folder, "**", "locale", locale, "**", "*.mo")
        for path in sorted(glob.glob(pattern, recursive=True)):
            yield from catalog_lines(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--script", choices=sorted(SCRIPTS), required=True)
    ap.add_argument("--locale", help="also read gettext catalogs of this locale (ja, zh_CN, ru)")
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    wanted = SCRIPTS[args.script]
    seen = set()
    for folder in args.folders:
        for line in sources(folder, args.locale):
            line = " ".join(line.split())
            if wanted.search(line) and line not in seen:
                seen.add(line)
                sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
