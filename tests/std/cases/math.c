/* math.h functions at sample points, compared with glibc to within 1 ulp
   ("ulp" lines), plus printed values at %.6f/%g (exact lines) */
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <stdint.h>
#include <float.h>

static uint64_t s = 0x1234567887654321ULL;
static uint64_t next(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}
static double urand(double lo, double hi)
{
	return lo + (hi - lo) * ((double)(next() >> 11) * 0x1p-53);
}
static uint64_t bits(double d)
{
	uint64_t b;
	memcpy(&b, &d, 8);
	return b;
}
static uint32_t fbits(float d)
{
	uint32_t b;
	memcpy(&b, &d, 4);
	return b;
}

#define NPTS 400
static double pts[NPTS + 40];
static int npts;

static void make_points(double lo, double hi, int logscale)
{
	int i;
	npts = 0;
	for (i = 0; i < NPTS; i++) {
		double v;
		if (logscale) {
			/* magnitudes spread over the whole range */
			/* random exponent between those of lo and hi, random mantissa
			   (built from bits: no math function involved) */
			int elo = (int)(bits(lo) >> 52) & 0x7ff, ehi = (int)(bits(hi) >> 52) & 0x7ff;
			uint64_t b = ((uint64_t)(elo + (int)(next() % (uint64_t)(ehi - elo + 1))) << 52) | (next() >> 12);
			memcpy(&v, &b, 8);
			if (next() & 1)
				v = -v;
		} else {
			v = urand(lo, hi);
		}
		pts[npts++] = v;
	}
}

static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 0.1, 1e-10, 1e-300, 5e-324, 1e300,
				  3.141592653589793, 1.5707963267948966, 0.7853981633974483, 100.0, 710.0, -710.0,
				  745.0, -745.0, 1e22, 1e-5};

typedef double (*f1)(double);
typedef float (*f1f)(float);

static const char *ulp = "ulp";
static void run1(const char *name, f1 f, f1f ff, double lo, double hi, int logscale)
{
	int i;
	char sec[64];
	snprintf(sec, sizeof sec, "@@ %s", name);
	puts(sec);
	make_points(lo, hi, logscale);
	for (i = 0; i < npts; i++) {
		double x = pts[i], y = f(x);
		printf("%s %s(%a) %016llx\n", ulp, name, x, (unsigned long long)bits(y));
		if (ff)
			printf("ulpf %sf(%a) %08x\n", name, (double)(float)x, fbits(ff((float)x)));
	}
	for (i = 0; i < (int)(sizeof specials / sizeof specials[0]); i++) {
		double x = specials[i], y = f(x);
		printf("%s %s(%a) %016llx\n", ulp, name, x, (unsigned long long)bits(y));
	}
	printf("ulp %s(inf) %016llx\n", name, (unsigned long long)bits(f(INFINITY)));
	printf("ulp %s(-inf) %016llx\n", name, (unsigned long long)bits(f(-INFINITY)));
	printf("ulp %s(nan) %016llx\n", name, (unsigned long long)bits(f(NAN)));
}

typedef double (*f2)(double, double);
static void run2(const char *name, f2 f, double lo, double hi, double lo2, double hi2)
{
	int i, j;
	printf("@@ %s\n", name);
	for (i = 0; i < NPTS; i++) {
		double x = urand(lo, hi), y = urand(lo2, hi2);
		printf("ulp %s(%a,%a) %016llx\n", name, x, y, (unsigned long long)bits(f(x, y)));
	}
	for (i = 0; i < 12; i++)
		for (j = 0; j < 12; j++) {
			double x = specials[i], y = specials[j];
			printf("ulp %s(%a,%a) %016llx\n", name, x, y, (unsigned long long)bits(f(x, y)));
		}
}

