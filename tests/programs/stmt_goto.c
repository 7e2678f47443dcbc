#include <stdio.h>

int main(void) {
    int i = 0, total = 0;
    /* a loop made of goto */
loop:
    if (i >= 10) goto done;
    total += i;
    i++;
    goto loop;
done:
    printf("%d\n", total);

    /* goto out of nested loops */
    int found_r = -1, found_c = -1;
    for (int r = 0; r < 10; r++)
        for (int c = 0; c < 10; c++)
            if (r * c == 42) { found_r = r; found_c = c; goto found; }
found:
    printf("%d %d\n", found_r, found_c);

    /* goto into the body of a loop */
    int n = 0;
    goto inside;
    while (n < 5) {
        n += 10;
inside:
        n += 1;
    }
    printf("%d\n", n);

    /* goto backwards into a block */
    int passes = 0;
again:
    {
        int local = passes * 2;
        passes++;
        if (passes < 3) goto again;
        printf("%d %d\n", passes, local);
    }

    /* forward goto skipping statements, labels sharing names with variables */
    int label = 1;
    goto label;
    label = 2;
label:
    printf("%d\n", label);

    /* goto into a for loop's body skipping the init (variable declared outside) */
    int k = 100;
    goto mid;
    for (k = 0; k < 3; k++) {
mid:
        printf("k=%d ", k);
        if (k > 100) k = 0;
    }
    printf("\n");

    /* error-handling chain */
    int stage = 0, cleanup = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
        stage = attempt;
        if (attempt == 0) goto fail1;
        if (attempt == 1) goto fail2;
        cleanup += 1000;
        continue;
fail2:
        cleanup += 10;
fail1:
        cleanup += 1;
    }
    printf("%d %d\n", stage, cleanup);
    return 0;
}
