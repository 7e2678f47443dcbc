/* Breakpoints: by file:line, by function, conditions, ignore counts, temporary ones,
   enabling and disabling, and hit counts. */
static int collatz_steps(unsigned long n)
{
    int steps = 0;
    while (n != 1) {
        if (n % 2 == 0)
            n = n / 2;
        else
            n = 3 * n + 1;
        steps++;
    }
    return steps;
}

static int longest(int limit, int *best)
{
    int most = 0;
    int k;
    for (k = 1; k <= limit; k++) {
        int s = collatz_steps((unsigned long)k);
        if (s > most) {
            most = s;
            *best = k;
        }
    }
    return most;
}

int main(void)
{
    int best = 0;
    int most = longest(30, &best);
    return most == 111 && best == 27 ? 0 : 1;
}
