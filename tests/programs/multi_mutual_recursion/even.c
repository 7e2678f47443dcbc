int is_odd(unsigned n);
int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
/* Hofstadter female/male sequences, split across files, each memoised in its own static table */
int male(int n);
static int memo[1000];
int female(int n) {
    if (n == 0) return 1;
    if (memo[n]) return memo[n];
    return memo[n] = n - male(female(n - 1));
}
