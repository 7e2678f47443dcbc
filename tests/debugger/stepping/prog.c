/* Stepping: next over calls, step into them, finish out, until and advance. */
struct acc { int count; long sum; };

static void add(struct acc *a, int v)
{
    a->count++;
    a->sum += v;
}

static int scale(int v, int by)
{
    int r = v * by;
    if (r > 50)
        r = 50;
    return r;
}

static int process(struct acc *a, const int *vals, int n)
{
    int i;
    int clipped = 0;
    for (i = 0; i < n; i++) {
        int s = scale(vals[i], 10);
        if (s == 50)
            clipped++;
        add(a, s);
    }
    a->sum -= clipped;
    return clipped;
}

int main(void)
{
    struct acc a = { 0, 0 };
    int vals[5] = { 1, 7, 3, 9, 2 };
    int clipped = process(&a, vals, 5);
    int twice = scale(clipped, 2);
    add(&a, twice);
    return a.sum == 158 ? 0 : 1;
}
