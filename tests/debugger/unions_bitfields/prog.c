/* Unions (type punning, a tagged union), bit-fields of several widths, signed and unsigned,
   spanning storage units, and a zero-width bit-field. */
#include <stdint.h>

union word {
    uint32_t u;
    int32_t i;
    float f;
    unsigned char b[4];
};

struct flags {
    unsigned int ready : 1;
    unsigned int mode : 3;
    signed int delta : 5;
    unsigned int : 0;
    unsigned int big : 20;
    unsigned long long wide : 40;
    _Bool on : 1;
};

enum kind { K_INT, K_DBL, K_STR };

struct value {
    enum kind kind;
    union {
        long i;
        double d;
        const char *s;
    } as;
};

static int score(struct flags f, const struct value *v, int n)
{
    int total = f.ready + f.mode + f.delta;
    for (int k = 0; k < n; k++)
        if (v[k].kind == K_INT)
            total += (int)v[k].as.i;
    return total;
}

int main(void)
{
    union word w;
    struct flags fl = { 1, 5, -7, 1000000, 0xABCDEF1234ULL, 1 };
    struct value vals[3];
    int s;
    w.f = 1.0f;
    vals[0].kind = K_INT;
    vals[0].as.i = 42;
    vals[1].kind = K_DBL;
    vals[1].as.d = 2.5;
    vals[2].kind = K_STR;
    vals[2].as.s = "text";
    fl.mode = 6;
    s = score(fl, vals, 3);
    return s == 42 + 1 + 6 - 7 && w.u == 0x3f800000u ? 0 : 1;
}
