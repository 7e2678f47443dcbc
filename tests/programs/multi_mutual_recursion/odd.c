int is_even(unsigned n);
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
int female(int n);
static int memo[1000];              /* same name as the table in even.c: a different object */
int male(int n) {
    if (n == 0) return 0;
    if (memo[n]) return memo[n];
    return memo[n] = n - female(male(n - 1));
}
