/* Watchpoints on a local and on globals. */
long zw_total;
int zw_events;

static long accumulate(const int *v, int n)
{
    long sum = 0;
    int i;
    for (i = 0; i < n; i++) {
        int x = v[i];
        if (x > 0)
            sum = sum + x;
    }
    zw_total = zw_total + sum;
    return sum;
}

static void note(int what)
{
    zw_events = zw_events + what;
}

int main(void)
{
    int data[6] = { 4, -1, 6, 2, -3, 5 };
    long s;
    note(1);
    s = accumulate(data, 6);
    note(2);
    s = s + accumulate(data + 2, 3);
    note(3);
    return s == 25 && zw_total == 25 && zw_events == 6 ? 0 : 1;
}
