list straight
list
list 1,3
list knr_style
list prog.c:24
info line straight
info line knr_style
info line one_liner
info line 7
info line prog.c:25
break straight
run
info line *$pc
disassemble /s
info frame
frame
up
info frame
list
disassemble /s straight
quit 99
