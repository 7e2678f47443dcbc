/* Arbitrary-precision unsigned integers in base 10^9: factorials, powers, Fibonacci, digit sums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define BASE 1000000000u
typedef struct { uint32_t *d; int n, cap; } big;

static void big_init(big *b, uint32_t v) { b->cap = 4; b->d = malloc(sizeof(uint32_t) * 4); b->d[0] = v % BASE; b->n = 1; if (v >= BASE) { b->d[1] = v / BASE; b->n = 2; } }
static void big_reserve(big *b, int n) { if (n > b->cap) { while (b->cap < n) b->cap *= 2; b->d = realloc(b->d, sizeof(uint32_t) * (size_t)b->cap); } }
static void big_mul_small(big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) { uint64_t cur = (uint64_t)b->d[i] * m + carry; b->d[i] = (uint32_t)(cur % BASE); carry = cur / BASE; }
    while (carry) { big_reserve(b, b->n + 1); b->d[b->n++] = (uint32_t)(carry % BASE); carry /= BASE; }
}
static void big_add(big *r, const big *a, const big *b) {       /* r may alias a */
    int n = a->n > b->n ? a->n : b->n;
    big_reserve(r, n + 1);
    uint32_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint32_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        carry = s >= BASE; r->d[i] = carry ? s - BASE : s;
    }
    r->n = n;
    if (carry) r->d[r->n++] = carry;
}
static big big_mul(const big *a, const big *b) {
    big r;
    r.cap = a->n + b->n; r.n = r.cap;
    r.d = calloc((size_t)r.cap, sizeof(uint32_t));
    uint64_t *tmp = calloc((size_t)r.cap, sizeof(uint64_t));
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t cur = tmp[i + j] + (uint64_t)a->d[i] * b->d[j] + carry;
            tmp[i + j] = cur % BASE; carry = cur / BASE;
        }
        int k = i + b->n;
        while (carry) { uint64_t cur = tmp[k] + carry; tmp[k] = cur % BASE; carry = cur / BASE; k++; }
    }
    for (int i = 0; i < r.n; i++) r.d[i] = (uint32_t)tmp[i];
    while (r.n > 1 && r.d[r.n - 1] == 0) r.n--;
    free(tmp);
    return r;
}
static uint32_t big_divmod_small(big *b, uint32_t m) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) { uint64_t cur = b->d[i] + rem * BASE; b->d[i] = (uint32_t)(cur / m); rem = cur % m; }
    while (b->n > 1 && b->d[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}
static char *big_str(const big *b) {
    char *s = malloc((size_t)b->n * 9 + 2);
    int pos = sprintf(s, "%u", b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--) pos += sprintf(s + pos, "%09u", b->d[i]);
    return s;
}
static void show(const char *label, const big *b) {
    char *s = big_str(b);
    size_t len = strlen(s);
    unsigned digit_sum = 0;
    for (size_t i = 0; i < len; i++) digit_sum += (unsigned)(s[i] - '0');
    if (len <= 60) printf("%s = %s\n", label, s);
    else printf("%s = %.25s...%s (%zu digits, digit sum %u)\n", label, s, s + len - 25, len, digit_sum);
    free(s);
}

int main(void) {
    big f;
    big_init(&f, 1);
    for (uint32_t i = 2; i <= 25; i++) big_mul_small(&f, i);
    show("25!", &f);
    for (uint32_t i = 26; i <= 1000; i++) big_mul_small(&f, i);
    show("1000!", &f);
    int zeros = 0;
    big copy;
    big_init(&copy, 0);
    big_reserve(&copy, f.n);
    memcpy(copy.d, f.d, sizeof(uint32_t) * (size_t)f.n); copy.n = f.n;
    while (big_divmod_small(&copy, 10) == 0) zeros++;
    printf("trailing zeros of 1000!: %d\n", zeros);
    big p;
    big_init(&p, 1);
    for (int i = 0; i < 1000; i++) big_mul_small(&p, 2);
    show("2^1000", &p);
    big a, b;
    big_init(&a, 0); big_init(&b, 1);
    for (int i = 0; i < 500; i++) { big_add(&a, &a, &b); big t = a; a = b; b = t; }
    show("fib(500)", &a);
    big sq = big_mul(&p, &p);
    show("2^2000", &sq);
    big x; big_init(&x, 999999999u);
    big_mul_small(&x, 1000000000u - 1);
    big y = big_mul(&x, &x);
    show("(999999999^2)^2", &y);
    uint32_t r = big_divmod_small(&y, 1000003u);
    printf("mod 1000003 = %u\n", r);
    free(f.d); free(copy.d); free(p.d); free(a.d); free(b.d); free(sq.d); free(x.d); free(y.d);
    return 0;
}
