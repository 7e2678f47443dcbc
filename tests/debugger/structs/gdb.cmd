break area
run
print *r
print r->max
print r->max.y
print r->tag
up
print root
print root.base.color
print root.base.color.g
print root.children[0]->base.id
print *root.children[0]->base.parent->children[0]
print kid.base.parent->base.bounds.tag
set print pretty on
print kid
set print pretty off
ptype struct shape
ptype shape_t
whatis root.base
whatis root.base.bounds.min
ptype vec
whatis kid.base.color
ptype kid.base.color
print sizeof(struct rect)
print &kid.base.bounds
print *&kid.base.bounds
delete
break centre
continue
print r
print r.max
finish
next
print mid
quit 99
