break fact if n == 2
run
bt
info frame
up
info locals
print n
up 2
print n
frame 4
print n
down
print n
frame
frame 0
print n
backtrace 3
backtrace -3
delete
break odd if n == 0
continue
bt
frame 2
info args
info locals
finish
finish
quit 99
