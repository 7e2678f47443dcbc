/* Recursion: a backtrace through many frames of the same functions, moving between frames. */
static long fact(int n)
{
    long below = 0;
    if (n <= 1)
        return 1;
    below = fact(n - 1);
    return n * below;
}

static int even(unsigned n);

static int odd(unsigned n)
{
    int r = 0;
    if (n != 0)
        r = even(n - 1);
    return r;
}

static int even(unsigned n)
{
    int r = 1;
    if (n != 0)
        r = odd(n - 1);
    return r;
}

int main(void)
{
    long f = fact(6);
    int e = even(5);
    return f == 720 && e == 0 ? 0 : 1;
}
