break insert if it->key == 20
run
display it->key
display *head
print *head->next
print *head->next->next
print head->next->next->next
next
next
next
info display
print **link
print (*link)->tag
finish
undisplay 1
undisplay 2
print *head
print *head->next->next->next
watch -location head->next->next->next->next
continue
print *it
bt
delete
break length
continue
print *p
print p->next->next->next->next->key
print *p->next->next->next->next
finish
quit 99
