break *leaf
break *middle
run
bt
info frame
continue
bt
delete
python
# Step one instruction at a time through the whole of middle() (and the leaf() calls it
# makes) and check at every instruction that the backtrace is the expected chain of
# functions. The instructions differ between compilers; the unwinding must not.
def chain():
    names = []
    f = gdb.newest_frame()
    while f is not None and len(names) < 6:
        names.append(f.name())
        if f.name() == "main":
            break
        f = f.older()
    return names

bad = []
steps = 0
gdb.execute("set suppress-cli-notifications on")
while True:
    gdb.execute("stepi", to_string=True)
    steps += 1
    c = chain()
    if c[0] == "main":
        break
    want = ["leaf", "middle", "main"] if c[0] == "leaf" else ["middle", "main"]
    if c != want:
        sal = gdb.newest_frame().find_sal()
        bad.append("%s at line %d: %s" % (c[0], sal.line, " <- ".join(str(n) for n in c)))
gdb.execute("set suppress-cli-notifications off")
print("stepped through middle: %s" % ("every instruction unwinds correctly" if steps > 10 and not bad else "%d bad: %s" % (len(bad), "; ".join(bad[:5]))))
end
bt
python
# A breakpoint on every ret instruction of leaf and middle: the backtrace there must be right.
for fn in ("leaf", "middle"):
    start = int(gdb.parse_and_eval("&" + fn))
    block = gdb.block_for_pc(start)
    while block.function is None:
        block = block.superblock
    arch = gdb.selected_frame().architecture()
    for insn in arch.disassemble(block.start, block.end - 1):
        if insn["asm"].startswith("ret"):
            gdb.execute("break *%d" % insn["addr"], to_string=True)
            print("breakpoint on the return of %s, line %d" % (fn, gdb.find_pc_line(insn["addr"]).line))
end
continue
bt
continue
bt
finish
quit 99
