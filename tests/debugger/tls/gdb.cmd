break bump
run
whatis zt_count
ptype zt_last
whatis zt_buf
whatis calls
info address zt_count
info address zt_last
info address zt_buf
info address calls
# `output` does not enter the value history: the $N of later prints stay the same whichever
# of these fail
python
for name in ("zt_count", "zt_last", "calls", "zt_buf[1]"):
    try:
        gdb.execute("output " + name)
        print()
    except gdb.error as e:
        print("print %s: error: %s" % (name, e))
end
print zt_seen
continue
print zt_seen
finish
quit 99
