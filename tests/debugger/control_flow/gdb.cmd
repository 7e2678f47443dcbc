break walk
run
next
next
next
next
next
step
info args
next
next
next
print kind
finish
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
next
print acc
print i
next
next
next
next
next
next
next
next
info locals
finish
quit 99
