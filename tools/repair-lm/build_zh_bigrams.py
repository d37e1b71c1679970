#!/usr/bin/env python3
"""Derives the Chinese word bigram table that CJK mojibake repair decodes with.

Source (the shipped table, `--arpa`): libime's word trigram model (Debian package
libime-data-language-model, zh_CN.lm, LGPL-2.1+), dumped to ARPA text by dump_kenlm.cc. An input
method's model has no punctuation, which repair has to rank, so punctuation (unigrams and
P(punctuation | word)) comes from the open-gram model of SunPinyin (Debian package sunpinyin-data,
CC BY-SA 3.0: lm_sc.t3g, and pydict_sc.bin, whose string table names the word ids; dumped with
`tslminfo -v -p` from sunpinyin-utils). Without `--arpa`, SunPinyin's model alone is used.
Only unigrams (with their back-off weights) and bigrams are kept, bigrams pruned (`--bigrams`) to
those that tell most over backing off.

Format (little endian, then gzip):
  magic "RZB1", uint32 word count, uint32 bigram count,
  words sorted by ordinal string order: uint8 byte length, UTF-8 bytes,
    uint8 q = round(-ln P(w) * 8), int8 round(ln bow(w) * 16);
  bigrams sorted by key = id1 * 2^20 + id2 (ids = positions in the sorted word list):
    varint(key - previous key), uint8 q = round(-ln P(w2 | w1) * 8).
Word id 0 of the source ("not a word", <unk>: anything outside the vocabulary) is kept as the empty
string, so the table says how likely an unknown token is after each word and vice versa.
Then the word-class part (format "RZB2"): a bigram the table lacks is scored by backing off to
the unigram, which forgets what kind of word may follow (不 takes verbs and adjectives, 与 nouns).
Each word gets a coarse class from jieba's part-of-speech tags (dict.txt, MIT), and the frequent
words get how much more (or less) often each class follows them, and precedes them, than usual,
measured on the explicit bigrams of the model:
  uint8 class per word; uint8 class count C;
  uint32 n, then n x (uint32 word id, C x int8 round(ln ratio * 16)) for the following word's class;
  the same for the preceding word's class.
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
    unigrams {id: (P, bow)} and bigrams {(id1, id2): P}; <s> and </s> are dropped."""
    words, index, unigrams, bigrams = [""], {"<unk>": 0}, {}, {}
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
            elif level >= 3:
                break
    return words, unigrams, bigrams


def add_punctuation(model, sunpinyin):
    """An input-method model (libime's) has no punctuation, which repair must rank (。 against 〇). Punctuation
    comes from SunPinyin's model: its unigrams, and P(punctuation | word) for the words both know; each word's own
    distribution is scaled by the share punctuation leaves it."""
    words, unigrams, bigrams = model
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
    return new_words, new_unigrams, new_bigrams


def read_model(dump_lines):
    unigrams, bigrams = {}, {}
    level = 0
    for line in dump_lines:
        if line.startswith("\\"):
            level = int(line[1])
            continue
        parts = line.split()
        if level == 1 and len(parts) >= 3:
            unigrams[int(parts[0])] = (float(parts[1]), float(parts[2]))
        elif level == 2 and len(parts) >= 3:
            p = float(parts[2])
            if p > 0:
                bigrams[(int(parts[0]), int(parts[1]))] = p
        elif level == 3:
            break
    return unigrams, bigrams


# Coarse classes of jieba's tags; 0 is the unknown token, 1 punctuation, 2 words jieba does not tag.
CLASSES = {
    "n": 3, "nr": 3, "ns": 3, "nz": 3, "nrt": 3, "nt": 3, "ng": 3, "nrfg": 3, "j": 3, "s": 3, "t": 3,
    "v": 4, "vg": 4, "vi": 4, "vd": 4, "vq": 4, "vn": 5,
    "a": 6, "ad": 6, "an": 6, "ag": 6, "z": 6, "b": 6,
    "d": 7, "dg": 7, "df": 7, "p": 8, "c": 9,
    "u": 10, "ud": 10, "ug": 10, "uj": 10, "ul": 10, "uv": 10, "uz": 10,
    "m": 11, "mq": 11, "q": 11, "r": 12, "rr": 12, "rz": 12, "rg": 12, "f": 13, "i": 14, "l": 14,
}
CLASS_COUNT = 15
MIN_EXPLICIT = 30      # explicit bigrams a word needs before its class profile is trusted
PSEUDO = 0.2           # share of the overall class distribution mixed into each profile


def read_classes(path):
    classes = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                classes.setdefault(parts[0], CLASSES.get(parts[2], 2))
    return classes


