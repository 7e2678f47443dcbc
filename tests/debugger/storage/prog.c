/* Globals, file-scope statics, static locals, a global defined in another file. */
int zq_counter = 10;
int zq_zeroed;
const int zq_limit = 1000;
const char zq_name[] = "storage";
double zq_ratio = 0.75;
static int zq_hidden = 42;
static long zq_table[4] = { 1, 2, 3, 4 };
extern int zq_other;
int other_bump(int by);

static int tick(int step)
{
    static int calls;
    static int total = 100;
    calls++;
    total += step;
    zq_counter += calls;
    return total;
}

int main(void)
{
    int last = 0;
    for (int k = 1; k <= 3; k++)
        last = tick(k);
    zq_zeroed = last + zq_hidden + (int)zq_table[2];
    last = other_bump(5);
    return last == zq_other ? 0 : 1;
}
