#!/usr/bin/env python3
"""Judges one debugger run of one test (see README.md): prints one PASS or FAIL line.

usage: compare.py NAME EXPECTED DIFFERENCES GCC_TRANSCRIPT GCC_STATUS MICA_TRANSCRIPT MICA_STATUS
                  GCC_DIR MICA_DIR OUT_PREFIX [TARGET_DIFFERENCES]
EXPECTED and DIFFERENCES may be '-' (none). Lines matching TARGET_DIFFERENCES (what the cross
target's gdb or C library shows differently) are dropped from the transcripts and the expected
chunks before anything is checked. OUT_PREFIX.{gcc,mica}.norm and OUT_PREFIX.diff are
written for inspection. Also usable as `compare.py --normalise FILE DIR...` to print the normalised
form of a transcript, and `compare.py --draft FILE DIR...` to print a draft .expected file
(one chunk per command) to be checked by hand.
"""
import difflib
import re
import sys

# Normalisation, applied to both transcripts before anything is compared. Each rule removes
# something that legitimately differs between two correct compilers (or between two runs).
DROP_LINES = [
    # instruction listings (disassemble, x/i): instruction choice is the compiler's business;
    # the source lines and function names that disassemble /s prints around them stay
    re.compile(r'^(=> |   )0x[0-9a-f]+ <[^>]*>:\t'),          # gdb
    re.compile(r'^(->|  )  0x[0-9a-f]+ <\+\d+>: '),              # lldb
    # lldb's caret under the column of the current location (columns: see below)
    re.compile(r'^\s+\^\s*$'),
    # lldb-14 from Debian without python3-lldb-14 complains once at startup
    re.compile(r'^Traceback \(most recent call last\):$'),
    re.compile(r'^  File "<string>", line 1, in <module>$'),
    re.compile(r"^ModuleNotFoundError: No module named 'lldb\.embedded_interpreter'$"),
]
SUBSTITUTE = [
    # lldb prints file:line:column; which column a statement's row carries is the compiler's
    # choice (gcc's columns are a heuristic), lines are what must agree
    (re.compile(r'(\.[ch]:\d+):\d+\b'), r'\1'),
    # offsets into code depend on instruction choice (prologue length...): gdb <f+12>,
    # lldb `f + 12 and ..text + 1234, and which PT_LOAD holds .text is the linker's layout
    (re.compile(r'<([A-Za-z_.$][\w.$@]*)\+\d+>'), r'<\1+OFF>'),
    (re.compile(r'(`[A-Za-z_.$][\w.$@]*) \+ \d+'), r'\1 + OFF'),
    (re.compile(r'(\.\.?[A-Za-z_][\w.]*) \+ \d+\)'), r'\1 + OFF)'),
    (re.compile(r'PT_LOAD\[\d+\]'), 'PT_LOAD[N]'),
    # lldb names types by the offset of their DIE in .debug_info
    (re.compile(r'\bid = \{0x[0-9a-f]+\}'), 'id = {DIE}'),
    # where a thread-local variable sits in the TLS block is the linker's layout
    (re.compile(r'thread-local variable at offset 0x[0-9a-f]+'),
     'thread-local variable at offset OFF'),
    # addresses: those of a static executable's code and data (0x400000..0x4fffff) and of
    # the stack and mmap areas (0x7f.. with 12 digits; 0x55.. with 10 under qemu-aarch64);
    # other hex numbers are values (print/x)
    (re.compile(r'0x0*(?:4[0-9a-fA-F]{5}|7f[0-9a-fA-F]{10}|55[0-9a-fA-F]{8})\b'), '0xADDR'),
    # gdb writes "0x... in " before a frame when its pc is not where a line-table row starts
    # (e.g. after finish, up, in bt): how finely a compiler splits a line into rows is its own
    # choice (gcc starts a row wherever the column changes), the function, arguments and line
    # that follow are what must agree
    (re.compile(r'^(#\d+\s+|(?:Temporary b|B)reakpoint \d+, )?0xADDR in '), r'\1'),
    # the name gdb gives the program counter in `info frame` (x86_64: rip)
    (re.compile(r'\b(saved )?rip = '), r'\1pc = '),
    # process ids
    (re.compile(r'\b([Pp]rocess) \d+'), r'\1 PID'),
    (re.compile(r'\b(pid|tid) = \d+'), r'\1 = PID'),
    (re.compile(r'\bLWP \d+'), 'LWP PID'),
]


def normalise(text, dirs):
    for d in sorted(dirs, key=len, reverse=True):
        text = text.replace(d + '/', 'DIR/').replace(d, 'DIR')
    out = []
    for line in text.split('\n'):
        line = line.rstrip()
        if any(p.search(line) for p in DROP_LINES):
            continue
        for pattern, replacement in SUBSTITUTE:
            line = pattern.sub(replacement, line)
        out.append(line)
    while out and out[-1] == '':
        out.pop()
    return out


def read_chunks(path):
    chunks, cur = [], []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f.read().split('\n'):
            if line == '---':
                chunks.append(cur)
                cur = []
            else:
                cur.append(line.rstrip())
    chunks.append(cur)
    result = []
    for c in chunks:
        while c and c[-1] == '':
            c.pop()
        while c and c[0] == '':
            c.pop(0)
        if c:
            result.append(c)
    return result


def read_differences(path):
    pats = []
    if path == '-':
        return pats
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            pats.append(re.compile(line))
    return pats


