break parse
run -v 7 "two words" -x -v
info args
print argc
print argv[1]
print argv[3]
print *argv@argc
print argv[argc]
print *o
up
info args
print o
print argv[0] == 0
down
break prog.c:22 if bad == 0
continue
print a
print i
print *o
delete
finish
print o
print o.name
quit 99
