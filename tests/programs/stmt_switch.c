#include <stdio.h>

static const char *classify(int n) {
    switch (n) {
    case 0: return "zero";
    case 1: case 3: case 5: case 7: case 9: return "odd digit";
    case 2: case 4: case 6: case 8: return "even digit";
    default: return n < 0 ? "negative" : "big";
    }
}

static int fallthrough(int n) {
    int r = 0;
    switch (n) {
    case 1: r += 1;
    /* fall through */
    case 2: r += 10;
    /* fall through */
    default: r += 100;
    /* fall through */
    case 3: r += 1000;
        break;
    case 4: r += 10000;
    }
    return r;
}

static int nested(int a, int b) {
    switch (a) {
    case 1:
        switch (b) {
        case 1: return 11;
        case 2: break;
        default: return 19;
        }
        return 12;
    case 2:
        return 20 + b;
    }
    return -1;
}

static int in_loop(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 4) {
        case 0: continue;        /* continues the loop */
        case 1: total += 1; break;
        case 2: total += 10; break;
        default: if (i > 6) goto out; total += 100;
        }
        total += 1000;
    }
out:
    return total;
}

int main(void) {
    int tests[] = { 0, 3, 4, -2, 12 };
    for (int i = 0; i < 5; i++) printf("%d: %s\n", tests[i], classify(tests[i]));
    for (int i = 0; i <= 5; i++) printf("fall %d -> %d\n", i, fallthrough(i));
    printf("%d %d %d %d %d\n", nested(1, 1), nested(1, 2), nested(1, 3), nested(2, 5), nested(3, 0));
    printf("%d\n", in_loop());
    /* switch on char, long long, unsigned and enum-valued expressions */
    const char *s = "a1b2+c";
    int letters = 0, digits = 0, other = 0;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case 'a': case 'b': case 'c': letters++; break;
        case '0': case '1': case '2': digits++; break;
        default: other++;
        }
    }
    printf("%d %d %d\n", letters, digits, other);
    long long big = 10000000000LL;
    switch (big) { case 10000000000LL: printf("big case\n"); break; default: printf("wrong\n"); }
    unsigned u = 4000000000u;
    switch (u) { case 4000000000u: printf("unsigned case\n"); break; default: printf("wrong\n"); }
    switch (-1) { case -1: printf("negative case\n"); }
    switch (3) { default: printf("only default\n"); }
    switch (5) { case 1: printf("wrong\n"); }
    printf("no match ok\n");
    int x = 2;
    switch (x) {
        int y;                      /* declaration without initialiser is fine */
    case 2:
        y = 40;
        printf("%d\n", y + x);
        {
    case 3:
            printf("inside block case (x=%d)\n", x);
        }
    }
    char c = (char)200;             /* negative on x86_64 */
    switch (c) { case (char)200: printf("char case\n"); break; default: printf("wrong\n"); }
    return 0;
}
