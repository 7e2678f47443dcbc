#include <stdio.h>

static int data[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
static int *p3 = &data[3];                       /* address constants */
static int *p_end = data + 8;
static const char *msg = "static string" + 7;    /* pointer into a literal */
static char buf[] = "modifiable";
static char *pbuf = buf + 3;
struct node { int v; struct node *next; };
static struct node n3 = { 3, NULL }, n2 = { 2, &n3 }, n1 = { 1, &n2 };
static struct node *head = &n1;
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int (*const ops[])(int, int) = { add, sub };
static struct { const char *name; int (*fn)(int, int); int *target; } table[] = { { "add", add, &data[0] }, { "sub", sub, &data[7] } };
static int **pp = &p3;
static const int size = sizeof data / sizeof data[0];
static long addr_diff_len = sizeof(buf) - 1;

int main(void) {
    printf("%d %d\n", *p3, (int)(p_end - data));
    printf("%s\n", msg);
    *pbuf = 'I';
    printf("%s\n", buf);
    int s = 0;
    for (struct node *n = head; n; n = n->next) s = s * 10 + n->v;
    printf("%d\n", s);
    printf("%d %d\n", ops[0](5, 3), ops[1](5, 3));
    for (int i = 0; i < 2; i++) printf("%s %d\n", table[i].name, table[i].fn(*table[i].target, 1));
    **pp = 99;
    printf("%d %d %ld\n", data[3], size, addr_diff_len);
    return 0;
}
