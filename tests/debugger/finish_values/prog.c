/* `finish` and `thread step-out` print the value a function returns: the debugger finds it in
   rax, rdx:rax, xmm0, xmm0:xmm1, or in the memory rax points to, from the function's type. */
enum mood { CALM, HAPPY = 5, CROSS = -2 };
struct two { int a, b; };                  /* rax */
struct ints { long x; long y; };           /* rax:rdx */
struct fl { double re, im; };              /* xmm0:xmm1 */
struct mix { double d; int n; };           /* xmm0, rax */
struct large { long v[4]; char name[8]; }; /* memory */

static int ret_int(int x)
{
    int r = x * 3;
    return r;
}

static unsigned char ret_uchar(int x)
{
    unsigned char r = (unsigned char)x;
    return r;
}

static _Bool ret_bool(int x)
{
    _Bool r = x > 0;
    return r;
}

static long long ret_ll(long long x)
{
    long long r = -x * 1000000;
    return r;
}

static float ret_float(float x)
{
    float r = x / 4;
    return r;
}

static double ret_double(double x)
{
    double r = x * x;
    return r;
}

static enum mood ret_enum(int x)
{
    enum mood r = x ? CROSS : HAPPY;
    return r;
}

static const char *ret_str(int x)
{
    const char *r = x ? "yes" : "no";
    return r;
}

static struct two ret_two(int x)
{
    struct two r = { x, -x };
    return r;
}

static struct ints ret_ints(long x)
{
    struct ints r = { x, x + 1 };
    return r;
}

static struct fl ret_fl(double x)
{
    struct fl r = { x, -x / 2 };
    return r;
}

static struct mix ret_mix(double x)
{
    struct mix r = { x, 7 };
    return r;
}

static struct large ret_large(long x)
{
    struct large r = { { x, x * 2, x * 3, x * 4 }, "big" };
    return r;
}

static void ret_void(int *p)
{
    *p += 1;
}

int main(void)
{
    int n = 0;
    int a = ret_int(14);
    unsigned char b = ret_uchar(300);
    _Bool c = ret_bool(3);
    long long d = ret_ll(123);
    float e = ret_float(3.0f);
    double f = ret_double(1.5);
    enum mood g = ret_enum(1);
    const char *h = ret_str(1);
    struct two i = ret_two(8);
    struct ints j = ret_ints(-40);
    struct fl k = ret_fl(6.5);
    struct mix l = ret_mix(0.125);
    long m = ret_large(11).v[1];
    int o = (ret_void(&n), n);
    return a + b + c + (int)d + (int)e + (int)f + g + h[0] + i.a + (int)j.x + (int)k.re +
           (int)l.d + (int)m + o == 0;
}
