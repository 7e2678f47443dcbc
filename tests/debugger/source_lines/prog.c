/* Source lines: list, info line, info source lines of functions written in different
   brace styles, disassemble /s (the instructions are filtered out by the harness: only the
   source lines and function names around them are compared). */
static int straight(int a, int b)
{
    int s = a + b;
    int d = a - b;
    int p = s * d;
    p = p + 1;
    return p;
}

static int
knr_style(int x)
{
    int y = x * 2;
    return y + 1;
}

static int one_liner(int v) { return v * v; }

int main(void)
{
    int r = straight(7, 3);
    r += knr_style(r);
    r += one_liner(3);
    return r == 41 + 83 + 9 ? 0 : 1;
}
