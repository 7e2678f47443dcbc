#include <stdio.h>
#include "plugin.h"
static struct plugin *head;          /* file-scope static list */
static int registered;
void register_plugin(struct plugin *p) { p->next = head; head = p; registered++; }
int run_all(int v) {
    for (struct plugin *p = head; p; p = p->next) { int nv = p->transform(v); printf("  %s: %d -> %d\n", p->name, v, nv); v = nv; }
    printf("  (%d plugins)\n", registered);
    return v;
}
