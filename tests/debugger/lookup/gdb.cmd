info functions ^zl_
info variables ^zl_
info types zl_
info address zl_helper
info address zl_global
info symbol zl_public
info symbol &zl_global
info symbol &zl_scale
info line zl_helper
break zl_helper
run
print $pc
x/s zl_label
x/dw &zl_global
print zl_public
print &zl_scale
print *&zl_scale
quit 99
