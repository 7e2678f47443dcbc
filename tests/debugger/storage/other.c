/* A second translation unit with its own file-scope static of the same name. */
int zq_other = 7;
static int zq_hidden = -1;

int other_bump(int by)
{
    static int calls = 0;
    calls++;
    zq_hidden -= by;
    zq_other += by * calls;
    return zq_other;
}
