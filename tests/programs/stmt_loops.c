#include <stdio.h>

int main(void) {
    int i, j, sum = 0;
    for (i = 0; i < 5; i++) sum += i;
    printf("%d %d\n", i, sum);
    for (int k = 0, m = 10; k < m; k += 2, m--) sum += k * m;
    printf("%d\n", sum);
    int k = 50;
    for (int k = 0; k < 3; k++) { int k2 = k; (void)k2; }
    printf("%d\n", k);                          /* outer k untouched */
    i = 0;
    do { i += 3; } while (i < 10);
    printf("%d\n", i);
    i = 100;
    do i++; while (0);
    printf("%d\n", i);
    i = 0;
    while (i < 100) { if (i % 7 == 6) break; i++; }
    printf("%d\n", i);
    /* break and continue in nested loops */
    int count = 0;
    for (i = 0; i < 10; i++) {
        if (i % 2) continue;
        for (j = 0; j < 10; j++) {
            if (j > i) break;
            if (j % 3 == 0) continue;
            count += j;
        }
    }
    printf("%d\n", count);
    /* continue in do-while jumps to the condition */
    int n = 0, evaluations = 0;
    do {
        n++;
        if (n < 5) continue;
        evaluations += 100;
    } while (++evaluations, n < 8);
    printf("%d %d\n", n, evaluations);
    /* empty bodies and infinite loops with break */
    for (i = 0; i < 1000 && i * i < 500; i++);
    printf("%d\n", i);
    for (;;) { if (++i > 30) break; }
    printf("%d\n", i);
    while (1) { i *= 2; if (i > 1000) break; }
    printf("%d\n", i);
    /* a loop counting down with unsigned */
    unsigned u, steps = 0;
    for (u = 5; u-- > 0;) steps += u;
    printf("%u %u\n", steps, u);
    /* nested loops with the same variable names in scope */
    int total = 0;
    for (int a = 0; a < 3; a++)
        for (int a2 = a; a2 < 3; a2++)
            for (int a3 = 0; a3 < a2; a3++)
                total += a + a2 + a3;
    printf("%d\n", total);
    /* comma operator in loop parts */
    int x, y;
    for (x = 0, y = 10; x < y; x++, y--) ;
    printf("%d %d\n", x, y);
    return 0;
}
