/* Floating point: float and double special values (infinities, NaN, negative zero,
   subnormals, extremes), arithmetic in the debugger, print formats, and long double
   (mica's long double is a double: only values both formats print alike are shown). */
#include <float.h>

struct sample {
    float f;
    double d;
};

static long double half_of(long double x)
{
    long double h = x / 2;
    return h;
}

static double mean(const double *v, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += v[i];
    return sum / n;
}

int main(void)
{
    double zero = 0.0;
    float fmax = FLT_MAX;
    float fmin = FLT_MIN;
    double dmax = DBL_MAX;
    double tiny = DBL_MIN / 4;        /* subnormal */
    double inf = 1.0 / zero;
    double ninf = -1.0 / zero;
    double nan = zero / zero;
    double negz = -0.0;
    float third = 1.0f / 3.0f;
    double pi = 3.141592653589793;
    struct sample s = { 0.5f, -1e-5 };
    double v[4] = { 1.5, 2.5, -4.0, 8.0 };
    long double ld = 5.0;
    double m = mean(v, 4);
    long double h = half_of(ld);
    return m == 2.0 && h == 2.5 && fmax > 0 && fmin > 0 && dmax > 0 && tiny > 0 && inf > ninf &&
           nan != nan && negz == 0 && third > 0 && pi > 3 && s.f > 0 ? 0 : 1;
}
