#include <stdio.h>

typedef int myint;
typedef myint myint2;
typedef myint2 *pint;
typedef pint arr3_pint[3];
typedef arr3_pint *ptr_arr3_pint;
typedef int (*binop)(int, int);
typedef binop binop_table[2];
typedef const char *cstr;
typedef cstr cstr_pair[2];
typedef struct node node;
struct node { myint value; node *next; };
typedef node *(*node_fn)(node *);
typedef unsigned char byte;
typedef byte block[4][2];
typedef void vfn(int);             /* function type */
typedef vfn *vfn_ptr;
typedef int matrix[2][3];

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static node *advance(node *n) { return n->next; }
static int total;
static void accumulate(int v) { total += v; }
vfn declared_via_typedef;           /* function declaration through a typedef */
void declared_via_typedef(int v) { total -= v; }

int main(void) {
    myint2 a = 5, b = 6;
    pint pa = &a;
    arr3_pint arr = { &a, &b, pa };
    ptr_arr3_pint parr = &arr;
    printf("%d %d %d\n", *(*parr)[0], *(*parr)[1], *arr[2]);
    binop_table ops = { add, mul };
    printf("%d %d\n", ops[0](3, 4), ops[1](3, 4));
    cstr_pair pair = { "left", "right" };
    printf("%s %s\n", pair[0], pair[1]);
    node n3 = { 3, 0 }, n2 = { 2, &n3 }, n1 = { 1, &n2 };
    node_fn step = advance;
    printf("%d %d\n", step(&n1)->value, step(step(&n1))->value);
    block blk;
    printf("sizeof block %d, sizeof block[0] %d\n", (int)sizeof blk, (int)sizeof blk[0]);
    for (int i = 0; i < 4; i++) for (int j = 0; j < 2; j++) blk[i][j] = (byte)(i * 16 + j + 250);
    int s = 0;
    for (int i = 0; i < 4; i++) for (int j = 0; j < 2; j++) s += blk[i][j];
    printf("block sum %d\n", s);
    vfn_ptr f = accumulate;
    f(10); f(32);
    vfn *g = declared_via_typedef;
    g(2);
    printf("total %d\n", total);
    matrix m = { { 1, 2, 3 }, { 4, 5, 6 } };
    matrix *pm = &m;
    printf("%d %d %d\n", (*pm)[1][2], (int)sizeof(matrix), (int)sizeof(*pm)[0]);
    {
        typedef double myint;       /* shadowing a typedef in an inner scope */
        myint d = 2.5;
        printf("%.2f %d\n", d * 2, (int)sizeof(myint));
    }
    myint after = 7;
    printf("%d %d\n", after, (int)sizeof(myint));
    return 0;
}
