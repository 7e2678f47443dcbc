break prog.c:11
break prog.c:14
break prog.c:16
break prog.c:21
run
info locals
print depth
continue
info locals
continue
info locals
delete 2 3
continue
info locals
print depth
print bonus
delete 1
continue
info locals
print depth
print tag
up
info locals
print result
down
finish
quit 99
