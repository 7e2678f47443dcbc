#include <stdio.h>

static const char *grade(int s) {
    if (s >= 90) return "A";
    else if (s >= 80) return "B";
    else if (s >= 70) return "C";
    else if (s >= 60) return "D";
    else return "F";
}

int main(void) {
    int scores[] = { 95, 85, 75, 65, 55, 90, 0, 100, -1 };
    for (int i = 0; i < 9; i++) printf("%d:%s ", scores[i], grade(scores[i]));
    printf("\n");
    /* dangling else binds to the nearest if */
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) {
            int r = 0;
            if (a)
                if (b) r = 1;
                else r = 2;
            printf("a=%d b=%d r=%d\n", a, b, r);
        }
    int x = 5;
    if (x > 3) { if (x > 10) printf("big\n"); } else printf("small\n");
    if (x) ; else printf("never\n");
    if (!x) printf("never\n");
    else if (x == 5) printf("five\n");
    if ((x = 0)) printf("never\n"); else printf("assigned zero\n");
    if (x == 0 && (x = 7) && x++ == 7) printf("x is now %d\n", x);
    return 0;
}
