#include <stdio.h>
#include <stdlib.h>

struct node;                                   /* incomplete */
struct list { struct node *head; int size; };  /* pointers to incomplete types are fine */
typedef struct tree tree;                      /* typedef of an incomplete type */
struct node { int v; struct node *next; };     /* completed later */
struct tree { tree *left, *right; int key; };
extern int table[];                            /* incomplete array type */
int table[] = { 5, 6, 7, 8 };                  /* completed */

union u;
static union u *make(void);
union u { int i; float f; };
static union u *make(void) { static union u one = { 42 }; return &one; }

static int count(const tree *t) { return t ? 1 + count(t->left) + count(t->right) : 0; }

int main(void) {
    struct node n2 = { 2, NULL }, n1 = { 1, &n2 };
    struct list l = { &n1, 2 };
    int s = 0;
    for (struct node *p = l.head; p; p = p->next) s += p->v;
    printf("%d %d\n", s, l.size);
    tree leaves[2] = { { NULL, NULL, 1 }, { NULL, NULL, 3 } };
    tree root = { &leaves[0], &leaves[1], 2 };
    printf("%d\n", count(&root));
    printf("%d %d\n", (int)(sizeof table / sizeof table[0]), table[3]);
    printf("%d\n", make()->i);
    void *vp = &n1;                            /* void is the incomplete type that cannot be completed */
    printf("%d\n", ((struct node *)vp)->v);
    return 0;
}
