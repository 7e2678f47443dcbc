break copy
run
info args
whatis dst
ptype dst
whatis src
whatis n
ptype n
whatis why
ptype why
whatis copy
ptype copy
next
next
next
whatis t
ptype t
whatis end
whatis cur
print end[-1]
print end - src
print *cur
whatis zc_limit
whatis zc_flag
whatis zc_status
whatis zc_reg
ptype zc_reg
whatis zc_title
whatis zc_cursor
whatis zc_ppv
ptype zc_ppv
print zc_title
print zc_reg
print/x zc_reg
up
whatis in
whatis cp
ptype cp
whatis p
whatis pp
whatis ppc
whatis vp
ptype vp
print cp
print *pp
print vp
whatis cpair_t
ptype cpair_t
whatis total_t
ptype total_t
whatis count_t
print (total_t)zc_limit
print sizeof(reg_t)
quit 99
