break prog.c:49
run
info locals
print lo
print hi
print/x hi
print hi.c
print lo.sc
print hi.uc
print/x lo.s
print/d hi.ull
print/t uc
print/o us
print/c 65
print hi.b
print lo.b
print hi.f
print hi.d
print f
print d
print ld
print ld * 2
print sizeof(lo)
whatis lo.c
whatis hi.sc
whatis hi.uc
whatis lo.us
whatis lo.ul
whatis lo.ll
whatis lo.ull
whatis hi.b
whatis hi.f
whatis ld
ptype struct all
ptype lo
break check
continue
print *p
print p->uc
print p->ll
whatis p
ptype p
info args
finish
quit 99
