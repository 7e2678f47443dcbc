print zq_counter
print zq_zeroed
print zq_limit
print zq_name
print zq_ratio
print zq_table
print zq_other
print 'prog.c'::zq_hidden
print 'other.c'::zq_hidden
print tick::calls
print tick::total
print other_bump::calls
whatis zq_limit
ptype zq_name
whatis zq_table
info line tick
break tick if step == 3
run
bt
print calls
print total
print zq_counter
print &zq_counter
print *&zq_table[1]@2
info locals
finish
break other_bump
continue
print zq_hidden
print 'prog.c'::zq_hidden
next
next
next
info locals
print zq_other
up
print zq_zeroed
print last
continue
quit 99
