break handle
run
print *e
print e->x
print e->y
print e->range
print e->when > 0
ptype struct event
ptype e
whatis e->range
print s
print *s
print s->items[0]
ptype s
whatis s
print nowhere
ptype nowhere
whatis zi_table
print zi_table
print zi_table[2]
print sizeof(struct event)
break store_put
continue
print *s
print v
bt
finish
continue
print e->code
print e->key
print e->range
delete 2
finish
next
print r
continue
quit 99
