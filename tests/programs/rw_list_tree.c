/* Linked lists (singly, doubly, merge sort on lists) and trees (BST, AVL, traversals). */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct snode { int v; struct snode *next; };
struct dnode { int v; struct dnode *prev, *next; };
struct tnode { int key, height, count; struct tnode *left, *right; };

static uint32_t seed = 7;
static int rnd(int n) { seed = seed * 1103515245u + 12345u; return (int)((seed >> 8) % (uint32_t)n); }

/* singly linked */
static struct snode *push(struct snode *h, int v) { struct snode *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static struct snode *reverse(struct snode *h) { struct snode *p = NULL; while (h) { struct snode *n = h->next; h->next = p; p = h; h = n; } return p; }
static struct snode *merge(struct snode *a, struct snode *b) {
    struct snode head = { 0, NULL }, *t = &head;
    while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b;
    return head.next;
}
static struct snode *msort(struct snode *h) {
    if (!h || !h->next) return h;
    struct snode *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct snode *mid = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(mid));
}
static void free_s(struct snode *h) { while (h) { struct snode *n = h->next; free(h); h = n; } }

/* doubly linked with a sentinel */
static void dinsert_after(struct dnode *at, int v) { struct dnode *n = malloc(sizeof *n); n->v = v; n->prev = at; n->next = at->next; at->next->prev = n; at->next = n; }
static void dremove(struct dnode *n) { n->prev->next = n->next; n->next->prev = n->prev; free(n); }

/* AVL tree */
static int h(struct tnode *t) { return t ? t->height : 0; }
static void upd(struct tnode *t) { int a = h(t->left), b = h(t->right); t->height = (a > b ? a : b) + 1; }
static struct tnode *rot_right(struct tnode *y) { struct tnode *x = y->left; y->left = x->right; x->right = y; upd(y); upd(x); return x; }
static struct tnode *rot_left(struct tnode *x) { struct tnode *y = x->right; x->right = y->left; y->left = x; upd(x); upd(y); return y; }
static int rotations;
static struct tnode *balance(struct tnode *t) {
    upd(t);
    int bf = h(t->left) - h(t->right);
    if (bf > 1) { if (h(t->left->left) < h(t->left->right)) { t->left = rot_left(t->left); rotations++; } rotations++; return rot_right(t); }
    if (bf < -1) { if (h(t->right->right) < h(t->right->left)) { t->right = rot_right(t->right); rotations++; } rotations++; return rot_left(t); }
    return t;
}
static struct tnode *insert(struct tnode *t, int key, int avl) {
    if (!t) { t = calloc(1, sizeof *t); t->key = key; t->height = 1; t->count = 1; return t; }
    if (key < t->key) t->left = insert(t->left, key, avl);
    else if (key > t->key) t->right = insert(t->right, key, avl);
    else { t->count++; return t; }
    return avl ? balance(t) : (upd(t), t);
}
static struct tnode *min_node(struct tnode *t) { while (t->left) t = t->left; return t; }
static struct tnode *erase(struct tnode *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = erase(t->left, key);
    else if (key > t->key) t->right = erase(t->right, key);
    else {
        if (!t->left || !t->right) { struct tnode *c = t->left ? t->left : t->right; free(t); return c; }
        struct tnode *m = min_node(t->right);
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->right = erase(t->right, m->key);
    }
    return balance(t);
}
static long inorder_sum;
static int inorder_count, inorder_ok, last_key;
static void inorder(struct tnode *t) {
    if (!t) return;
    inorder(t->left);
    if (inorder_count && t->key <= last_key) inorder_ok = 0;
    last_key = t->key; inorder_count++; inorder_sum += (long)t->key * t->count;
    inorder(t->right);
}
static void preorder_print(struct tnode *t, int depth) {
    if (!t || depth > 3) return;
    printf("%*s%d (h%d)\n", depth * 2, "", t->key, t->height);
    preorder_print(t->left, depth + 1);
    preorder_print(t->right, depth + 1);
}
static void free_t(struct tnode *t) { if (t) { free_t(t->left); free_t(t->right); free(t); } }

int main(void) {
    struct snode *l = NULL;
    for (int i = 0; i < 20000; i++) l = push(l, rnd(100000));
    l = msort(l);
    int sorted = 1, n = 0;
    long sum = 0;
    for (struct snode *p = l; p; p = p->next) { n++; sum += p->v; if (p->next && p->v > p->next->v) sorted = 0; }
    printf("list: n %d sorted %d sum %ld first %d\n", n, sorted, sum, l->v);
    l = reverse(l);
    printf("reversed first %d\n", l->v);
    free_s(l);

    struct dnode sentinel = { 0, &sentinel, &sentinel };
    for (int i = 1; i <= 10; i++) dinsert_after(sentinel.prev, i);      /* append */
    for (struct dnode *p = sentinel.next; p != &sentinel;) { struct dnode *nx = p->next; if (p->v % 3 == 0) dremove(p); p = nx; }
    dinsert_after(&sentinel, 0);
    printf("dlist forward:");
    for (struct dnode *p = sentinel.next; p != &sentinel; p = p->next) printf(" %d", p->v);
    printf("\ndlist backward:");
    for (struct dnode *p = sentinel.prev; p != &sentinel; p = p->prev) printf(" %d", p->v);
    printf("\n");
    while (sentinel.next != &sentinel) dremove(sentinel.next);

    struct tnode *bst = NULL, *avl = NULL;
    for (int i = 0; i < 2000; i++) { bst = insert(bst, i, 0); }
    for (int i = 0; i < 2000; i++) { avl = insert(avl, i, 1); }
    printf("sequential inserts: bst height %d avl height %d rotations %d\n", h(bst), h(avl), rotations);
    free_t(bst);
    free_t(avl);
    avl = NULL; rotations = 0;
    for (int i = 0; i < 50000; i++) avl = insert(avl, rnd(30000), 1);
    inorder_sum = 0; inorder_count = 0; inorder_ok = 1;
    inorder(avl);
    printf("random avl: distinct %d sum %ld ordered %d height %d rotations %d\n", inorder_count, inorder_sum, inorder_ok, h(avl), rotations);
    for (int k = 0; k < 30000; k += 2) avl = erase(avl, k);
    inorder_sum = 0; inorder_count = 0; inorder_ok = 1;
    inorder(avl);
    printf("after erasing evens: distinct %d sum %ld ordered %d height %d\n", inorder_count, inorder_sum, inorder_ok, h(avl));
    preorder_print(avl, 0);
    free_t(avl);
    return 0;
}
