#!/usr/bin/env python3
"""Derives the Chinese word bigram table that CJK mojibake repair decodes with.

Source: the open-gram word language model of SunPinyin (Debian package sunpinyin-data,
CC BY-SA 3.0): lm_sc.t3g, a back-off word trigram model trained on a large body of running
Chinese text, and pydict_sc.bin, whose string table names the word ids. The model is dumped to
ARPA-like text with `tslminfo -v -p` (Debian package sunpinyin-utils); only unigrams (with their
back-off weights) and bigrams are kept, bigrams pruned to those that tell most over backing off.

Format (little endian, then gzip):
  magic "RZB1", uint32 word count, uint32 bigram count,
  words sorted by ordinal string order: uint8 byte length, UTF-8 bytes,
    uint8 q = round(-ln P(w) * 8), int8 round(ln bow(w) * 16);
  bigrams sorted by key = id1 * 2^20 + id2 (ids = positions in the sorted word list):
    varint(key - previous key), uint8 q = round(-ln P(w2 | w1) * 8).
Word id 0 of the source ("not a word": anything outside the vocabulary) is kept as the empty
string, so the table says how likely an unknown token is after each word and vice versa.
"""

import argparse
import gzip
import math
import os
import struct
import subprocess


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


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/usr/lib/x86_64-linux-gnu/sunpinyin/data")
    ap.add_argument("--tslminfo", default="tslminfo")
    ap.add_argument("--bigrams", type=int, default=1_200_000)
    ap.add_argument("--out", default="../../src/Reader.Core/Repair/Data/repair-zh-bigrams.bin.gz")
    args = ap.parse_args()

    words = read_words(os.path.join(args.data, "pydict_sc.bin"))
    dump = subprocess.run([args.tslminfo, "-v", "-p", os.path.join(args.data, "lm_sc.t3g")],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    unigrams, bigrams = read_model(dump)

    # Ids with a word, plus id 0 (unknown token); the other low ids are unused markers.
    kept_ids = [i for i in unigrams if i == 0 or (i < len(words) and words[i])]
    kept_ids.sort(key=lambda i: words[i] if i else "")
    new_id = {old: new for new, old in enumerate(kept_ids)}

    # Bigrams that tell most over backing off (weighted by how often their context occurs).
    def gain(item):
        (a, b), p = item
        backoff = unigrams[a][1] * unigrams[b][0]
        return unigrams[a][0] * p * abs(math.log(p / backoff))

    usable = [kv for kv in bigrams.items() if kv[0][0] in new_id and kv[0][1] in new_id]
    usable.sort(key=gain, reverse=True)
    chosen = sorted(((new_id[a] << 20) | new_id[b], p) for (a, b), p in usable[:args.bigrams])

    raw = bytearray(b"RZB1")
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
    with open(args.out, "wb") as f:
        f.write(gzip.compress(bytes(raw), 9, mtime=0))
    print(f"words {len(kept_ids)}, bigrams {len(chosen)} of {len(bigrams)}, "
          f"{len(raw)} bytes raw, {os.path.getsize(args.out)} bytes compressed -> {args.out}")


if __name__ == "__main__":
    main()
