#include <stdio.h>

int main(void) {
    /* nested loops searching for Pythagorean triples with early exits */
    int found = 0;
    for (int a = 1; a < 100 && found < 10; a++)
        for (int b = a; b < 100; b++) {
            int c2 = a * a + b * b, c = 1;
            while (c * c < c2) c++;
            if (c * c != c2) continue;
            if (c >= 100) break;
            printf("(%d,%d,%d) ", a, b, c);
            if (++found == 10) break;
        }
    printf("\n");
    /* loop with multiple induction variables and a complex condition */
    int i, j, k;
    for (i = 0, j = 100, k = 1; i < j && k < 1000; i += 3, j -= 2, k *= 2) ;
    printf("%d %d %d\n", i, j, k);
    /* flag-controlled exit from three levels */
    int done = 0, visits = 0;
    for (int x = 0; x < 10 && !done; x++)
        for (int y = 0; y < 10 && !done; y++)
            for (int z = 0; z < 10; z++) {
                visits++;
                if (x * 100 + y * 10 + z == 357) { done = 1; break; }
            }
    printf("visits %d\n", visits);
    /* while with side effects in the condition */
    int n = 27, steps = 0;
    while (n != 1 && ++steps) n = n % 2 ? 3 * n + 1 : n / 2;
    printf("collatz steps %d\n", steps);
    /* do-while that runs once even when the condition is false */
    int runs = 0;
    do runs++; while (runs < 0);
    printf("runs %d\n", runs);
    /* countdown loop with unsigned and break on wrap */
    unsigned u = 3;
    int iters = 0;
    for (;;) { iters++; if (u-- == 0) break; }
    printf("iters %d u %u\n", iters, u);
    return 0;
}
