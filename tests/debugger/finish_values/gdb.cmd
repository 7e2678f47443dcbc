break ret_int
break ret_uchar
break ret_bool
break ret_ll
break ret_float
break ret_double
break ret_enum
break ret_str
break ret_two
break ret_ints
break ret_fl
break ret_mix
break ret_large
break ret_void
run
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
continue
finish
next
info locals
print $
print $$2
print $9.b
quit 99
