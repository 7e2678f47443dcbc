#!/usr/bin/env python3
"""Incremental builds against clean builds.

After every edit, `mica --incremental -g` patches its executable in place; the executable must
behave exactly like a clean `mica -g` build of the same sources: the same output and exit
status, the same gdb transcript for a debugger script (addresses and process ids normalised),
`llvm-dwarfdump --verify` clean, and the ELF checks (tests/elf/elfcheck, eu-elflint) clean. The
update must also really be one: no full rebuild, and writing a small part of the file.

Two kinds of edit sequences run:
  scripted  sample programs and the edits a user makes (grow, shrink, add, remove a function;
            change a global's initializer, a struct used by several functions, a string
            literal; move a function in its file; add and remove a file), and the
            preprocessor's part in skipping bodies unread (__LINE__, __COUNTER__, macros
            redefined before a body, directives in a body, a body ended by a macro)
  random    a seeded generator of edits on a generated program (INCR_STEPS steps, default 220;
            INCR_SEED, default 20261121)
and a set of recovery cases: a missing, damaged or foreign state, a changed or missing output,
other options, and mica killed part-way through an update.

MICA_TARGET=aarch64-linux (as tests/target.sh): the executables are built for that target and
run under qemu-aarch64, the gdb scripts through qemu's gdb stub with gdb-multiarch; the scripted
sequences and a shorter random one run (INCR_STEPS default 40), the recovery cases and --watch,
which do not depend on the target, do not. Test names start with "aarch64/".

Prints PASS/FAIL lines; always exits 0. KEEP=1 keeps the work directory."""

import os
import random
import re
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MICA = shlex.split(os.environ.get("MICA", "build/mica"))
if "/" in MICA[0] and not MICA[0].startswith("/"):
    MICA[0] = os.path.join(ROOT, MICA[0])
ELFCHECK = os.environ.get("ELFCHECK", os.path.join(ROOT, "build/elfcheck"))
DWARFDUMP = shutil.which("llvm-dwarfdump-14") or shutil.which("llvm-dwarfdump")
ELFLINT = shutil.which("eu-elflint")
GDB = shutil.which("gdb")
TIMEOUT = 60

TARGET = os.environ.get("MICA_TARGET", "")
if TARGET in ("", "x86_64", "x86_64-linux"):
    TARGET_FLAGS, TARGET_RUN, TARGET_TAG, TARGET_GDB = [], [], "", GDB
elif TARGET in ("aarch64", "aarch64-linux"):
    TARGET_FLAGS, TARGET_RUN, TARGET_TAG = ["--target=aarch64-linux"], ["qemu-aarch64"], "aarch64/"
    TARGET_GDB = shutil.which("gdb-multiarch")
else:
    print("FAIL incremental-target: MICA_TARGET=%s is not a target this suite knows" % TARGET)
    sys.exit(0)
MICA += TARGET_FLAGS


def emit(ok, name, why=""):
    print(("PASS " if ok else "FAIL ") + TARGET_TAG + name + ("" if ok or not why else ": " + why))
    sys.stdout.flush()


def run(cmd, cwd, timeout=TIMEOUT):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, errors="replace")
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -999, "", "timed out"


def first(text, n=3):
    return " | ".join(text.strip().splitlines()[:n])[:400]


def normalise_gdb(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]+", "ADDR", line)
        line = re.sub(r"process \d+", "process N", line)
        out.append(line)
    return "\n".join(out)


class Workspace:
    """A directory of sources, an incrementally built `app` and a clean build `clean`."""

    def __init__(self, root, name):
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir)
        self.files = {}

    def write(self, files):
        """Writes the files whose contents changed and deletes the ones that are gone."""
        for name, text in files.items():
            if self.files.get(name) != text:
                with open(os.path.join(self.dir, name), "w") as f:
                    f.write(text)
        for name in list(self.files):
            if name not in files:
                os.unlink(os.path.join(self.dir, name))
        self.files = dict(files)

    def path(self, name):
        return os.path.join(self.dir, name)


def report_of(text):
    """The numbers of `--report`: (full, compiled, bytes)."""
    m = re.search(r"full build.*?: (\d+) declarations compiled, (\d+) bytes written", text)
    if m:
        return True, int(m.group(1)), int(m.group(2))
    m = re.search(r": (\d+) of (\d+) declarations compiled .*?, (\d+) bytes written", text)
    if m:
        return False, int(m.group(1)), int(m.group(3))
    return None


def symbol_table(ws, exe):
    """name -> sorted types of its .symtab entries"""
    rc, out, err = run(["nm", "-P", exe], ws.dir)
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            table.setdefault(parts[0], []).append(parts[1])
    return {k: sorted(v) for k, v in table.items()}


def compare_symbols(ws):
    """Every symbol of the clean build is in the incremental one as often and with the same
    type (the incremental one may keep library functions no longer called)."""
    app, clean = symbol_table(ws, "app"), symbol_table(ws, "clean")
    for name, types in sorted(clean.items()):
        if app.get(name) != types:
            return "symbol %s: incremental %s, clean %s" % (name, app.get(name), types)
    return None


def declared_functions(ws, exe):
    """(unit, function) for every function a unit's DWARF declares without defining it (gcc
    declares the functions a unit calls that another defines)."""
    rc, out, _ = run([DWARFDUMP, "--debug-info", exe], ws.dir)
    found, unit, die = set(), None, None
    for line in out.splitlines() + [""]:
        tag = re.search(r"DW_TAG_(\w+)", line)
        if tag or not line.strip():
            if die and die.get("tag") == "subprogram" and die.get("declaration"):
                found.add((unit, die.get("name")))
            die = {"tag": tag.group(1)} if tag else None
            continue
        attr = re.search(r"DW_AT_(\w+)\s+\((.*)\)", line)
        if die is None or not attr:
            continue
        if attr.group(1) == "name":
            die["name"] = attr.group(2).strip('"')
            if die["tag"] == "compile_unit":
                unit = die["name"]
        elif attr.group(1) == "declaration":
            die["declaration"] = True
    return found


def listening(port):
    out = subprocess.run(["ss", "-ltn", "sport = :%d" % port], capture_output=True, text=True).stdout
    return "LISTEN" in out


