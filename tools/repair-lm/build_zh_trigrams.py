#!/usr/bin/env python3
"""Derives the Chinese word trigram table that CJK mojibake repair decodes with.

Source (`--arpa`): libime's word trigram model (Debian package libime-data-language-model, zh_CN.lm,
LGPL-2.1+), dumped to ARPA text by dump_kenlm.cc. An input method's model has no punctuation, which
repair has to rank, so punctuation (unigrams and P(punctuation | word)) comes from the open-gram model
of SunPinyin (Debian package sunpinyin-data, CC BY-SA 3.0: lm_sc.t3g, and pydict_sc.bin, whose string
table names the word ids; dumped with `tslminfo -v -p` from sunpinyin-utils). Every n-gram is kept.

Format (little endian, then gzip):
  magic "RZB3", uint32 word count, uint32 bigram count, uint32 trigram count,
  words sorted by ordinal string order: uint8 byte length, UTF-8 bytes,
    uint8 q = round(-ln P(w) * 8), int8 round(ln bow(w) * 16);
  bigrams sorted by key = id1 * 2^20 + id2 (ids = positions in the sorted word list):
    varint(key - previous key), uint8 q = round(-ln P(w2 | w1) * 8), int8 round(ln bow(w1 w2) * 16);
  trigrams sorted by key = id1 * 2^40 + id2 * 2^20 + id3:
    varint(key - previous key), uint8 q = round(-ln P(w3 | w1 w2) * 8).
Word id 0 of the source ("not a word", <unk>: anything outside the vocabulary) is kept as the empty
string, so the table says how likely an unknown token is after each word and vice versa.
"""

import argparse
import gzip
import math
import os
import struct
import subprocess

from build_lm import varint


def read_words(path):
    """Word strings of pydict_sc.bin by id: UCS-4, NUL-terminated, from the string table offset."""
    data = open(path, "rb").read()
    count = struct.unpack_from("<I", data, 0)[0]
    offset = struct.unpack_from("<I", data, 8)[0]
    words = []
    p = offset
    for _ in range(count):
        chars = []
        while True:
            c = struct.unpack_from("<I", data, p)[0]
            p += 4
            if c == 0:
                break
            chars.append(chr(c))
        words.append("".join(chars))
    return words


def read_arpa(path):
    """An ARPA back-off model (log10 values): words by id (id 0 = <unk>, kept as the empty string),
    unigrams {id: (P, bow)}, bigrams {(id1, id2): P}, bigram back-offs {(id1, id2): bow} and trigrams
    {(id1, id2, id3): P}; <s> and </s> are dropped."""
    words, index, unigrams, bigrams, backoffs, trigrams = [""], {"<unk>": 0}, {}, {}, {}, {}
    level = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("\\"):
                level = int(line[1]) if line[1].isdigit() else 0
                continue
            parts = line.split("\t")
            if level == 1 and len(parts) >= 2:
                if parts[1] in ("<s>", "</s>"):
                    continue
                if parts[1] not in index:
                    index[parts[1]] = len(words)
                    words.append(parts[1])
                bow = float(parts[2]) if len(parts) > 2 else 0.0
                unigrams[index[parts[1]]] = (10 ** float(parts[0]), 10 ** bow)
            elif level == 2 and len(parts) >= 2:
                a, b = parts[1].split(" ")
                if a in index and b in index:
                    bigrams[(index[a], index[b])] = 10 ** float(parts[0])
                    if len(parts) > 2:
                        backoffs[(index[a], index[b])] = 10 ** float(parts[2])
            elif level == 3 and len(parts) >= 2:
                a, b, c = parts[1].split(" ")
                if a in index and b in index and c in index:
                    trigrams[(index[a], index[b], index[c])] = 10 ** float(parts[0])
            elif level > 3:
                break
    return words, unigrams, bigrams, backoffs, trigrams


def add_punctuation(model, sunpinyin):
    """An input-method model (libime's) has no punctuation, which repair must rank (。 against 〇). Punctuation
    comes from SunPinyin's model: its unigrams, and P(punctuation | word) for the words both know; each word's own
    distribution is scaled by the share punctuation leaves it."""
    words, unigrams, bigrams, backoffs, trigrams = model
    s_words, s_unigrams, s_bigrams = sunpinyin
    s_index = {s_words[i]: i for i in s_unigrams if i == 0 or (i < len(s_words) and s_words[i])}
    punctuation = [i for i in s_unigrams if i and i < len(s_words) and s_words[i]
                   and not any(ch.isalnum() for ch in s_words[i])]

    def after(h, p):
        return s_bigrams.get((h, p), s_unigrams[h][1] * s_unigrams[p][0])

    share = sum(s_unigrams[p][0] for p in punctuation)
    # What each word leaves for the words after it: 1 − P(punctuation | word), the corpus share for words SunPinyin lacks.
    keep = {}
    for i in unigrams:
        h = s_index.get(words[i])
        keep[i] = 1 - min(0.9, sum(after(h, q) for q in punctuation) if h is not None else share)
    index = {w: i for i, w in enumerate(words)}
    new_words = list(words)
    new_unigrams = {i: (p * (1 - share), bow * keep[i] / (1 - share)) for i, (p, bow) in unigrams.items()}
    new_bigrams = {(a, b): p * keep[a] for (a, b), p in bigrams.items()}
    # P(w | a b) leaves punctuation what P(w | b) leaves it: the back-off weight of (a, b) stays as it is.
    new_trigrams = {(a, b, c): p * keep[b] for (a, b, c), p in trigrams.items()}
    ids = {}
    for q in punctuation:
        text = s_words[q]
        if text not in index:
            index[text] = len(new_words)
            new_words.append(text)
        ids[q] = index[text]
        new_unigrams[ids[q]] = (s_unigrams[q][0], 1.0)
    for (a, b), p in s_bigrams.items():
        before = "" if a == 0 else s_words[a] if a < len(s_words) else ""
        if b in ids and (a == 0 or before) and before in index:
            new_bigrams[(index[before], ids[b])] = p
    print(f"punctuation {len(punctuation)} tokens, unigram share {share:.3f}, "
          f"{len(new_bigrams) - len(bigrams)} bigrams before punctuation")
    return new_words, new_unigrams, new_bigrams, backoffs, new_trigrams