int main(void)
{
	int i;
	run1("sin", sin, sinf, -10, 10, 0);
	run1("sin_big", sin, sinf, 1e-20, 1e300, 1);
	run1("cos", cos, cosf, -10, 10, 0);
	run1("cos_big", cos, cosf, 1e-20, 1e300, 1);
	run1("tan", tan, tanf, -10, 10, 0);
	run1("tan_big", tan, tanf, 1e-20, 1e300, 1);
	run1("asin", asin, asinf, -1, 1, 0);
	run1("acos", acos, acosf, -1, 1, 0);
	run1("atan", atan, atanf, 1e-20, 1e20, 1);
	run1("exp", exp, expf, -750, 750, 0);
	run1("exp_small", exp, expf, -2, 2, 0);
	run1("exp2", exp2, exp2f, -1080, 1030, 0);
	run1("expm1", expm1, expm1f, -40, 40, 0);
	run1("expm1_small", expm1, expm1f, 1e-20, 1, 1);
	run1("log", log, logf, 1e-300, 1e300, 1);
	run1("log_near1", log, logf, 0.9, 1.1, 0);
	run1("log2", log2, log2f, 1e-300, 1e300, 1);
	run1("log10", log10, log10f, 1e-300, 1e300, 1);
	run1("log1p", log1p, log1pf, 1e-20, 1e20, 1);
	run1("sinh", sinh, sinhf, -720, 720, 0);
	run1("cosh", cosh, coshf, -720, 720, 0);
	run1("tanh", tanh, tanhf, -25, 25, 0);
	run1("asinh", asinh, asinhf, 1e-20, 1e300, 1);
	run1("acosh", acosh, acoshf, 1, 1e300, 0);
	run1("atanh", atanh, atanhf, -1, 1, 0);
	ulp = "ulp3"; /* glibc's cbrt is only accurate to a few ulp */
	run1("cbrt", cbrt, cbrtf, 1e-300, 1e300, 1);
	ulp = "ulp";
	run1("sqrt", sqrt, sqrtf, 1e-300, 1e300, 1);
	run1("floor", floor, floorf, -1e6, 1e6, 0);
	run1("ceil", ceil, ceilf, -1e6, 1e6, 0);
	run1("round", round, roundf, -1e3, 1e3, 0);
	run1("trunc", trunc, truncf, -1e3, 1e3, 0);
	run1("rint", rint, rintf, -1e3, 1e3, 0);
	run1("nearbyint", nearbyint, nearbyintf, -1e3, 1e3, 0);
	run1("fabs", fabs, fabsf, -1e3, 1e3, 0);
	run1("logb", logb, logbf, 1e-300, 1e300, 1);
	run2("pow", pow, 0, 10, -50, 50);
	run2("pow_wide", pow, 0, 2, -1000, 1000);
	run2("pow_near1", pow, 0.999, 1.001, -1e6, 1e6);
	run2("atan2", atan2, -10, 10, -10, 10);
	run2("hypot", hypot, -1e10, 1e10, -1e3, 1e3);
	run2("fmod", fmod, -1e10, 1e10, -1e3, 1e3);
	run2("remainder", remainder, -1e10, 1e10, -1e3, 1e3);
	run2("fmin", fmin, -10, 10, -10, 10);
	run2("fmax", fmax, -10, 10, -10, 10);
	run2("fdim", fdim, -10, 10, -10, 10);
	run2("copysign", copysign, -10, 10, -10, 10);
	printf("@@ pow_int\n");
	for (i = -30; i <= 30; i++)
		printf("ulp pow(%d) %016llx %016llx %016llx\n", i, (unsigned long long)bits(pow(2.0, i)),
		       (unsigned long long)bits(pow(-3.0, i)), (unsigned long long)bits(pow(10.0, i)));
	printf("@@ printed\n");
	for (i = 0; i < 100; i++) {
		double x = urand(-20, 20);
		printf("%.6f %g %.6f %g %.6f %g %g %g\n", sin(x), cos(x), exp(x / 4), log(fabs(x)), atan(x), sqrt(fabs(x)),
		       pow(fabs(x), 1.7), tanh(x));
	}
	printf("@@ frexp_ldexp_modf\n");
	for (i = 0; i < 200; i++) {
		double x = i < 100 ? urand(-1e6, 1e6) : ldexp(urand(-1, 1), (int)(next() % 2100) - 1075), ip;
		int e;
		double m = frexp(x, &e);
		double f = modf(x, &ip);
		printf("%a %d %a %a %a %a %d\n", m, e, ldexp(m, e), f, ip, scalbn(x, (int)(next() % 200) - 100), ilogb(x));
	}
	printf("%a %a %a\n", ldexp(1.0, -1074), ldexp(1.0, 1024), ldexp(0x1.8p-1070, -4));
	printf("@@ rounding_ints\n");
	for (i = -10; i <= 10; i++) {
		double x = i * 0.5;
		printf("%g %ld %lld %ld %lld %g %g\n", x, lround(x), llround(x), lrint(x), llrint(x), round(x), rint(x));
	}
	printf("@@ classify\n");
	{
		double v[] = {0.0, -0.0, 1.0, -2.5, 1e-310, INFINITY, -INFINITY, NAN, DBL_MIN, DBL_MAX};
		for (i = 0; i < 10; i++)
			printf("%d %d %d %d %d %d %d\n", fpclassify(v[i]) == FP_ZERO ? 0 : fpclassify(v[i]) == FP_SUBNORMAL ? 1 : fpclassify(v[i]) == FP_NORMAL ? 2 : fpclassify(v[i]) == FP_INFINITE ? 3 : 4,
			       isnan(v[i]) != 0, isinf(v[i]) != 0, isfinite(v[i]) != 0, isnormal(v[i]) != 0, signbit(v[i]) != 0,
			       isnan((float)v[i]) != 0);
		printf("%g %g %g %d\n", HUGE_VAL, -HUGE_VAL, (double)INFINITY, isnan(NAN) != 0);
	}
	printf("@@ remquo\n");
	for (i = 0; i < 100; i++) {
		double x = urand(-100, 100), y = urand(-10, 10);
		int q;
		double r = remquo(x, y, &q);
		printf("%a %d\n", r, q & 7);
	}
	return 0;
}