def debug(ws, exe, script):
    """(status, stdout, stderr) of gdb running script on exe; for an emulated target the program
    waits under qemu's gdb stub and gdb-multiarch attaches, the script's `run` a `continue`"""
    if not TARGET_RUN:
        with open(ws.path("gdb.cmd"), "w") as f:
            f.write(script)
        return run([GDB, "-nx", "-batch", "-x", "gdb.cmd", exe], ws.dir)
    with open(ws.path("gdb.cmd"), "w") as f:
        f.write(re.sub(r"(?m)^run( .*)?$", "continue", script))
    with socket.socket() as sock:  # a free port
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    emulator = subprocess.Popen(TARGET_RUN + ["-g", str(port), exe], cwd=ws.dir, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 10
        while not listening(port) and time.time() < deadline and emulator.poll() is None:
            time.sleep(0.02)
        return run([TARGET_GDB, "-nx", "-batch", "-ex", "target remote :%d" % port, "-x", "gdb.cmd", exe], ws.dir)
    finally:
        emulator.kill()
        emulator.wait()


def check(ws, inputs, name, gdb_script, expect_full=False, flags=(), unread_at_least=0, replayed_at_least=0):
    """Builds incrementally and cleanly and compares them; one PASS/FAIL line. unread_at_least:
    how many function bodies the update must have skipped without reading them;
    replayed_at_least: how many declarations it must have replayed without reading them."""
    flags = list(flags)
    rc, out, err = run(MICA + ["--incremental", "--report"] + flags + inputs + ["-o", "app"], ws.dir)
    if rc != 0:
        return emit(False, name, "incremental build failed: " + first(err + out))
    rep = report_of(out)
    if rep is None:
        return emit(False, name, "no report line: " + first(out))
    full, compiled, written = rep
    if full != expect_full:
        return emit(False, name, "expected %s build, got: %s" % ("a full" if expect_full else "an incremental", first(out)))
    m = re.search(r"(\d+) function bod(?:y|ies) and (\d+) declarations? not read", out)
    unread, replayed = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    if unread < unread_at_least:
        return emit(False, name, "%d function bodies skipped unread, expected at least %d: %s" % (unread, unread_at_least, first(out)))
    if replayed < replayed_at_least:
        return emit(False, name, "%d declarations replayed, expected at least %d: %s" % (replayed, replayed_at_least, first(out)))
    size = os.path.getsize(ws.path("app"))
    if not full and written > size // 4:
        return emit(False, name, "an update wrote %d of %d bytes" % (written, size))
    rc, out2, err2 = run(MICA + flags + inputs + ["-o", "clean"], ws.dir)
    if rc != 0:
        return emit(False, name, "clean build failed: " + first(err2))
    a = run(TARGET_RUN + ["./app"], ws.dir)
    c = run(TARGET_RUN + ["./clean"], ws.dir)
    if a[:2] != c[:2]:
        la, lc = a[1].splitlines(), c[1].splitlines()
        k = next((i for i in range(max(len(la), len(lc))) if i >= len(la) or i >= len(lc) or la[i] != lc[i]), 0)
        return emit(False, name, "runs differ: incremental exit %d, line %d %r; clean exit %d, %r" % (
            a[0], k + 1, la[k] if k < len(la) else "<end>", c[0], lc[k] if k < len(lc) else "<end>"))
    symbols = compare_symbols(ws)
    if symbols:
        return emit(False, name, symbols)
    rc, o, e = run([ELFCHECK, "app"], ws.dir)
    if rc != 0:
        return emit(False, name, "elfcheck: " + first(o + e))
    rc, o, e = run([ELFLINT, "--gnu-ld", "app"], ws.dir)
    if rc != 0:
        return emit(False, name, "eu-elflint: " + first(o + e))
    if "-g" in flags:
        rc, o, e = run([DWARFDUMP, "--verify", "app"], ws.dir)
        if rc != 0 or "No errors." not in o:
            return emit(False, name, "llvm-dwarfdump --verify: " + first([l for l in (o + e).splitlines() if "error" in l.lower()] and "\n".join(l for l in (o + e).splitlines() if "error" in l.lower()) or o + e))
        da, dc = declared_functions(ws, "app"), declared_functions(ws, "clean")
        if da != dc:
            return emit(False, name, "functions declared in DWARF differ: only incremental %s, only clean %s" % (
                sorted(da - dc)[:4], sorted(dc - da)[:4]))
        ta = debug(ws, "./app", gdb_script)
        tc = debug(ws, "./clean", gdb_script)
        na, nc = normalise_gdb(ta[1] + ta[2]), normalise_gdb(tc[1] + tc[2])
        if na != nc:
            la, lc = na.splitlines(), nc.splitlines()
            k = next((i for i in range(max(len(la), len(lc))) if i >= len(la) or i >= len(lc) or la[i] != lc[i]), 0)
            return emit(False, name, "gdb transcripts differ at line %d: incremental %r, clean %r" % (
                k + 1, la[k] if k < len(la) else "<end>", lc[k] if k < len(lc) else "<end>"))
        if "Breakpoint 1," not in na:
            return emit(False, name, "the debugger script stopped nowhere: " + first(na))
    emit(True, name)
    return True


# ---- scripted edits on sample programs ----

SHAPES_H = """struct point { int x, y; };
int area(struct point a, struct point b);
int perimeter(struct point a, struct point b);
extern int calls;
extern const char *names[];
"""

SHAPES_C = """#include "shapes.h"
int calls;
const char *names[] = {"area", "perimeter"};

int area(struct point a, struct point b) {
    calls++;
    int w = b.x - a.x;
    int h = b.y - a.y;
    return w * h;
}

int perimeter(struct point a, struct point b) {
    calls++;
    return 2 * ((b.x - a.x) + (b.y - a.y));
}
"""

MAIN_C = """#include <stdio.h>
#include "shapes.h"
static const char *label = "shape";
int (*ops[])(struct point, struct point) = {area, perimeter};
int main(void) {
    struct point a = {1, 2}, b = {4, 6};
    for (int i = 0; i < 2; i++)
        printf("%s %s %d\\n", label, names[i], ops[i](a, b));
    printf("calls %d size %d\\n", calls, (int)sizeof(struct point));
    return calls;
}
"""

SHAPES_GDB = """set width 0
break area
break perimeter
run
bt
info args
finish
continue
info args
print calls
print names
ptype struct point
print sizeof(struct point)
info line area
info line perimeter
info functions ^(area|perimeter|main|twice|cube)$
info variables ^(calls|names|ops|label)$
"""


def scripted(root):
    ws = Workspace(root, "shapes")
    files = {"shapes.h": SHAPES_H, "shapes.c": SHAPES_C, "main.c": MAIN_C}
    inputs = ["main.c", "shapes.c"]
    g = ["-g"]

    def edit(file, old, new):
        if old not in files[file]:
            raise SystemExit("scripted edit does not apply: %r in %s" % (old, file))
        files[file] = files[file].replace(old, new, 1)

    steps = []

    def step(name, fn=None, expect_full=False, flags=g, ins=None):
        steps.append((name, fn, expect_full, flags, ins))

    step("first-build", None, expect_full=True)
    step("change-body", lambda: edit("shapes.c", "return w * h;", "return w * h + 1;"))
    step("grow-function", lambda: edit("shapes.c", "    return w * h + 1;",
         "".join("    if (w > %d) h += %d; else w += %d;\n" % (i, i, i) for i in range(40)) + "    return w * h + 1;"))
    step("shrink-function", lambda: edit("shapes.c", "".join("    if (w > %d) h += %d; else w += %d;\n" % (i, i, i) for i in range(40)), ""))
    step("add-function", lambda: (edit("shapes.c", "int perimeter(struct point a", "int twice(int v) { return 2 * v; }\n\nint perimeter(struct point a"),
                                   edit("shapes.h", "extern int calls;", "int twice(int v);\nextern int calls;"),
                                   edit("main.c", 'printf("calls %d', 'printf("twice %d\\n", twice(21));\n    printf("calls %d')))
    step("global-initializer", lambda: edit("shapes.c", "int calls;", "int calls = 40;"))
    step("string-literal", lambda: edit("main.c", '"shape"', '"rectangle"'))
    step("array-of-strings", lambda: edit("shapes.c", '{"area", "perimeter"}', '{"surface", "perimeter, all around"}'))
    step("struct-change", lambda: edit("shapes.h", "struct point { int x, y; };", "struct point { long tag; int x, y; };"))
    step("move-lines", lambda: edit("shapes.c", '#include "shapes.h"\n', '#include "shapes.h"\n/* two\n   new lines */\n\n'))
    step("move-function", lambda: (edit("shapes.c", "int twice(int v) { return 2 * v; }\n\n", ""),
                                    edit("shapes.c", "int calls = 40;", "int calls = 40;\nint twice(int v) { return 2 * v; }")))
    step("remove-function", lambda: (edit("shapes.c", "int twice(int v) { return 2 * v; }", ""),
                                      edit("shapes.h", "int twice(int v);\n", ""),
                                      edit("main.c", 'printf("twice %d\\n", twice(21));\n    ', "")))

    # a function the unit declares in its DWARF for two callers: it stays declared when the
    # first of them goes (the other is kept, unread)
    step("two-callers", lambda: (edit("shapes.c", '#include "shapes.h"\n', '#include "shapes.h"\n#include <stdlib.h>\nint first_caller(int v) { return abs(v) + 1; }\n'),
                                  edit("shapes.c", "    int h = b.y - a.y;", "    int h = abs(b.y - a.y);")))
    step("first-caller-removed", lambda: edit("shapes.c", "int first_caller(int v) { return abs(v) + 1; }\n", ""))

    def add_file():
        files["cube.c"] = "#include \"shapes.h\"\nint cube(int v) {\n    return v * v * v;\n}\n"
        edit("shapes.h", "extern int calls;", "int cube(int v);\nextern int calls;")
        edit("main.c", 'printf("calls %d', 'printf("cube %d\\n", cube(3));\n    printf("calls %d')
    step("add-file", add_file, ins=["main.c", "shapes.c", "cube.c"])
    step("change-new-file", lambda: edit("cube.c", "return v * v * v;", "return v * v * v - 1;"), ins=["main.c", "shapes.c", "cube.c"])

    def remove_file():
        del files["cube.c"]
        edit("shapes.h", "int cube(int v);\n", "")
        edit("main.c", 'printf("cube %d\\n", cube(3));\n    ', "")
    step("remove-file", remove_file, ins=["main.c", "shapes.c"])
    step("static-function", lambda: (edit("main.c", "int main(void) {", "static int helper(int v) { return v + 7; }\nint main(void) {"),
                                      edit("main.c", "return calls;", "return helper(calls) & 0x7f;")))
    step("static-function-change", lambda: edit("main.c", "return v + 7;", "return v + 9;"))
    step("thread-local", lambda: (edit("main.c", "static const char *label", "_Thread_local int tick = 5;\nstatic const char *label"),
                                   edit("main.c", "return helper(calls)", "tick += 2;\n    printf(\"tick %d\\n\", tick);\n    return helper(calls)")))
    step("thread-local-grows", lambda: edit("main.c", "_Thread_local int tick = 5;", "_Thread_local int tick = 5;\n_Thread_local long ticks[64] = {1, 2, 3};"))
    step("options-change", None, expect_full=True, flags=["-g", "-DEXTRA=1"])
    step("no-debug-info", None, expect_full=True, flags=[])
    step("no-debug-info-edit", lambda: edit("shapes.c", "calls++;\n    return 2", "calls += 2;\n    return 2"), flags=[])

    ok = True
    for name, fn, expect_full, flags, ins in steps:
        if fn:
            fn()
        if ins:
            inputs = ins
        ws.write(files)
        ok &= bool(check(ws, list(inputs), "incremental-shapes-" + name, SHAPES_GDB, expect_full, flags))
    return ok


# ---- function bodies skipped without reading them, and what must stop that ----

PP_H = """#define LEVEL 1
int where(void);
"""

PP_C = """#include <stdio.h>
#include "pp.h"
#define SCALE 3
#define END }
#define TWICE(x) \\
    ((x) + \\
     (x))

int where(void) { return __LINE__; }

int counted(void) {
    return __COUNTER__ * 10 + __COUNTER__;
}

int scaled(int v) {
    /* a comment
       over lines */
    return TWICE(v) * SCALE;
}

int conditional(int v) {
#if LEVEL > 1
    return v + 100;
#else
    return v - 100;
#endif
}

int ends_by_macro(int v) {
    return v + 1;
END

int packed(void) {
    struct s { char c; int i; };
    return (int)sizeof(struct s) + (int)sizeof "a } brace";
}

struct later { char c; int i; };

int main(void) {
    printf("%d %d %d %d %d %d %d\\n", where(), counted(), scaled(2), conditional(5), ends_by_macro(1), packed(),
           (int)sizeof(struct later));
    return 0;
}
"""

PP_GDB = """set width 0
break scaled
run
bt
info line where
info line packed
info line main
finish
"""


def run_sequence(root, label, files, inputs, gdb_script, steps, minimum):
    """Scripted steps over files, built with -g: (name, (file, old, new) or None, whether a full
    build is expected, a number for check()'s argument named minimum)."""
    ws = Workspace(root, label)
    ok = True
    for name, change, expect_full, least in steps:
        if change:
            file, old, new = change
            if old not in files[file]:
                raise SystemExit("scripted edit does not apply: %r in %s" % (old, file))
            files[file] = files[file].replace(old, new, 1)
        ws.write(files)
        ok &= bool(check(ws, inputs, "incremental-%s-%s" % (label, name), gdb_script, expect_full, ["-g"], **{minimum: least}))
    return ok


def scripted_preprocessor(root):
    """Bodies an update skips unread, and the preprocessor's part in that: __LINE__ and
    __COUNTER__ in a body, macros redefined before a body (in the file or in a header), a body
    with directives in it, a body ended by a macro, a #pragma pack in a body."""
    files = {"pp.h": PP_H, "pp.c": PP_C}
    steps = [
        ("first-build", None, True, 0),
        # where() must move with its __LINE__ (main() too: it calls where(), whose line its debug
        # information holds); the other bodies below are the same text
        ("shift-lines", ("pp.c", "#define SCALE 3\n", "#define SCALE 3\n\n/* moved */\n"), False, 2),
        ("change-one-body", ("pp.c", "return v + 1;", "return v + 2;"), False, 3),
        ("macro-in-file", ("pp.c", "#define SCALE 3", "#define SCALE 4"), False, 0),
        ("macro-in-header", ("pp.h", "#define LEVEL 1", "#define LEVEL 2"), False, 0),
        ("macro-between-bodies", ("pp.c", "int scaled(int v) {", "#undef SCALE\n#define SCALE 6\nint scaled(int v) {"), False, 0),
        # counted() must see the counter advanced by where()
        ("counter-before", ("pp.c", "return __LINE__;", "return __LINE__ + __COUNTER__ * 0;"), False, 0),
        ("pragma-pack-in-body", ("pp.c", "    struct s { char c; int i; };", "#pragma pack(1)\n    struct s { char c; int i; };"), False, 1),
        ("pragma-pack-gone", ("pp.c", "#pragma pack(1)\n", ""), False, 1),
        ("body-after-directives", ("pp.c", "return v + 2;", "return v + 3;"), False, 3),
    ]
    return run_sequence(root, "pp", files, ["pp.c"], PP_GDB, steps, "unread_at_least")


# ---- declarations replayed ----

DECL_CONFIG_H = """typedef int num;
enum { COUNT = 4 };
struct pair { int a, b; };
"""

DECL_H = """#ifndef DECL_H
#define DECL_H
typedef struct pair pair_t;
extern int table[COUNT];
extern char scratch[sizeof(struct pair)];
num twice(num v); /* doubles v; a ';' in a comment */
// widen and narrow: one declaration, two declarators
long long widen(num v), narrow(long long v);

const pair_t *first_pair(void);
int sum_pair(const struct pair *p);
extern const char *const names[];
typedef num (*num_fn)(num);
num apply(num_fn f, num v);
#endif
"""

DECL_A = """#include "config.h"
#include "decl.h"
int table[COUNT] = {1, 2, 3, 4};
char scratch[sizeof(struct pair)];
static const struct pair the_pair = {3, 4};
num twice(num v) { return v * 2; }
long long widen(num v) { return (long long)v << 20; }
long long narrow(long long v) { return v >> 20; }
const pair_t *first_pair(void) { return &the_pair; }
int sum_pair(const struct pair *p) { return p->a + p->b; }
const char *const names[] = {"zero", "one"};
num apply(num_fn f, num v) { return f(v); }
"""

# A name a header declares is only made when it is first needed (here inside a function where
# block-scope names hide the typedef and the tag its type names).
DECL_B = """#include "config.h"
#include "decl.h"
int shadowed(int x) {
    int pair_t = x;                      /* hides the typedef first_pair's type names */
    struct pair { char c; } local = {1}; /* and the tag sum_pair's type names */
    extern int table[];                  /* declares again a name the header declared */
    return (int)twice(pair_t) + sum_pair(first_pair()) + table[0] + local.c;
}
long long round_trip(int v) { return narrow(widen(v)); } /* kept by updates: its DWARF declares both */
"""

DECL_MAIN = """#include <stdio.h>
#include "config.h"
#include "decl.h"
int local_proto(int);
int shadowed(int);
int main(void) {
    printf("%d %d %lld %lld %d %s %lld %d %d %d\\n", (int)sizeof table, (int)sizeof scratch, (long long)twice(3),
           widen(5), sum_pair(first_pair()), names[1], (long long)apply(twice, 7), local_proto(1), (int)sizeof(num),
           shadowed(2));
    return 0;
}
int local_proto(int v) { return v + 1; }
"""

DECL_GDB = """set width 0
break twice
run
bt
ptype twice
ptype table
whatis scratch
finish
"""


def scripted_declarations(root):
    """File-scope declarations (prototypes, extern objects, typedefs) an update replays without
    reading them, and what must stop that: the names they use changing meaning in a header
    that comes before (an enumeration constant in an array size, a struct in a sizeof, a
    typedef), a macro taking a typedef's place, a header edited, the file shifted around them."""
    files = {"config.h": DECL_CONFIG_H, "decl.h": DECL_H, "a.c": DECL_A, "b.c": DECL_B, "main.c": DECL_MAIN}
    steps = [
        ("first-build", None, True, 0),
        # decl.h's 10 declarations and config.h's typedef, in a.c
        ("body-edit", ("a.c", "return v * 2;", "return v * 3;"), False, 11),
        ("names-hidden", ("b.c", "+ local.c;", "+ local.c * 2;"), False, 11),
        # decl.h's text is the same, what its declarations use is not
        ("enum-in-array-size", ("config.h", "COUNT = 4", "COUNT = 8"), False, 0),
        ("struct-in-sizeof", ("config.h", "int a, b;", "int a, b, c;"), False, 0),
        ("typedef-changed", ("config.h", "typedef int num;", "typedef long long num;"), False, 0),
        ("main-shifted", ("main.c", "#include <stdio.h>\n", "/* shifted */\n\n#include <stdio.h>\n"), False, 10),
        ("decl-in-main-before", ("main.c", "#include \"decl.h\"\n", "typedef int extra_t;\n#include \"decl.h\"\n"), False, 10),
        ("header-edited", ("decl.h", "num twice(num v);", "num twice(num v);\nint unused_proto(int);"), False, 0),
        ("macro-for-typedef", ("config.h", "typedef long long num;", "#define num long long"), False, 0),
        # not the two that start with the macro: a declaration is replayed from where its first
        # token was read in its file
        ("body-edit-again", ("a.c", "return v * 3;", "return v * 4;"), False, 9),
    ]
    return run_sequence(root, "decl", files, ["a.c", "b.c", "main.c"], DECL_GDB, steps, "replayed_at_least")


LARGE_GDB = """set width 0
break main
run
bt
continue
"""


def scripted_large(root):
    """A program of more symbols and atoms than a piece of the state holds (RECORD_CHUNK in
    linker/state.c): updates rewrite some of their chunks and read back the others."""
    gen = os.path.join(root, "large-src")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_large.py"), "--lines", "30000", "--files", "4",
                    "--dir", gen], check=True, capture_output=True)
    files = {}
    for n in sorted(os.listdir(gen)):
        with open(os.path.join(gen, n)) as f:
            files[n] = f.read()
    inputs = sorted(n for n in files if n.endswith(".c"))
    steps = [("first-build", None, True, 0),
             ("one-function", ("unit2.c", "unsigned x = a ^ ", "unsigned x = a + 1u ^ "), False, 0),
             ("new-function", ("unit4.c", "#include", "int added_late(int v) { return v * 3; }\n#include"), False, 0),
             ("another-file", ("unit1.c", "unsigned x = a ^ ", "unsigned x = a - 1u ^ "), False, 0)]
    run_sequence(root, "large", files, inputs, LARGE_GDB, steps, "unread_at_least")