def class_profiles(unigrams, bigrams, word_class):
    """Per word: ln(P(class of next word | word) / P(class)) and the same for the previous word."""
    overall = [0.0] * CLASS_COUNT
    for w, (p, _) in unigrams.items():
        overall[word_class(w)] += p
    total = sum(overall)
    overall = [max(x / total, 1e-6) for x in overall]
    following, preceding, support = {}, {}, {}
    for (a, b), p in bigrams.items():
        if a not in unigrams or b not in unigrams:
            continue
        following.setdefault(a, [0.0] * CLASS_COUNT)[word_class(b)] += p
        preceding.setdefault(b, [0.0] * CLASS_COUNT)[word_class(a)] += unigrams[a][0] * p
        support[a] = support.get(a, 0) + 1
        support[(b,)] = support.get((b,), 0) + 1

    def ratios(table, key):
        out = {}
        for w, counts in table.items():
            if support.get(key(w), 0) < MIN_EXPLICIT:
                continue
            s = sum(counts)
            out[w] = [math.log(((c / s) * (1 - PSEUDO) + PSEUDO * o) / o) for c, o in zip(counts, overall)]
        return out

    return ratios(following, lambda w: w), ratios(preceding, lambda w: (w,))


def write_profiles(raw, profiles, new_id):
    items = sorted((new_id[w], r) for w, r in profiles.items() if w in new_id)
    raw += struct.pack("<I", len(items))
    for wid, r in items:
        raw += struct.pack("<I", wid)
        raw += struct.pack(f"<{CLASS_COUNT}b", *[max(-128, min(127, round(x * 16))) for x in r])


def read_sunpinyin(args):
    words = read_words(os.path.join(args.data, "pydict_sc.bin"))
    dump = subprocess.run([args.tslminfo, "-v", "-p", os.path.join(args.data, "lm_sc.t3g")],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    unigrams, bigrams = read_model(dump)
    return words, unigrams, bigrams


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arpa", help="read this ARPA model instead of SunPinyin's (see README: libime's model)")
    ap.add_argument("--data", default="/usr/lib/x86_64-linux-gnu/sunpinyin/data")
    ap.add_argument("--tslminfo", default="tslminfo")
    ap.add_argument("--jieba", default="/usr/lib/python3/dist-packages/jieba/dict.txt")
    ap.add_argument("--bigrams", type=int, default=1_200_000)
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-bigrams.bin.gz")
    args = ap.parse_args()

    if args.arpa:
        words, unigrams, bigrams = add_punctuation(read_arpa(args.arpa), read_sunpinyin(args))
    else:
        words, unigrams, bigrams = read_sunpinyin(args)

    # Ids with a word, plus id 0 (unknown token); the other low ids are unused markers.
    kept_ids = [i for i in unigrams if i == 0 or (i < len(words) and words[i])]
    # .NET compares strings by UTF-16 code units: characters beyond the BMP sort before U+E000.
    kept_ids.sort(key=lambda i: (words[i] if i else "").encode("utf-16-be"))
    new_id = {old: new for new, old in enumerate(kept_ids)}

    # Bigrams that tell most over backing off (weighted by how often their context occurs).
    def gain(item):
        (a, b), p = item
        backoff = unigrams[a][1] * unigrams[b][0]
        return unigrams[a][0] * p * abs(math.log(p / backoff))

    usable = [kv for kv in bigrams.items() if kv[0][0] in new_id and kv[0][1] in new_id]
    usable.sort(key=gain, reverse=True)
    chosen = sorted(((new_id[a] << 20) | new_id[b], p) for (a, b), p in usable[:args.bigrams])

    tags = read_classes(args.jieba)

    def word_class(i):
        if i == 0:
            return 0
        w = words[i]
        if w in tags:
            return tags[w]
        return 1 if not any(ch.isalnum() for ch in w) else 2

    following, preceding = class_profiles(unigrams, bigrams, word_class)

    raw = bytearray(b"RZB2")
    raw += struct.pack("<II", len(kept_ids), len(chosen))
    for old in kept_ids:
        text = (words[old] if old else "").encode("utf-8")
        p, bow = unigrams[old]
        raw += bytes([len(text)]) + text
        raw += bytes([max(0, min(255, round(-math.log(p) * 8)))])
        raw += struct.pack("<b", max(-128, min(127, round(math.log(bow) * 16))))
    previous = 0
    for key, p in chosen:
        raw += varint(key - previous)
        raw += bytes([max(0, min(255, round(-math.log(p) * 8)))])
        previous = key
    raw += bytes(word_class(old) for old in kept_ids)
    raw += bytes([CLASS_COUNT])
    write_profiles(raw, following, new_id)
    write_profiles(raw, preceding, new_id)
    with open(args.out, "wb") as f:
        f.write(gzip.compress(bytes(raw), 9, mtime=0))
    print(f"words {len(kept_ids)}, bigrams {len(chosen)} of {len(bigrams)}, "
          f"class profiles {len(following)}+{len(preceding)}, {len(raw)} bytes raw, {os.path.getsize(args.out)} bytes compressed -> {args.out}")


if __name__ == "__main__":
    main()
