#!/usr/bin/env python3
"""Generates a large, deterministic C11 program for the benchmarks.

    bench/gen_large.py [--lines N] [--seed S] [-o FILE]
    bench/gen_large.py [--lines N] [--seed S] --files K --dir DIR

The program resembles ordinary application code rather than one giant expression: structs
(with nested structs, arrays and pointers), global tables (const and writable), string
literals, thousands of functions with local variables, for/while loops, switch statements,
if/else chains, arithmetic and bit operations, struct accesses through pointers, calls to
earlier functions (bounded by a depth argument, so the run stays short), a table of function
pointers, and a main that calls every function and prints one checksum. All arithmetic is
unsigned (no overflow UB), shifts are by constants below 32, divisors are forced odd, array
indexes are masked, and only <stdio.h> (printf) is used, so every correct compiler prints the
same checksum. Functions (about 50 lines each) are added until the program reaches --lines
lines (default 100,000); one function in ten also uses `struct tuning`.

One file goes to stdout unless -o is given. With --files K the same program is split like a
project: DIR/common.h (the structs, the globals, every function's prototype), DIR/data.c (the
tables), DIR/unit1.c .. DIR/unitK.c (the functions, in order) and DIR/main.c.
"""
import argparse
import os
import random
import sys

STRUCTS = """\
struct vec3 { unsigned x, y, z; };
struct item {
    unsigned id;
    unsigned short kind;
    unsigned char flags;
    char name[12];
    struct vec3 pos;
    unsigned hist[4];
    struct item *next;
};
struct ctx {
    unsigned acc;
    unsigned count;
    unsigned long long wide;
    struct item *cur;
    struct vec3 bounds;
    const char *label;
};
struct tuning { unsigned gain, bias; };
"""

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma tau "
         "upsilon omega river stone cloud ember frost grove harbor island jungle lantern "
         "meadow north ocean prairie quartz ridge summit timber valley willow yonder zenith "
         "buffer cursor parser token symbol record vector matrix kernel socket thread signal "
         "packet stream filter sample").split()

NTABLE = 64  # global item table size (power of two)
MAIN_LINES = 16


def tables(rnd, storage):
    """the global tables and their helpers; storage is "static " (one file) or "" (a project)"""
    out = []
    w = out.append
    w("%sstruct item g_items[%d];" % (storage, NTABLE))
    w("unsigned g_counters[256];")
    w("%sunsigned long long g_wide = 0x9e3779b97f4a7c15ULL;" % storage)
    w("%sconst unsigned g_primes[16] = {%s};" % (storage, ", ".join(str(p) for p in
      (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53))))
    w("%sconst unsigned char g_sbox[64] = {" % storage)
    for r in range(8):
        w("    " + ", ".join("%3d" % rnd.randrange(256) for _ in range(8)) + ",")
    w("};")
    w("%sconst char *const g_words[%d] = {" % (storage, len(WORDS)))
    for i in range(0, len(WORDS), 6):
        w("    " + " ".join('"%s",' % x for x in WORDS[i:i + 6]))
    w("};")
    w("")
    w("%sunsigned hash_str(const char *s) {" % storage)
    w("    unsigned h = 2166136261u;")
    w("    while (*s) {")
    w("        h ^= (unsigned char)*s++;")
    w("        h *= 16777619u;")
    w("    }")
    w("    return h;")
    w("}")
    w("")
    w("%svoid init_items(void) {" % storage)
    w("    for (unsigned i = 0; i < %du; i++) {" % NTABLE)
    w("        struct item *it = &g_items[i];")
    w("        it->id = i * 2654435761u;")
    w("        it->kind = (unsigned short)(i * 7u);")
    w("        it->flags = (unsigned char)(i ^ 0x5au);")
    w("        const char *wd = g_words[i %% %du];" % len(WORDS))
    w("        unsigned k = 0;")
    w("        while (wd[k] && k < 11u) { it->name[k] = wd[k]; k++; }")
    w("        it->name[k] = 0;")
    w("        it->pos.x = i; it->pos.y = i * i; it->pos.z = i ^ 0xffu;")
    w("        for (unsigned j = 0; j < 4u; j++) it->hist[j] = i + j;")
    w("        it->next = &g_items[(i + 1u) %% %du];" % NTABLE)
    w("    }")
    w("}")
    w("")
    return out


