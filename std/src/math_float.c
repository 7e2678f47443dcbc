/* float and long double versions.  The float functions evaluate the double
   function and round once (the double result is accurate to well under a
   float ulp); long double is double in mica. */
#include "math_internal.h"

#define F1(name) \
	float name##f(float x) { return (float)name((double)x); } \
	long double name##l(long double x) { return name((double)x); }
#define F2(name) \
	float name##f(float x, float y) { return (float)name((double)x, (double)y); } \
	long double name##l(long double x, long double y) { return name((double)x, (double)y); }

F1(acos) F1(asin) F1(atan) F2(atan2) F1(cos) F1(sin) F1(tan)
F1(acosh) F1(asinh) F1(atanh) F1(cosh) F1(sinh) F1(tanh)
F1(exp) F1(exp2) F1(expm1) F1(log) F1(log10) F1(log1p) F1(log2) F1(logb)
F1(cbrt) F2(hypot) F2(pow) F1(erf) F1(erfc) F1(lgamma) F1(tgamma)
F1(ceil) F1(floor) F1(nearbyint) F1(rint) F1(round) F1(trunc)
F2(fmod) F2(remainder) F2(fdim) F2(fmax) F2(fmin)

float sqrtf(float x) { return __builtin_sqrtf(x); }
double sqrt(double x)
{
	if (x < 0)
		errno = EDOM;
	return __builtin_sqrt(x);
}
long double sqrtl(long double x) { return sqrt((double)x); }
long double fabsl(long double x) { return fabs((double)x); }
long double copysignl(long double x, long double y) { return copysign((double)x, (double)y); }
long double nanl(const char *s) { return nan(s); }

float nextafterf(float x, float y)
{
	uint32_t u;
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return copysignf(asfloat(1), y);
	u = asuint(x);
	if ((x < y) == !(u >> 31))
		u++;
	else
		u--;
	return asfloat(u);
}
long double nextafterl(long double x, long double y) { return nextafter((double)x, (double)y); }
float nexttowardf(float x, long double y) { return nextafterf(x, (float)y); }

int ilogbf(float x) { return ilogb((double)x); }
int ilogbl(long double x) { return ilogb((double)x); }
long lrintf(float x) { return lrint((double)x); }
long lrintl(long double x) { return lrint((double)x); }
long long llrintf(float x) { return llrint((double)x); }
long long llrintl(long double x) { return llrint((double)x); }
long lroundf(float x) { return lround((double)x); }
long lroundl(long double x) { return lround((double)x); }
long long llroundf(float x) { return llround((double)x); }
long long llroundl(long double x) { return llround((double)x); }
float frexpf(float x, int *e) { return (float)frexp((double)x, e); }
long double frexpl(long double x, int *e) { return frexp((double)x, e); }
float ldexpf(float x, int n) { return (float)scalbn((double)x, n < -400 ? -400 : n > 400 ? 400 : n); }
long double ldexpl(long double x, int n) { return ldexp((double)x, n); }
float scalbnf(float x, int n) { return ldexpf(x, n); }
long double scalbnl(long double x, int n) { return scalbn((double)x, n); }
float scalblnf(float x, long n) { return ldexpf(x, n < -400 ? -400 : n > 400 ? 400 : (int)n); }
long double scalblnl(long double x, long n) { return scalbln((double)x, n); }
float modff(float x, float *ip)
{
	double i, f = modf((double)x, &i);
	*ip = (float)i;
	return (float)f;
}
long double modfl(long double x, long double *ip)
{
	double i, f = modf((double)x, &i);
	*ip = i;
	return f;
}
float remquof(float x, float y, int *q) { return (float)remquo((double)x, (double)y, q); }
long double remquol(long double x, long double y, int *q) { return remquo((double)x, (double)y, q); }
float fmaf(float x, float y, float z) { return (float)((double)x * (double)y + (double)z); }
long double fmal(long double x, long double y, long double z) { return fma((double)x, (double)y, (double)z); }
