static int helper(int x) { return x * 3; }
static int counter = 200;
static const char *whoami(void) { return "b.c"; }

int b_entry(int x) { counter += 2; return helper(x) + counter; }
const char *b_name(void) { return whoami(); }
