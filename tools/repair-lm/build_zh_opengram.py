#!/usr/bin/env python3
"""Derives the second Chinese word trigram table that CJK mojibake repair decodes with.

Source: the open-gram model of SunPinyin (Debian package sunpinyin-data, CC BY-SA 3.0: lm_sc.t3g, and
pydict_sc.bin, whose string table names the word ids), dumped with `tslminfo -v -p` from sunpinyin-utils.
It was trained on a different corpus from libime's (repair-zh-trigrams.bin.gz), and segments differently;
repair weighs the two models' judgements of a line together. Every n-gram is kept.

Format: as build_zh_trigrams.py writes (RZB3); word id 0 (SunPinyin's "none": anything outside the
vocabulary, also the sentence boundary) is the empty string.
"""

import argparse

from build_zh_trigrams import read_sunpinyin_model, write_table


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/usr/lib/x86_64-linux-gnu/sunpinyin/data")
    ap.add_argument("--tslminfo", default="tslminfo")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-opengram.bin.gz")
    args = ap.parse_args()

    words, unigrams, bigrams, backoffs, trigrams = read_sunpinyin_model(args)
    unigrams = {i: v for i, v in unigrams.items() if i == 0 or (i < len(words) and words[i])}
    bigrams = {k: p for k, p in bigrams.items() if p > 0 and k[0] in unigrams and k[1] in unigrams}
    trigrams = {k: p for k, p in trigrams.items() if p > 0 and all(i in unigrams for i in k)}
    write_table(words, unigrams, bigrams, backoffs, trigrams, args.out)


if __name__ == "__main__":
    main()
