/* Locals in nested blocks, shadowing, and locals going in and out of scope. */
static int work(int n)
{
    int total = 0;
    int depth = 1;
    for (int i = 0; i < n; i++) {
        int sq = i * i;
        if (sq > 2) {
            int depth = 2;
            int bonus = sq + depth;
            total += bonus;
        } else {
            long small = sq;
            total += (int)small;
        }
        total += depth;
    }
    {
        int depth = 3;
        char tag = 'e';
        total += depth + tag;
    }
    return total;
}

int main(void)
{
    int result = 0;
    {
        int a = 5;
        {
            int b = a * 2;
            result = work(b - a);
        }
    }
    return result == 130 ? 0 : 1;
}