def find_chunk(lines, chunk, start):
    """Index just past the first occurrence of chunk (consecutive lines) at or after start, else
    None. The first and last line of a chunk may match the end / start of a transcript line."""
    n = len(chunk)
    for i in range(start, len(lines) - n + 1):
        if n == 1:
            if chunk[0] in lines[i]:
                return i + 1
            continue
        if not lines[i].endswith(chunk[0]):
            continue
        if lines[i + 1:i + n - 1] != chunk[1:n - 1]:
            continue
        if lines[i + n - 1].startswith(chunk[-1]):
            return i + n
    return None


def near_miss(lines, chunk, start):
    """Describe the closest partial match of chunk: the first expected line that differs."""
    best = (0, None)
    for i in range(start, len(lines)):
        k = 0
        while k < len(chunk) and i + k < len(lines) and (
                lines[i + k] == chunk[k] or (k == 0 and lines[i].endswith(chunk[0]))):
            k += 1
        if k > best[0]:
            best = (k, i)
    k, i = best
    if i is None or k == 0:
        return "its first line `%s` never appears" % clip(chunk[0])
    got = lines[i + k] if i + k < len(lines) else '<end of transcript>'
    return "after %d matching line(s) expected `%s` but got `%s`" % (k, clip(chunk[k]), clip(got))


def clip(s, n=110):
    s = s.replace('\t', ' ')
    return s if len(s) <= n else s[:n] + '...'


def check_chunks(lines, chunks):
    pos = 0
    for number, chunk in enumerate(chunks, 1):
        end = find_chunk(lines, chunk, pos)
        if end is None:
            return "expected chunk %d of %d not found: %s" % (number, len(chunks),
                                                               near_miss(lines, chunk, pos))
        pos = end
    return None


def first_error(lines):
    for i, line in enumerate(lines):
        if 'Error in sourced command file' in line:
            return clip(line + ' ' + (lines[i + 1] if i + 1 < len(lines) else ''), 200)
    for line in lines:
        if line.startswith('error: '):
            return clip(line, 200)
    return 'no error message; last line `%s`' % clip(lines[-1] if lines else '')


def draft(lines):
    """A first draft of a .expected file from a normalised transcript: one chunk per command
    (its echo line and its output), without the debugger's start-up and quit chatter. To be
    read and checked by hand, and trimmed to what the test is about."""
    chunks, cur = [], None
    for line in lines:
        if line.startswith('+') or line.startswith('(lldb) '):
            cur = [line]
            chunks.append(cur)
        elif cur is not None:
            cur.append(line)
    keep = []
    for c in chunks:
        cmd = c[0]
        if cmd in ('+quit 99', '(lldb) quit 99') or cmd.startswith('(lldb) command source'):
            continue
        while len(c) > 1 and c[-1] == '':
            c.pop()
        keep.append('\n'.join(c))
    return '\n---\n'.join(keep)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def main(argv):
    if len(argv) >= 2 and argv[0] == '--normalise':
        print('\n'.join(normalise(read(argv[1]), argv[2:])))
        return
    if len(argv) >= 2 and argv[0] == '--draft':
        print(draft(normalise(read(argv[1]), argv[2:])))
        return
    (name, expected, differences, gcc_t, gcc_status, mica_t, mica_status, gcc_dir, mica_dir,
     out) = argv[:10]
    dirs = [gcc_dir, mica_dir]
    target_pats = read_differences(argv[10] if len(argv) > 10 else '-')
    on_target = lambda ls: [l for l in ls if not any(p.search(l) for p in target_pats)]
    gcc = on_target(normalise(read(gcc_t), dirs))
    mica = on_target(normalise(read(mica_t), dirs))
    with open(out + '.gcc.norm', 'w') as f:
        f.write('\n'.join(gcc) + '\n')
    with open(out + '.mica.norm', 'w') as f:
        f.write('\n'.join(mica) + '\n')
    chunks = [c for c in (on_target(c) for c in (read_chunks(expected) if expected != '-' else [])) if c]

    # the test itself must hold for gcc's build
    if gcc_status != '99':
        print('FAIL %s: the test is wrong: with the gcc build the debugger exited %s, not 99 (%s)'
              % (name, gcc_status, first_error(gcc)))
        return
    problem = check_chunks(gcc, chunks)
    if problem:
        print('FAIL %s: the test is wrong: gcc build: %s' % (name, problem))
        return

    if mica_status != '99':
        why = 'timed out' if mica_status in ('124', '137') else 'exited %s, not 99' % mica_status
        print('FAIL %s: the debugger %s (%s)' % (name, why, first_error(mica)))
        return
    problem = check_chunks(mica, chunks)
    if problem:
        print('FAIL %s: %s' % (name, problem))
        return

    pats = read_differences(differences)
    keep = lambda ls: [l for l in ls if not any(p.search(l) for p in pats)]
    g, m = keep(gcc), keep(mica)
    if g != m:
        diff = list(difflib.unified_diff(g, m, 'gcc', 'mica', lineterm='', n=1))
        with open(out + '.diff', 'w') as f:
            f.write('\n'.join(diff) + '\n')
        shown = [clip(l, 100) for l in diff[2:] if l[:1] in '-+'][:6]
        print('FAIL %s: transcript differs from gcc\'s: %s' % (name, ' | '.join(shown)))
        return
    print('PASS %s' % name)


if __name__ == '__main__':
    main(sys.argv[1:])
