set can-use-hw-watchpoints 0
break main
run
watch zw_events
watch zw_total
continue
continue
bt
continue
info watchpoints
delete
set can-use-hw-watchpoints 1
break accumulate
continue
next
watch sum
continue
print i
continue
print i
continue
print s
info watchpoints
continue
quit 99
