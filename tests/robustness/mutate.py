#!/usr/bin/env python3
"""Deterministic mutations of valid C programs, to check that mica never crashes or hangs on bad
input. usage: mutate.py SEED SRC OUT: writes one mutant of SRC to OUT."""
import random, sys

seed, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(seed)
text = open(src, encoding="latin-1").read()
kind = rng.randrange(6)
n = len(text)
if kind == 0:    # truncate anywhere
    text = text[:rng.randrange(n)]
elif kind == 1:  # delete a span
    a = rng.randrange(n); text = text[:a] + text[a + rng.randrange(1, 40):]
elif kind == 2:  # duplicate a span somewhere else
    a = rng.randrange(n); b = rng.randrange(n); text = text[:b] + text[a:a + rng.randrange(1, 60)] + text[b:]
elif kind == 3:  # replace characters with punctuation and keywords
    pieces = list(text)
    for _ in range(rng.randrange(1, 8)):
        pieces[rng.randrange(n)] = rng.choice(list("{}()[];,#*&\"'\\/<>=!?:.") + [" struct ", " int ", " ( ", " sizeof ", "\n#if ", " ... ", " typedef "])
    text = "".join(pieces)
elif kind == 4:  # swap two lines
    lines = text.split("\n")
    if len(lines) > 2:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    text = "\n".join(lines)
else:            # remove every occurrence of one punctuator
    text = text.replace(rng.choice(list(";{}()*,")), "", rng.randrange(1, 5))
open(out, "w", encoding="latin-1").write(text)
