break weigh
run
info args
print c
print/d c
print lv
print p
print h
print (enum colour)1
print (enum level)-10
print RED
print BLUE + 1
print HIGH == 10
print sizeof(enum level)
whatis c
whatis h
ptype c
ptype lv
ptype p
ptype h
ptype heading
up
print none
print odd
print px
print all
print/d all
print all[0] == BLUE
print (enum perm)5
print (enum perm)16
print MAX_LEVEL
print/x MAX_LEVEL
whatis px.dir
quit 99