def function(rnd, i, storage):
    """the lines of function f<i>"""
    out = []
    w = out.append

    def expr(vars_, depth=0):
        """a random unsigned expression without UB"""
        if depth > 2 or rnd.random() < 0.3:
            if rnd.random() < 0.6:
                return rnd.choice(vars_)
            return "%du" % rnd.randrange(1, 1000)
        a = expr(vars_, depth + 1)
        b = expr(vars_, depth + 1)
        op = rnd.choice(["+", "-", "*", "^", "&", "|", "<<", ">>", "/", "%"])
        if op in ("<<", ">>"):
            return "(%s %s %d)" % (a, op, rnd.randrange(1, 31))
        if op in ("/", "%"):
            return "(%s %s (%s | 1u))" % (a, op, b)
        return "(%s %s %s)" % (a, op, b)

    word = rnd.choice(WORDS)
    lit = "%s-%d-%s" % (word, i, rnd.choice(WORDS))
    v = ["a", "b", "x", "y", "z"]
    w("%sunsigned f%d(unsigned a, unsigned b, struct ctx *c, int depth) {" % (storage, i))
    w("    unsigned x = a ^ %du, y = b + %du, z = 0;" % (rnd.randrange(1 << 16), rnd.randrange(1 << 16)))
    w('    const char *s = "%s";' % lit)
    w("    struct item *it = &g_items[(a + %du) & %du];" % (i, NTABLE - 1))
    # loop with struct access
    n = rnd.randrange(3, 9)
    w("    for (unsigned i = 0; i < %du; i++) {" % n)
    w("        x = %s;" % expr(v + ["i"]))
    w("        it->hist[i & 3u] += x ^ it->pos.%s;" % rnd.choice("xyz"))
    w("        y += g_sbox[(x + i) & 63u] + g_primes[i & 15u];")
    w("    }")
    # switch
    ncase = rnd.randrange(3, 7)
    w("    switch ((x ^ y) %% %du) {" % (ncase + 1))
    for k in range(ncase):
        w("    case %d:" % k)
        w("        z = %s;" % expr(v))
        if rnd.random() < 0.5:
            w("        c->acc += z;")
        w("        break;")
    w("    default:")
    w("        z = hash_str(s) ^ %s;" % expr(v))
    w("        break;")
    w("    }")
    # if / else chain with struct fields
    w("    if ((z & %du) == 0u) {" % (1 << rnd.randrange(0, 5)))
    w("        c->count++;")
    w("        it->flags ^= (unsigned char)z;")
    w("    } else if (it->kind > %du) {" % rnd.randrange(0, 400))
    w("        c->bounds.%s = %s;" % (rnd.choice("xyz"), expr(v)))
    w("    } else {")
    w("        z += (unsigned char)it->name[z %% 4u] + c->bounds.%s;" % rnd.choice("xyz"))
    w("    }")
    if i % 10 == 0:
        w("    { struct tuning t = {%du, %du}; z += t.gain * x + t.bias + (unsigned)sizeof t; }"
          % (rnd.randrange(1, 100), rnd.randrange(100)))
    # while loop over the string literal
    w("    for (const char *p = s; *p; p++)")
    w("        y = (y << 5) + y + (unsigned char)*p;")
    # calls to earlier functions, bounded by depth
    if i > 0:
        callees = sorted(set(rnd.randrange(i) for _ in range(rnd.randrange(1, 3))))
        w("    if (depth > 0) {")
        for j in callees:
            w("        z += f%d(%s, %s, c, depth - 1);" % (j, expr(v), expr(v)))
        w("    }")
    w("    g_counters[(x + y) & 255u]++;")
    w("    c->wide = c->wide * 6364136223846793005ULL + (z ^ y);")
    w("    return x + y * 3u + z * 7u + c->acc;")
    w("}")
    w("")
    return out


