#!/usr/bin/env python3
"""Derives the Japanese word trigram table that CJK mojibake repair decodes Japanese lines with.

Source (`--model`): libkkc's word trigram model (Debian package libkkc-data, GPL-3+:
/usr/lib/x86_64-linux-gnu/libkkc/models/sorted3), read with the marisa-trie bindings (Debian package
python3-marisa). Its entries are reading/surface pairs; repair knows the surface only, so the readings
of one surface merge: a surface's unigram probability is the sum over its readings, and an n-gram
between surfaces takes the likeliest of the n-grams between their readings. <s> becomes the unknown
token (word id 0, the empty string), which is also the context at a line's start; </s> stays a word.

Written in the RZB3 format of build_zh_trigrams.py (see there).
"""

import argparse
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_zh_trigrams import write_table  # noqa: E402

# sortlm.py quantises log10 costs into uint16 over [min_cost, 0], min_cost = -8.
MIN_COST = -8.0


def read_sorted3(prefix):
    """Keys by id, unigrams {id: (log10 P, log10 bow)}, bigrams {(id1, id2): (log10 P, log10 bow)} and trigrams
    {(id1, id2, id3): log10 P} of a sorted3 model (libkkc's sortlm.py documents the records)."""
    import marisa
    trie = marisa.Trie()
    trie.load(prefix + ".1gram.index")
    agent = marisa.Agent()
    keys = []
    for i in range(trie.num_keys()):
        agent.set_query(i)
        trie.reverse_lookup(agent)
        keys.append(agent.key_str())

    def cost(q):
        return q * MIN_COST / 65535

    data = open(prefix + ".1gram", "rb").read()
    unigrams = {}
    for i in range(len(data) // 6):
        c, bow, _ = struct.unpack_from("=HHH", data, i * 6)
        unigrams[i] = (cost(c), cost(bow))
    data = open(prefix + ".2gram", "rb").read()
    bigrams, by_offset = {}, []
    for o in range(len(data) // 12):
        w, p, c, bow = struct.unpack_from("=LLHH", data, o * 12)
        bigrams[(p, w)] = (cost(c), cost(bow))
        by_offset.append((p, w))
    data = open(prefix + ".3gram", "rb").read()
    trigrams = {}
    for o in range(len(data) // 10):
        w, b, c = struct.unpack_from("=LLH", data, o * 10)
        trigrams[(*by_offset[b], w)] = cost(c)
    return keys, unigrams, bigrams, trigrams


def surface(key):
    if key == "<s>":
        return ""
    if key == "</s>":
        return key
    return key.split("/", 1)[1] if "/" in key else key


def merge(keys, unigrams, bigrams, trigrams):
    """The model over surfaces (probabilities): words (id 0 = unknown), unigrams {id: (P, bow)}, bigrams {(a, b): P},
    bigram back-offs and trigrams {(a, b, c): P}."""
    words, index = [""], {"": 0}
    of = {}
    for i, key in enumerate(keys):
        text = surface(key)
        if text not in index:
            index[text] = len(words)
            words.append(text)
        of[i] = index[text]
    # A surface's probability sums its readings'; its back-off weight is its likeliest reading's.
    totals, best = {}, {}
    for i, (p, bow) in unigrams.items():
        s = of[i]
        totals[s] = totals.get(s, 0.0) + 10 ** p
        if s not in best or p > best[s][0]:
            best[s] = (p, bow)
    merged_unigrams = {s: (total, 10 ** best[s][1]) for s, total in totals.items()}
    merged_bigrams, merged_backoffs = {}, {}
    for (a, b), (p, bow) in bigrams.items():
        key = (of[a], of[b])
        if key not in merged_bigrams or 10 ** p > merged_bigrams[key]:
            merged_bigrams[key] = 10 ** p
            merged_backoffs[key] = 10 ** bow
    merged_trigrams = {}
    for (a, b, c), p in trigrams.items():
        key = (of[a], of[b], of[c])
        merged_trigrams[key] = max(merged_trigrams.get(key, 0.0), 10 ** p)
    add_full_stop(words, merged_unigrams, merged_bigrams, merged_backoffs, merged_trigrams)
    return words, merged_unigrams, merged_bigrams, merged_backoffs, merged_trigrams


def add_full_stop(words, unigrams, bigrams, backoffs, trigrams):
    """libkkc's corpus was cut into sentences at 。, which it never saw: 。 ends one sentence (as </s>) and starts the
    next (as <s>, here the unknown token at id 0)."""
    end = words.index("</s>")
    stop = len(words)
    words.append("\u3002")
    unigrams[stop] = (unigrams[end][0], unigrams[0][1])
    for (a, b), p in list(bigrams.items()):
        if b == end:
            bigrams[(a, stop)] = p
            backoffs[(a, stop)] = 1.0
        if a == 0:
            bigrams[(stop, b)] = p
            backoffs[(stop, b)] = backoffs.get((a, b), 1.0)
    for (a, b, c), p in list(trigrams.items()):
        if c == end:
            trigrams[(a, b, stop)] = p
        if a == 0:
            trigrams[(stop, b, c)] = p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="/usr/lib/x86_64-linux-gnu/libkkc/models/sorted3/data",
                    help="prefix of libkkc's sorted3 model files")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    write_table(*merge(*read_sorted3(args.model)), args.out)


if __name__ == "__main__":
    main()