# ---- recovery ----

def state_records(state):
    """(kind, offset, length) of the bytes of every record of the state file (docs/incremental.md:
    a header of 64 bytes, then records of a kind byte, 7 zeros, key, length and the bytes, each
    at a multiple of 8), up to the end its header names; 'm' is a root, the others are pieces"""
    with open(state, "rb") as f:
        data = f.read()
    end = min(struct.unpack_from("<Q", data, 32)[0], len(data)) if len(data) >= 64 else 0
    at, records = 64, []
    while at + 24 <= end:
        length = struct.unpack_from("<Q", data, at + 16)[0]
        records.append((chr(data[at]), at + 24, length))
        at += (24 + length + 7) // 8 * 8
    return records


def state_committed(state):
    """whether the state file ends where its header says (no save under way)"""
    with open(state, "rb") as f:
        header = f.read(64)
    return len(header) == 64 and struct.unpack_from("<Q", header, 32)[0] == os.path.getsize(state)


def damage_pieces(store, kind):
    """Flips a byte in the middle of every piece in the state file whose kind starts with kind."""
    state = os.path.join(store, "state")
    pieces = [(off, n) for k, off, n in state_records(state) if k != "m" and k.startswith(kind) and n]
    with open(state, "r+b") as f:
        for off, n in pieces:
            f.seek(off + n // 2)
            byte = f.read(1)[0]
            f.seek(off + n // 2)
            f.write(bytes([byte ^ 0xff]))
    return pieces


def recovery(root):
    ws = Workspace(root, "recovery")
    files = {"shapes.h": SHAPES_H, "shapes.c": SHAPES_C, "main.c": MAIN_C}
    ws.write(files)
    inputs = ["main.c", "shapes.c"]
    check(ws, inputs, "incremental-recovery-first-build", SHAPES_GDB, True, ["-g"])
    store = ws.path("app.mica-state")
    state = os.path.join(store, "state")

    def modify(n):
        files["shapes.c"] = files["shapes.c"].replace("calls++;", "calls += %d;" % n, 1) if "calls++;" in files["shapes.c"] \
            else re.sub(r"calls \+= \d+;", "calls += %d;" % n, files["shapes.c"], count=1)
        ws.write(files)

    shutil.rmtree(store)
    modify(2)
    check(ws, inputs, "incremental-recovery-state-missing", SHAPES_GDB, True, ["-g"])
    with open(state, "r+b") as f:
        data = bytearray(f.read())
        for i in range(64, len(data), 97):
            data[i] ^= 0x5a
        f.seek(0)
        f.write(data)
    modify(3)
    check(ws, inputs, "incremental-recovery-state-damaged", SHAPES_GDB, True, ["-g"])
    with open(state, "r+b") as f:
        f.truncate(os.path.getsize(state) // 2)
    modify(4)
    check(ws, inputs, "incremental-recovery-state-truncated", SHAPES_GDB, True, ["-g"])
    with open(state, "r+b") as f:
        f.write(b"NOTMICA!")
    # what a full build finds beside the state goes: a piece of an older mica's state
    # directory and the file of a save that was killed
    leftovers = [os.path.join(store, n) for n in ("d0123456789abcdef", "state.tmp.99999")]
    for n in leftovers:
        with open(n, "wb") as f:
            f.write(b"left over")
    modify(5)
    if check(ws, inputs, "incremental-recovery-state-foreign", SHAPES_GDB, True, ["-g"]):
        left = [os.path.basename(n) for n in leftovers if os.path.exists(n)]
        emit(not left, "incremental-recovery-leftovers-removed", "still there: %s" % left)
    damage_pieces(store, "")  # the pieces an update reads back: declaration records, debug information, ...
    modify(12)
    check(ws, inputs, "incremental-recovery-pieces-damaged", SHAPES_GDB, True, ["-g"])
    with open(state, "r+b") as f:  # the header: the length of the root it names
        f.seek(20)
        f.write(b"\x7f")
    modify(13)
    check(ws, inputs, "incremental-recovery-header-damaged", SHAPES_GDB, True, ["-g"])
    os.unlink(ws.path("app"))
    modify(6)
    check(ws, inputs, "incremental-recovery-output-missing", SHAPES_GDB, True, ["-g"])
    rc, _, err = run(MICA + ["-g"] + inputs + ["-o", "app"], ws.dir)  # the output replaced by another build
    modify(7)
    check(ws, inputs, "incremental-recovery-output-replaced", SHAPES_GDB, True, ["-g"])
    # killed part-way: stopped in the middle of patching the output, then killed
    modify(8)
    for name, where, skip in (("patching", "pwrite", 3), ("saving-state", "store_commit", 0)):
        modify(9 if name == "patching" else 10)
        script = ["set breakpoint pending on", "break " + where, "run"] + ["continue"] * skip + ["kill", "quit"]
        rc, out, err = run([GDB, "-nx", "-batch"] + sum([["-ex", c] for c in script], []) + ["--args"] + MICA +
                           ["--incremental", "-g"] + inputs + ["-o", "app"], ws.dir)
        stopped = "Breakpoint 1," in out
        if not stopped:
            emit(False, "incremental-recovery-killed-" + name, "mica did not stop at %s: %s" % (where, first(out + err)))
            continue
        check(ws, inputs, "incremental-recovery-killed-" + name, SHAPES_GDB, True, ["-g"])
    # an update after the recoveries is incremental again
    modify(11)
    check(ws, inputs, "incremental-recovery-then-update", SHAPES_GDB, False, ["-g"])
    # a damaged book of declaration recipes is a shortcut lost, not a reason for a full build;
    # a damaged group of relocations is found when the update reads it back: a full build
    for kind, n, what, name, full in (("b", 14, "book of declaration recipes", "book-damaged", False),
                                      ("x", 15, "group of relocations", "relocations-damaged", True),
                                      ("a", 16, "piece of an array (the GOT, the index of the globals, ...)",
                                       "array-damaged", True)):
        damaged = damage_pieces(store, kind)
        modify(n)
        if not damaged:
            emit(False, "incremental-recovery-" + name, "the state has no " + what)
        else:
            check(ws, inputs, "incremental-recovery-" + name, SHAPES_GDB, full, ["-g"])
    # a build with errors leaves the output and the state as they were
    files["shapes.c"] = files["shapes.c"].replace("int w =", "int w = undeclared +", 1)
    ws.write(files)
    before = open(ws.path("app"), "rb").read()
    rc, out, err = run(MICA + ["--incremental", "-g"] + inputs + ["-o", "app"], ws.dir)
    after = open(ws.path("app"), "rb").read()
    emit(rc != 0 and "error" in err and before == after, "incremental-recovery-error-keeps-output",
         "exit %d, output %s: %s" % (rc, "unchanged" if before == after else "changed", first(err)))
    files["shapes.c"] = files["shapes.c"].replace("int w = undeclared +", "int w =", 1)
    ws.write(files)
    check(ws, inputs, "incremental-recovery-after-error", SHAPES_GDB, False, ["-g"])


def state_bounded(root):
    """With the default allowance for dead bytes, a small program's state file is written anew
    before it holds more than a megabyte of them: 120 updates append about 2 MB."""
    ws = Workspace(root, "bounded")
    files = {"shapes.h": SHAPES_H, "shapes.c": SHAPES_C, "main.c": MAIN_C}
    inputs = ["main.c", "shapes.c"]
    state = ws.path("app.mica-state/state")
    sizes = []
    for n in range(121):
        files["shapes.c"] = re.sub(r"return w \* h[^;]*;", "return w * h + %d;" % n, files["shapes.c"])
        ws.write(files)
        rc, out, err = run(MICA + ["--incremental", "-g"] + inputs + ["-o", "app"], ws.dir)
        if rc != 0:
            return emit(False, "incremental-state-bounded", "update %d failed: %s" % (n, first(err)))
        sizes.append(os.path.getsize(state))
    rc, _, err = run(MICA + ["-g"] + inputs + ["-o", "clean"], ws.dir)
    same = rc == 0 and run(TARGET_RUN + ["./app"], ws.dir)[:2] == run(TARGET_RUN + ["./clean"], ws.dir)[:2]
    bound = 2 * sizes[0] + (1 << 20) + 65536
    emit(same and max(sizes) <= bound and any(b < a for a, b in zip(sizes, sizes[1:])), "incremental-state-bounded",
         "the output differs from a clean build" if not same else
         "state file sizes %d..%d (bound %d), shrank: %s" % (min(sizes), max(sizes), bound,
                                                             any(b < a for a, b in zip(sizes, sizes[1:]))))


# ---- random edits on a generated program ----

class Fn:
    def __init__(self, name, file, static=False):
        self.name, self.file, self.static = name, file, static
        self.stmts = []
        self.blank = 0  # blank lines above it


class Model:
    """A program: a header with structs and declarations, files of functions and globals, and a
    main that calls every function and prints every global. Every edit keeps it valid C."""

    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.files = ["main.c"]
        self.order = {"main.c": []}  # file -> item names in order
        self.fns = {}
        self.ints = {}      # global int name -> (file, value)
        self.arrays = {}    # global array name -> (file, length)
        self.ptrs = {}      # pointer global -> target global
        self.strs = {}      # string global -> (file, text)
        self.recs = {"rec0": ["int x", "int y"]}
        self.tables = {}    # table name -> (file, [functions])
        self.tls = {}       # thread-local -> (file, value)
        for _ in range(3):
            self.add_file()
        for _ in range(14):
            self.add_function()
        for _ in range(4):
            self.add_global()

    def fresh(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def user_files(self):
        return [f for f in self.files if f != "main.c"]

    def add_file(self):
        name = self.fresh("unit") + ".c"
        self.files.append(name)
        self.order[name] = []
        return name

    def callable_from(self, fn):
        """functions fn may call without recursion: those made before it, visible to it"""
        names = sorted(self.fns, key=lambda k: int(re.sub(r"\D", "", k)))
        out = []
        for k in names:
            if k == fn.name:
                break
            g = self.fns[k]
            if not g.static or g.file == fn.file:
                out.append(k)
        return out

    def statement(self, fn):
        r = self.rng
        kinds = ["arith", "loop", "cond", "string", "local_rec"]
        if self.ints:
            kinds.append("global")
        if self.arrays:
            kinds.append("array")
        if self.callable_from(fn):
            kinds += ["call", "call"]
        if self.tls:
            kinds.append("tls")
        k = r.choice(kinds)
        if k == "arith":
            return "r = r * %du + %du;" % (r.randint(2, 40), r.randint(0, 999))
        if k == "loop":
            return "for (int i = 0; i < %d; i++) r = r * 3u + (unsigned)i;" % r.randint(1, 9)
        if k == "cond":
            return "if (r & %du) r += %du; else r ^= %du;" % (r.randint(1, 15), r.randint(1, 99), r.randint(1, 99))
        if k == "string":
            return 'r += (unsigned)strlen("%s");' % r.choice(["a", "bb", "ccc", "text", "longer text", "x y z"])
        if k == "local_rec":
            rec = r.choice(sorted(self.recs))
            return "{ struct %s t = {.x = (int)(r & 15u), .y = %d}; r += (unsigned)t.x * 7u + (unsigned)t.y + (unsigned)sizeof t; }" % (rec, r.randint(0, 9))
        if k == "global":
            return "r ^= (unsigned)%s;" % r.choice(sorted(self.ints))
        if k == "array":
            a = r.choice(sorted(self.arrays))  # its length may change: the index follows it
            return "r += (unsigned)%s[r %% (unsigned)(sizeof %s / sizeof %s[0])];" % (a, a, a)
        if k == "tls":
            t = r.choice(sorted(self.tls))
            return "%s += 1; r += (unsigned)%s;" % (t, t)
        callee = r.choice(self.callable_from(fn))
        return "r += (unsigned)%s((int)(r & 255u), %d);" % (callee, r.randint(0, 9))

    def add_function(self, file=None):
        file = file or self.rng.choice(self.user_files())
        fn = Fn(self.fresh("f"), file, static=self.rng.random() < 0.2)
        fn.stmts = [self.statement(fn) for _ in range(self.rng.randint(1, 4))]
        self.fns[fn.name] = fn
        pos = self.rng.randint(0, len(self.order[file]))
        self.order[file].insert(pos, fn.name)
        return fn

    def add_global(self):
        r = self.rng
        file = r.choice(self.user_files())
        kind = r.choice(["int", "int", "array", "ptr", "str", "table", "tls"])
        if kind == "int" or (kind == "ptr" and not self.ints):
            name = self.fresh("g")
            self.ints[name] = (file, r.randint(-50, 500))
        elif kind == "array":
            name = self.fresh("arr")
            self.arrays[name] = (file, r.randint(1, 12))
        elif kind == "ptr":
            name = self.fresh("p")
            self.ptrs[name] = (file, r.choice(sorted(self.ints)))
        elif kind == "str":
            name = self.fresh("s")
            self.strs[name] = (file, r.choice(["one", "two words", "three little words"]))
        elif kind == "table":
            name = self.fresh("table")
            visible = [k for k, f in self.fns.items() if not f.static]
            self.tables[name] = (file, r.sample(visible, min(len(visible), 3)))
        else:
            name = self.fresh("tls")
            self.tls[name] = (file, r.randint(0, 9))
        self.order[file].append(name)

    def remove_function(self, name):
        fn = self.fns.pop(name)
        self.order[fn.file].remove(name)
        for g in self.fns.values():
            g.stmts = [s for s in g.stmts if not re.search(r"\b%s\(" % name, s)] or ["r += 1u;"]
        for t, (file, fs) in list(self.tables.items()):
            self.tables[t] = (file, [f for f in fs if f != name])

    # -- rendering --

    def rec_defs(self):
        return "".join("struct %s { %s; };\n" % (k, "; ".join(v)) for k, v in sorted(self.recs.items()))

    def decl(self, name, extern):
        if name in self.fns:
            fn = self.fns[name]
            return "%sint %s(int a, int b)" % ("static " if fn.static else "", name)
        pre = "extern " if extern else ""
        if name in self.ints:
            return "%sint %s" % (pre, name)
        if name in self.arrays:
            return "%sint %s[%d]" % (pre, name, self.arrays[name][1])
        if name in self.ptrs:
            return "%sint *%s" % (pre, name)
        if name in self.strs:
            return "%sconst char *%s" % (pre, name)
        if name in self.tables:
            return "%sint (*%s[%d])(int, int)" % (pre, name, max(1, len(self.tables[name][1])))
        return "%s_Thread_local int %s" % (pre, name)

    def define(self, name):
        if name in self.fns:
            fn = self.fns[name]
            body = "".join("    %s\n" % s for s in fn.stmts)
            return "\n" * fn.blank + "%s {\n    unsigned r = (unsigned)a * 3u + (unsigned)b;\n%s    return (int)(r & 0x7fffffffu);\n}\n" % (self.decl(name, False), body)
        if name in self.ints:
            return "%s = %d;\n" % (self.decl(name, False), self.ints[name][1])
        if name in self.arrays:
            n = self.arrays[name][1]
            return "%s = {%s};\n" % (self.decl(name, False), ", ".join(str(i * 7 % 11) for i in range(n)))
        if name in self.ptrs:
            return "%s = &%s;\n" % (self.decl(name, False), self.ptrs[name][1])
        if name in self.strs:
            return '%s = "%s";\n' % (self.decl(name, False), self.strs[name][1])
        if name in self.tables:
            fs = self.tables[name][1]
            return "%s = {%s};\n" % (self.decl(name, False), ", ".join(fs) if fs else "0")
        return "%s = %d;\n" % (self.decl(name, False), self.tls[name][1])

    def render(self):
        out = {}
        h = "#include <string.h>\n" + self.rec_defs()
        for name in sorted(self.fns):
            if not self.fns[name].static:
                h += self.decl(name, True) + ";\n"
        for group in (self.ints, self.arrays, self.ptrs, self.strs, self.tables, self.tls):
            for name in sorted(group):
                h += self.decl(name, True) + ";\n"
        out["common.h"] = h
        for file in self.user_files():
            text = '#include "common.h"\n'
            statics = [n for n in self.order[file] if n in self.fns and self.fns[n].static]
            text += "".join(self.decl(n, False) + ";\n" for n in statics)
            text += "".join(self.define(n) for n in self.order[file])
            out[file] = text
        m = '#include <stdio.h>\n#include "common.h"\nint main(void) {\n    unsigned sum = 0;\n'
        for name in sorted(self.fns):
            fn = self.fns[name]
            if not fn.static:
                m += '    printf("%s %%d\\n", %s(3, 4));\n' % (name, name)
            else:  # reached through a table-free wrapper: statics are only called in their file
                pass
        for name in sorted(self.ints):
            m += '    printf("%s %%d\\n", %s);\n' % (name, name)
        for name in sorted(self.arrays):
            m += '    for (int i = 0; i < %d; i++) sum += (unsigned)%s[i];\n' % (self.arrays[name][1], name)
        for name in sorted(self.ptrs):
            m += '    printf("%s %%d\\n", *%s);\n' % (name, name)
        for name in sorted(self.strs):
            m += '    printf("%s %%s\\n", %s);\n' % (name, name)
        for name in sorted(self.tables):
            n = len(self.tables[name][1])
            if n:
                m += '    for (int i = 0; i < %d; i++) sum += (unsigned)%s[i](i, 2);\n' % (n, name)
        for name in sorted(self.tls):
            m += '    printf("%s %%d\\n", %s);\n' % (name, name)
        m += '    printf("sum %u size %d\\n", sum, (int)sizeof(struct rec0));\n    return (int)(sum & 63u);\n}\n'
        out["main.c"] = m
        return out

    def inputs(self):
        return ["main.c"] + self.user_files()

    def gdb_script(self):
        """break in two functions (their arguments, return values, the stack), print globals
        and a struct type, and list the program's functions and variables"""
        visible = sorted((k for k, f in self.fns.items() if not f.static), key=lambda k: int(k[1:]))
        targets = visible[:1] + visible[-1:]
        s = "set width 0\n" + "".join("break %s\n" % t for t in targets) + "run\nbt\ninfo args\nfinish\ncontinue\nbt\ninfo args\n"
        for name in sorted(self.ints)[:3] + sorted(self.strs)[:2] + sorted(self.arrays)[:2]:
            s += "print %s\n" % name
        for name in sorted(self.ptrs)[:2]:
            s += "print *%s\n" % name
        s += "ptype struct rec0\nprint sizeof(struct rec0)\n"
        for t in targets:
            s += "info line %s\n" % t
        s += "info functions ^f[0-9]+$\ninfo variables ^(g|arr|p|s|table)[0-9]+$\n"
        return s

    # -- edits --

    def edit(self):
        r = self.rng
        fns = sorted(self.fns)
        choices = ["body", "body", "grow", "shrink", "add_fn", "remove_fn", "global_init", "struct",
                   "string", "move_fn", "shift_lines", "add_global", "array_size", "table", "static_toggle"]
        if len(self.user_files()) < 5:
            choices.append("add_file")
        if len(self.user_files()) > 2:
            choices.append("remove_file")
        k = r.choice(choices)
        if k in ("body", "grow", "shrink", "string") and fns:
            fn = self.fns[r.choice(fns)]
            if k == "body":
                i = r.randrange(len(fn.stmts))
                fn.stmts[i] = self.statement(fn)
            elif k == "grow":
                for _ in range(r.randint(3, 12)):
                    fn.stmts.insert(r.randint(0, len(fn.stmts)), self.statement(fn))
            elif k == "shrink" and len(fn.stmts) > 1:
                del fn.stmts[r.randrange(len(fn.stmts))]
            else:
                fn.stmts.append('r += (unsigned)strlen("%s");' % r.choice(["literal", "other literal", "z"]))
            return "%s %s" % (k, fn.name)
        if k == "add_fn" or not fns:
            return "add_fn " + self.add_function().name
        if k == "remove_fn" and len(fns) > 3:
            name = r.choice(fns)
            self.remove_function(name)
            return "remove_fn " + name
        if k == "global_init" and self.ints:
            name = r.choice(sorted(self.ints))
            self.ints[name] = (self.ints[name][0], r.randint(-50, 500))
            return "global_init " + name
        if k == "struct":
            fields = self.recs["rec0"]
            pads = [f for f in fields if "pad" in f]
            if pads and r.random() < 0.4:
                fields.remove(r.choice(pads))
            else:
                fields.insert(r.randint(0, len(fields)), "%s %s" % (r.choice(["long", "char", "short", "int"]), self.fresh("pad")))
            return "struct rec0 " + ", ".join(fields)
        if k == "move_fn" and fns:
            fn = self.fns[r.choice(fns)]
            items = self.order[fn.file]
            items.remove(fn.name)
            items.insert(r.randint(0, len(items)), fn.name)
            return "move_fn " + fn.name
        if k == "shift_lines" and fns:
            fn = self.fns[r.choice(fns)]
            fn.blank = max(0, fn.blank + r.choice([-2, -1, 1, 2, 3]))
            return "shift_lines above " + fn.name
        if k == "add_global":
            self.add_global()
            return "add_global"
        if k == "array_size" and self.arrays:
            name = r.choice(sorted(self.arrays))
            self.arrays[name] = (self.arrays[name][0], r.randint(1, 40))
            return "array_size " + name
        if k == "table" and self.tables:
            name = r.choice(sorted(self.tables))
            visible = [f for f, v in self.fns.items() if not v.static]
            self.tables[name] = (self.tables[name][0], r.sample(visible, min(len(visible), r.randint(1, 4))))
            return "table " + name
        if k == "static_toggle" and fns:
            fn = self.fns[r.choice(fns)]
            callers = [g for g in self.fns.values() if g.file != fn.file and any(re.search(r"\b%s\(" % fn.name, s) for s in g.stmts)]
            in_tables = any(fn.name in fs for _, fs in self.tables.values())
            if not fn.static and (callers or in_tables):
                return self.edit()
            fn.static = not fn.static
            return "static_toggle " + fn.name
        if k == "add_file":
            f = self.add_file()
            for _ in range(r.randint(1, 3)):
                self.add_function(f)
            return "add_file " + f
        if k == "remove_file":
            f = r.choice(self.user_files()[1:])
            for name in list(self.order[f]):
                if name in self.fns:
                    self.remove_function(name)
            for group in (self.ints, self.arrays, self.ptrs, self.strs, self.tables, self.tls):
                for name in [n for n, v in group.items() if v[0] == f]:
                    del group[name]
            for p, (pf, target) in list(self.ptrs.items()):
                if target not in self.ints:
                    del self.ptrs[p]
                    self.order[pf].remove(p)
            gone = set(self.order[f])
            for g in self.fns.values():
                g.stmts = [s for s in g.stmts if not gone & set(re.findall(r"\w+", s))] or ["r += 1u;"]
            self.files.remove(f)
            del self.order[f]
            return "remove_file " + f
        return self.edit()


def random_edits(root, seed, steps):
    rng = random.Random(seed)
    model = Model(rng)
    ws = Workspace(root, "random")
    ws.write(model.render())
    if not check(ws, model.inputs(), "incremental-random-%d-first-build" % seed, model.gdb_script(), True, ["-g"]):
        return
    # with no allowance for dead bytes, the state file is written anew whenever they outgrow the
    # live ones: these updates go through both ways of saving (appended, and compacted)
    state = ws.path("app.mica-state/state")
    sizes = [os.path.getsize(state)]
    os.environ["MICA_STATE_GARBAGE"] = "0"
    try:
        random_steps(ws, model, seed, steps, sizes)
    finally:
        del os.environ["MICA_STATE_GARBAGE"]
    emit(any(b < a for a, b in zip(sizes, sizes[1:])) and any(b > a for a, b in zip(sizes, sizes[1:])),
         "incremental-random-%d-state-compacted" % seed,
         "the state file never shrank or never grew: %s" % sizes[:20])


def random_steps(ws, model, seed, steps, sizes):
    failures = 0
    for i in range(1, steps + 1):
        what = model.edit()
        ws.write(model.render())
        name = "incremental-random-%d-step-%03d (%s)" % (seed, i, what)
        if not check(ws, model.inputs(), name, model.gdb_script(), False, ["-g"]):
            failures += 1
            if failures >= 5:
                emit(False, "incremental-random-%d-stopped" % seed, "five failures: the rest of the sequence is skipped")
                return
            # build from scratch and go on from a known state
            shutil.rmtree(ws.path("app.mica-state"))
            check(ws, model.inputs(), name + " rebuilt", model.gdb_script(), True, ["-g"])
        sizes.append(os.path.getsize(ws.path("app.mica-state/state")))


class Watcher:
    """mica --watch in ws, read one status line at a time"""

    def __init__(self, ws, env=None):
        self.proc = subprocess.Popen(MICA + ["--watch", "-g", "main.c", "shapes.c", "-o", "app"], cwd=ws.dir,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     env=dict(os.environ, **(env or {})))
        self.lines = []
        self.pending = b""

    def line(self, timeout=30):
        """the next status line (diagnostics come before it), read without buffering ahead"""
        import select
        while True:
            while b"\n" not in self.pending:
                r, _, _ = select.select([self.proc.stdout], [], [], timeout)
                chunk = os.read(self.proc.stdout.fileno(), 4096) if r else b""
                if not chunk:
                    return None
                self.pending += chunk
            l, self.pending = self.pending.split(b"\n", 1)
            l = l.decode(errors="replace")
            self.lines.append(l.strip())
            if l.startswith("mica: app:"):
                return l

    def stop(self):
        self.proc.kill()
        self.proc.wait()


def watch(root):
    """--watch: rebuilds on save with one line per rebuild"""
    ws = Workspace(root, "watch")
    files = {"shapes.h": SHAPES_H, "shapes.c": SHAPES_C, "main.c": MAIN_C}
    ws.write(files)
    # with no allowance for dead bytes the watcher's saves also write the state file anew (the
    # file it keeps open is replaced under it)
    w = Watcher(ws, {"MICA_STATE_GARBAGE": "0"})
    line = w.line
    try:
        first_line = line(30)
        ok = first_line is not None and "full build" in first_line
        files["shapes.c"] = files["shapes.c"].replace("return w * h;", "return w * h * 2;")
        ws.write(files)
        second = line(30)
        ok = ok and second is not None and re.search(r"1 of \d+ declarations compiled .* bytes written, [\d.]+ ms", second)
        out = run(["./app"], ws.dir)[1] if ok else ""
        ok = ok and "area 24" in out
        files["shapes.c"] = files["shapes.c"].replace("return w * h * 2;", "return w * h * 2 +;")
        ws.write(files)
        third = line(30)
        ok = ok and third is not None and "build failed" in third
        files["shapes.c"] = files["shapes.c"].replace("return w * h * 2 +;", "return w * h * 3;")
        ws.write(files)
        fourth = line(30)
        ok = ok and fourth is not None and "declarations compiled" in fourth and "full" not in fourth
        out = run(["./app"], ws.dir)[1] if ok else ""
        ok = ok and "area 36" in out
        # a header: each rebuild reads the files afresh (nothing cached from the build before)
        files["shapes.h"] += "#define SCALE 3\n"
        ws.write(files)
        fifth = line(30)
        ok = ok and fifth is not None and "declarations compiled" in fifth and "full" not in fifth
        files["shapes.c"] = files["shapes.c"].replace("return w * h * 3;", "return w * h * SCALE;")
        ws.write(files)
        sixth = line(30)
        out = run(["./app"], ws.dir)[1] if ok and sixth is not None else ""
        ok = ok and "area 36" in out
        files["shapes.h"] = files["shapes.h"].replace("#define SCALE 3", "#define SCALE 4")
        ws.write(files)
        seventh = line(30)
        ok = ok and seventh is not None and re.search(r"[1-9]\d* of \d+ declarations compiled", seventh)
        out = run(["./app"], ws.dir)[1] if ok else ""
        ok = ok and "area 48" in out
        # the state file is written after the status line: once it is, it matches the output
        state = os.path.join(ws.dir, "app.mica-state", "state")
        deadline = time.time() + 20
        while ok and time.time() < deadline and (os.stat(state).st_mtime_ns < os.stat(os.path.join(ws.dir, "app")).st_mtime_ns
                                                 or not state_committed(state)):
            time.sleep(0.05)
        w.stop()
        after = run(MICA + ["--incremental", "--report", "-g", "main.c", "shapes.c", "-o", "app"], ws.dir)[1] if ok else ""
        ok = ok and re.search(r"app: 0 of \d+ declarations compiled", after)
        w.lines.append(after.strip())
        emit(bool(ok), "incremental-watch", "lines: " + " / ".join(l for l in w.lines if l))
    finally:
        w.stop()


def watch_from_state(root):
    """--watch started over the state of an earlier build: its first rebuild is an update, and
    the names of the symbols it read stay valid after its saves rewrite their chunks of the state
    (a new global, then rebuilds that look globals up by name)"""
    ws = Workspace(root, "watch-from-state")
    files = {"shapes.h": SHAPES_H, "shapes.c": SHAPES_C, "main.c": MAIN_C}
    ws.write(files)
    rc, out, err = run(MICA + ["--incremental", "-g", "main.c", "shapes.c", "-o", "app"], ws.dir)
    w = Watcher(ws)
    try:
        first_line = w.line(30)
        ok = rc == 0 and first_line is not None and "full" not in first_line
        steps = (("return w * h;", "return w * h * 2;\n}\nint shapes_extra(void) {\n    return 7;", "area 24"),
                 ("return w * h * 2;", "return w * h * 3;", "area 36"),
                 ("return 7;", "return area((struct point){0, 0}, (struct point){1, 1}) + 7;", "area 36"),
                 ("return w * h * 3;", "return w * h * 4;", "area 48"))
        for old, new, expect in steps:
            if not ok:
                break
            files["shapes.c"] = files["shapes.c"].replace(old, new)
            ws.write(files)
            status = w.line(30)
            ok = status is not None and "declarations compiled" in status and "full" not in status
            out = run(["./app"], ws.dir)[1] if ok else ""
            ok = ok and expect in out
        emit(bool(ok), "incremental-watch-from-state", "lines: " + " / ".join(l for l in w.lines if l))
    finally:
        w.stop()


def main():
    missing = [n for n, t in (("llvm-dwarfdump-14", DWARFDUMP), ("eu-elflint", ELFLINT), ("gdb", GDB),
                              ("gdb-multiarch", TARGET_GDB)) if not t]
    missing += [t for t in TARGET_RUN if not shutil.which(t)]
    if missing:
        emit(False, "incremental-tools", "not installed: " + ", ".join(missing))
        return
    root = tempfile.mkdtemp(prefix="mica-incremental.")
    try:
        scripted(root)
        scripted_preprocessor(root)
        scripted_declarations(root)
        scripted_large(root)
        if not TARGET_RUN:
            recovery(root)
            watch(root)
            watch_from_state(root)
            state_bounded(root)
        random_edits(root, int(os.environ.get("INCR_SEED", "20261121")),
                     int(os.environ.get("INCR_STEPS", "40" if TARGET_RUN else "220")))
    finally:
        if os.environ.get("KEEP") == "1":
            print("incremental test files kept in " + root, file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