def main_function(nfuncs):
    out = []
    w = out.append
    w("int main(void) {")
    w("    struct ctx c = {0, 0, 0, 0, {1, 2, 3}, \"main\"};")
    w("    unsigned sum = 0;")
    w("    init_items();")
    w("    c.cur = &g_items[0];")
    w("    for (unsigned i = 0; i < %du; i++)" % nfuncs)
    w("        sum = sum * 31u + g_funcs[i](i, sum, &c, 2);")
    w("    for (unsigned i = 0; i < 256u; i++)")
    w("        sum ^= g_counters[i] << (i & 15u);")
    w("    for (unsigned i = 0; i < %du; i++)" % NTABLE)
    w("        sum += g_items[i].hist[i & 3u] + g_items[i].flags;")
    w("    sum ^= (unsigned)(c.wide >> 32) ^ (unsigned)c.wide ^ c.count ^ (unsigned)g_wide;")
    w('    printf("checksum %08x\\n", sum);')
    w("    return 0;")
    w("}")
    return out


def func_table(nfuncs, storage):
    out = ["%sunsigned (*const g_funcs[%d])(unsigned, unsigned, struct ctx *, int) = {" % (storage, nfuncs)]
    for i in range(0, nfuncs, 8):
        out.append("    " + " ".join("f%d," % j for j in range(i, min(i + 8, nfuncs))))
    out.append("};")
    out.append("")
    return out


def prototypes(nfuncs, storage):
    # every function has the same signature, so they fit one table
    return ["%sunsigned f%d(unsigned a, unsigned b, struct ctx *c, int depth);" % (storage, i) for i in range(nfuncs)]


def generate(lines, seed, files):
    """filename -> text; one file ("large.c") when files is 0"""
    rnd = random.Random(seed)
    storage = "static " if not files else ""
    head = ["/* Generated by bench/gen_large.py --lines %d --seed %d: a synthetic program for compile-speed"
            % (lines, seed),
            " * benchmarks. Every correct C11 compiler must make it print the same checksum. */",
            "#include <stdio.h>", "", STRUCTS]
    table = tables(rnd, storage)
    bodies = []
    nfuncs = 0
    size = len(head) + len(table)
    # each function also costs a prototype and 1/8 line of the function table
    while nfuncs < 10 or size + nfuncs + 1 + (nfuncs + 1) // 8 + 5 + MAIN_LINES < lines:
        f = function(rnd, nfuncs, storage)
        bodies.append(f)
        size += len(f)
        nfuncs += 1
    if not files:
        out = head + table + prototypes(nfuncs, storage) + [""]
        for f in bodies:
            out += f
        out += func_table(nfuncs, storage) + main_function(nfuncs)
        return {"large.c": "\n".join(out) + "\n"}
    common = head + [
        "extern struct item g_items[%d];" % NTABLE,
        "extern unsigned g_counters[256];",
        "extern unsigned long long g_wide;",
        "extern const unsigned g_primes[16];",
        "extern const unsigned char g_sbox[64];",
        "extern const char *const g_words[%d];" % len(WORDS),
        "unsigned hash_str(const char *s);",
        "void init_items(void);",
    ] + prototypes(nfuncs, storage)
    out = {"common.h": "\n".join(common) + "\n",
           "data.c": '#include "common.h"\n' + "\n".join(table) + "\n",
           "main.c": '#include "common.h"\n' + "\n".join(func_table(nfuncs, "static ") + main_function(nfuncs)) + "\n"}
    per_file = (nfuncs + files - 1) // files
    for k in range(files):
        text = ['#include "common.h"', ""]
        for f in bodies[k * per_file:(k + 1) * per_file]:
            text += f
        out["unit%d.c" % (k + 1)] = "\n".join(text) + "\n"
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=100000, help="approximate number of lines (default 100000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", dest="out", help="output file (default stdout)")
    ap.add_argument("--files", type=int, default=0, help="split into this many files of functions")
    ap.add_argument("--dir", help="the directory of the split program (with --files)")
    args = ap.parse_args()
    if args.files and not args.dir:
        ap.error("--files needs --dir")
    files = generate(args.lines, args.seed, args.files)
    if args.files:
        os.makedirs(args.dir, exist_ok=True)
        for name, text in files.items():
            with open(os.path.join(args.dir, name), "w") as f:
                f.write(text)
    elif args.out:
        with open(args.out, "w") as f:
            f.write(files["large.c"])
    else:
        sys.stdout.write(files["large.c"])


if __name__ == "__main__":
    main()
