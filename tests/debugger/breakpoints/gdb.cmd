break prog.c:24
break collatz_steps if n == 27
tbreak longest
info breakpoints
run
info args
continue
print k
print most
print s
bt
condition 1 k > 20
continue
print k
print *best
disable 1
continue
print n
delete 2
break prog.c:11
ignore 4 100
continue
print steps
print n
info breakpoints
delete 4
enable 1
continue
print k
print s
finish
quit 99
