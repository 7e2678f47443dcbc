break score
run
print f
print f.mode
print f.delta
print f.big
print f.wide
print/x f
print f.on
print v[0]
print v[1].as.d
print v[2].as.s
print v[0].as
ptype struct flags
ptype struct value
ptype v->as
whatis v->as
up
print w
print/x w
print w.b
print w.u == 0x3f800000
print sizeof(fl)
print sizeof(w)
ptype w
ptype union word
set var fl.delta = -16
print fl.delta
set var fl.mode = 9
print fl.mode
print vals[1].as.i == 0x4004000000000000
quit 99
