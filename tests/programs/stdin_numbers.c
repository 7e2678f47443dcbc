#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) { printf("no count\n"); return 1; }
    long sum = 0;
    int mn = 0, mx = 0;
    for (int i = 0; i < n; i++) {
        int v;
        if (scanf("%d", &v) != 1) { printf("short input\n"); return 1; }
        sum += v;
        if (i == 0 || v < mn) mn = v;
        if (i == 0 || v > mx) mx = v;
    }
    printf("n=%d sum=%ld min=%d max=%d\n", n, sum, mn, mx);
    double d; char word[32];
    if (scanf("%lf %31s", &d, word) == 2) printf("%.3f %s\n", d, word);
    int c;
    while ((c = getchar()) != '\n' && c != EOF) ;
    char line[100];
    int ln = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        printf("line %d: [%s] len %d\n", ++ln, line, (int)strlen(line));
    }
    return 0;
}
