source list -f prog.c -l 5 -c 8
source list -n knr_style
source list -n main -c 4
breakpoint set --file prog.c --line 9
process launch
source list
frame info
disassemble --mixed --count 0
quit 99
