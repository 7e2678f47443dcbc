#include <stdio.h>

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int moves;
static void hanoi(int n, char from, char to, char via, int print) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, print);
    moves++;
    if (print) printf("%d:%c%c ", n, from, to);
    hanoi(n - 1, via, to, from, print);
}
static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
static long power(long b, int e) { if (e == 0) return 1; long h = power(b, e / 2); return e % 2 ? h * h * b : h * h; }
static void permute(char *s, int k, int n, int *count) {
    if (k == n) { if (*count < 8) printf("%s ", s); (*count)++; return; }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n, count);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}
static int partitions(int n, int max) {
    if (n == 0) return 1;
    int c = 0;
    for (int k = max < n ? max : n; k >= 1; k--) c += partitions(n - k, k);
    return c;
}

int main(void) {
    printf("%d %d\n", ackermann(2, 3), ackermann(3, 4));
    printf("%ld\n", fib(25));
    hanoi(3, 'A', 'C', 'B', 1);
    printf("\n");
    moves = 0;
    hanoi(16, 'A', 'C', 'B', 0);
    printf("%d\n", moves);
    printf("%ld %ld\n", gcd(1071, 462), gcd(123456789012L, 9876543210L));
    printf("%ld\n", power(3, 39));
    char s[] = "abcd";
    int count = 0;
    permute(s, 0, 4, &count);
    printf("\n%d\n", count);
    printf("%d\n", partitions(40, 40));
    return 0;
}