def read_threaded(dump_lines):
    """A `tslminfo -v -p` dump of SunPinyin's model: unigrams {id: (P, bow)}, bigrams {(id1, id2): P}, bigram
    back-offs {(id1, id2): bow} and trigrams {(id1, id2, id3): P}."""
    unigrams, bigrams, backoffs, trigrams = {}, {}, {}, {}
    level = 0
    for line in dump_lines:
        if line.startswith("\\"):
            level = int(line[1])
            continue
        parts = line.split()
        if level == 1:
            unigrams[int(parts[0])] = (float(parts[1]), float(parts[2]))
        elif level == 2:
            key = (int(parts[0]), int(parts[1]))
            bigrams[key] = float(parts[2])
            backoffs[key] = float(parts[3])
        elif level == 3:
            trigrams[(int(parts[0]), int(parts[1]), int(parts[2]))] = float(parts[3])
    return unigrams, bigrams, backoffs, trigrams


def read_sunpinyin_model(args):
    """SunPinyin's words by id and its whole model, as read_threaded gives it."""
    words = read_words(os.path.join(args.data, "pydict_sc.bin"))
    dump = subprocess.run([args.tslminfo, "-v", "-p", os.path.join(args.data, "lm_sc.t3g")],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    return (words, *read_threaded(dump))


def read_sunpinyin(args):
    words, unigrams, bigrams, _, _ = read_sunpinyin_model(args)
    return words, unigrams, {k: p for k, p in bigrams.items() if p > 0}


def write_table(words, unigrams, bigrams, backoffs, trigrams, out):
    """Writes a model (probabilities, not logs; word id 0 = unknown) in the RZB3 format above."""
    # .NET compares strings by UTF-16 code units: characters beyond the BMP sort before U+E000.
    kept_ids = sorted(unigrams, key=lambda i: (words[i] if i else "").encode("utf-16-be"))
    new_id = {old: new for new, old in enumerate(kept_ids)}

    def q(p):
        return bytes([max(0, min(255, round(-math.log(p) * 8)))])

    def q_bow(bow):
        return struct.pack("<b", max(-128, min(127, round(math.log(bow) * 16))))

    chosen_bigrams = sorted(((new_id[a] << 20) | new_id[b], (a, b)) for a, b in bigrams)
    chosen_trigrams = sorted(((new_id[a] << 40) | (new_id[b] << 20) | new_id[c], p) for (a, b, c), p in trigrams.items())

    raw = bytearray(b"RZB3")
    raw += struct.pack("<III", len(kept_ids), len(chosen_bigrams), len(chosen_trigrams))
    for old in kept_ids:
        text = (words[old] if old else "").encode("utf-8")
        p, bow = unigrams[old]
        raw += bytes([len(text)]) + text + q(p) + q_bow(bow)
    previous = 0
    for key, pair in chosen_bigrams:
        raw += varint(key - previous) + q(bigrams[pair]) + q_bow(backoffs.get(pair, 1.0))
        previous = key
    previous = 0
    for key, p in chosen_trigrams:
        raw += varint(key - previous) + q(p)
        previous = key
    with open(out, "wb") as f:
        f.write(gzip.compress(bytes(raw), 9, mtime=0))
    print(f"words {len(kept_ids)}, bigrams {len(chosen_bigrams)}, trigrams {len(chosen_trigrams)}, "
          f"{len(raw)} bytes raw, {os.path.getsize(out)} bytes compressed -> {out}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arpa", required=True, help="libime's model dumped to ARPA text (see README)")
    ap.add_argument("--data", default="/usr/lib/x86_64-linux-gnu/sunpinyin/data")
    ap.add_argument("--tslminfo", default="tslminfo")
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-trigrams.bin.gz")
    args = ap.parse_args()

    words, unigrams, bigrams, backoffs, trigrams = add_punctuation(read_arpa(args.arpa), read_sunpinyin(args))

    write_table(words, unigrams, bigrams, backoffs, trigrams, args.out)


if __name__ == "__main__":
    main()
