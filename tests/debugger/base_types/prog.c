/* Every C base type, at its minimum, zero-ish and maximum values. */
#include <limits.h>

struct all {
    char c;
    signed char sc;
    unsigned char uc;
    short s;
    unsigned short us;
    int i;
    unsigned int ui;
    long l;
    unsigned long ul;
    long long ll;
    unsigned long long ull;
    _Bool b;
    float f;
    double d;
};

static int check(const struct all *p)
{
    int sum = p->c + p->sc + p->uc;
    sum += p->b;
    return sum;
}

int main(void)
{
    struct all lo = { 'A', SCHAR_MIN, 0, SHRT_MIN, 0, INT_MIN, 0, LONG_MIN, 0, LLONG_MIN, 0,
                      0, -1.5f, -2.25 };
    struct all hi = { 'z', SCHAR_MAX, UCHAR_MAX, SHRT_MAX, USHRT_MAX, INT_MAX, UINT_MAX,
                      LONG_MAX, ULONG_MAX, LLONG_MAX, ULLONG_MAX, 1, 3.25f, 1e300 };
    char c = '\n';
    unsigned char uc = 200;
    short s = -12345;
    unsigned short us = 54321;
    int i = -7;
    unsigned u = 4000000000u;
    long l = -1234567890123L;
    unsigned long ul = 18000000000000000000ul;
    long long ll = -5;
    unsigned long long ull = 5;
    _Bool yes = 1, no = 0;
    float f = 0.1f;
    double d = 1.0 / 3.0;
    long double ld = 2.5;
    int r = 0;
    r = check(&lo) + check(&hi);
    return (r + c + uc + s + us + i + (int)u + (int)l + (int)ul + (int)ll + (int)ull + yes + no +
            (int)f + (int)d + (int)ld) == 0 ? 1 : 0;
}
