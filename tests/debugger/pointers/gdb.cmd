break sum_list
run
print *head
print head->next->value
print *head->next->next
print head->next->next->next
next
next
next
print *p
print p->value
print total
up
print *ip
print **ipp
print *ipp == ip
print **headp
print (*headp)->next->value
print *rowp
print (*rowp)[2]
print rowp[0][1]
print *ptrs[0]
print *ptrs[1]
print ptrs[2]
print ptrs[0][4]
print *ptrs[0]@6
print *h.ip
print (*h.link)->value
print h.row[1][2]
print *(struct node *)h.opaque
print h.label
print *h.label@3
print h.label[1]
print ip - &number
print sizeof(h)
whatis head
whatis headp
whatis *headp
whatis rowp
whatis *rowp
whatis ptrs
whatis h.opaque
ptype struct holder
ptype head
print a.next == &b
print &a.next
print *&a
print/x number
quit 99
