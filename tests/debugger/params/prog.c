/* Parameters of every kind: more than six integer ones (some on the stack), floating-point
   ones in xmm registers, structs by value in registers and in memory, pointers, chars. */
struct pair { int x, y; };
struct mixed { double d; long n; };
struct big { long a[5]; char tag; };

static long eight(int a, long b, char c, short d, unsigned e, long long f, int g, long h)
{
    long sum = a + b + c + d;
    sum += e + f + g + h;
    return sum;
}

static double floats(float f, double d, int n, float g, double e)
{
    double r = f * d;
    r += n * g - e;
    return r;
}

static int bystruct(struct pair p, struct mixed m, struct big b, const struct pair *pp)
{
    int t = p.x + p.y + (int)m.d + (int)m.n;
    t += (int)b.a[4] + b.tag + pp->y;
    return t;
}

static char chars(char c, unsigned char uc, signed char sc, _Bool flag)
{
    char out = flag ? c : (char)(uc + sc);
    return out;
}

int main(void)
{
    struct pair p = { 3, 4 };
    struct mixed m = { 2.5, -9 };
    struct big b = { { 10, 20, 30, 40, 50 }, 'q' };
    long r1 = eight(1, -2, 'c', -4, 5u, 6000000000LL, 7, -8);
    double r2 = floats(1.5f, -0.25, 3, 2.0f, 100.125);
    int r3 = bystruct(p, m, b, &p);
    char r4 = chars('x', 250, -3, 1);
    return (r1 + (long)r2 + r3 + r4) > 0 ? 0 : 1;
}
