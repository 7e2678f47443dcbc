/* Qualifiers (const, volatile, restrict) at several levels of pointers, and typedef names,
   including typedefs of typedefs and qualified typedefs. */
typedef int count_t;
typedef count_t total_t;
typedef const char *cstr;
typedef volatile unsigned long reg_t;
typedef struct pair { int a, b; } pair_t;
typedef const pair_t cpair_t;

const int zc_limit = 8;
volatile int zc_flag = 1;
const volatile long zc_status = 3;
reg_t zc_reg = 0x1000;
const char *const zc_title = "quals";
char *volatile zc_cursor;
const int *volatile *const zc_ppv = 0;

static total_t copy(int *restrict dst, const int *restrict src, count_t n, cstr why)
{
    total_t t = 0;
    const count_t *const end = src + n;
    const int *volatile cur = src;
    while (cur != end) {
        *dst++ = *cur;
        t += *cur++;
    }
    return t + (why[0] == 'x');
}

int main(void)
{
    int out[3];
    const int in[3] = { 1, 2, 3 };
    cpair_t cp = { 4, 5 };
    pair_t p = cp;
    const pair_t *pp = &p;
    pair_t *const ppc = &p;
    volatile pair_t vp = { 6, 7 };
    char buf[4] = "ab";
    zc_cursor = buf;
    total_t t = copy(out, in, 3, "test");
    return t == 6 && out[2] == 3 && pp->a + ppc->b + vp.a == 15 && zc_limit == 8 ? 0 : 1;
}
