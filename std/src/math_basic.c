/* math.h: classification, rounding, remainders, exponent manipulation. */
#include "math_internal.h"

double __mica_math_err(double r, int e)
{
	errno = e;
	return r;
}

int __fpclassify(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff);
	if (e == 0)
		return (u << 1) ? FP_SUBNORMAL : FP_ZERO;
	if (e == 0x7ff)
		return (u << 12) ? FP_NAN : FP_INFINITE;
	return FP_NORMAL;
}

int __fpclassifyf(float x)
{
	uint32_t u = asuint(x);
	int e = (int)(u >> 23 & 0xff);
	if (e == 0)
		return (u << 1) ? FP_SUBNORMAL : FP_ZERO;
	if (e == 0xff)
		return (u << 9) ? FP_NAN : FP_INFINITE;
	return FP_NORMAL;
}

int __signbit(double x) { return (int)(asuint64(x) >> 63); }
int __signbitf(float x) { return (int)(asuint(x) >> 31); }

double fabs(double x) { return asdouble(asuint64(x) & ~(1ULL << 63)); }
float fabsf(float x) { return asfloat(asuint(x) & 0x7fffffffu); }

double copysign(double x, double y)
{
	return asdouble((asuint64(x) & ~(1ULL << 63)) | (asuint64(y) & (1ULL << 63)));
}
float copysignf(float x, float y)
{
	return asfloat((asuint(x) & 0x7fffffffu) | (asuint(y) & 0x80000000u));
}

double nan(const char *s) { (void)s; return __builtin_nan(""); }
float nanf(const char *s) { (void)s; return __builtin_nanf(""); }

double trunc(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 1023;
	if (e >= 52)
		return x;
	if (e < 0)
		return asdouble(u & (1ULL << 63));
	return asdouble(u & ~(((1ULL << 52) - 1) >> e));
}

double floor(double x)
{
	double t = trunc(x);
	return (t != x && x < 0) ? t - 1.0 : t;
}

double ceil(double x)
{
	double t = trunc(x);
	return (t != x && x > 0) ? t + 1.0 : t;
}

double round(double x)
{
	double t = trunc(x);
	if (fabs(x - t) >= 0.5)
		t += copysign(1.0, x);
	return t;
}

/* round to nearest, ties to even (the default rounding mode) */
double rint(double x)
{
	static const double two52 = 4503599627370496.0;
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff);
	double y;
	if (e >= 0x433)
		return x;
	if (u >> 63) {
		y = (x - two52) + two52;
		return y == 0 ? -0.0 : y;
	}
	y = (x + two52) - two52;
	return y == 0 ? 0.0 : y;
}

double nearbyint(double x) { return rint(x); }

long lrint(double x) { return (long)rint(x); }
long long llrint(double x) { return (long long)rint(x); }
long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }

double modf(double x, double *ip)
{
	double t = trunc(x);
	*ip = t;
	if (isinf(x))
		return copysign(0.0, x);
	return copysign(x - t, x);
}

double frexp(double x, int *e)
{
	uint64_t u = asuint64(x);
	int ee = (int)(u >> 52 & 0x7ff);
	if (ee == 0) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexp(x * 18014398509481984.0, e); /* 2^54 */
		*e -= 54;
		return x;
	}
	if (ee == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ee - 1022;
	return asdouble((u & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL);
}

double scalbn(double x, int n)
{
	double y = x;
	if (n > 1023) {
		y *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			y *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		/* two steps, keeping the intermediate normal (one final rounding) */
		y *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if (n < -1022) {
			y *= 0x1p-1022 * 0x1p53;
			n += 1022 - 53;
			if (n < -1022)
				n = -1022;
		}
	}
	y *= pow2i(n);
	if (isinf(y) && !isinf(x))
		errno = ERANGE;
	return y;
}

double ldexp(double x, int n) { return scalbn(x, n); }
double scalbln(double x, long n)
{
	return scalbn(x, n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n);
}

int ilogb(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff);
	if (e == 0) {
		if (!(u << 1))
			return FP_ILOGB0;
		u <<= 12;
		for (e = -1023; !(u >> 63); u <<= 1)
			e--;
		return e;
	}
	if (e == 0x7ff)
		return (u << 12) ? FP_ILOGBNAN : 0x7fffffff;
	return e - 1023;
}

double logb(double x)
{
	if (!isfinite(x))
		return x * x;
	if (x == 0)
		return __mica_math_err(-__builtin_huge_val(), ERANGE);
	return (double)ilogb(x);
}

double fmin(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (signbit(x) != signbit(y))
		return signbit(x) ? x : y;
	return x < y ? x : y;
}

double fmax(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (signbit(x) != signbit(y))
		return signbit(x) ? y : x;
	return x < y ? y : x;
}

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	return x > y ? x - y : 0;
}

double nextafter(double x, double y)
{
	uint64_t u;
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return copysign(asdouble(1), y);
	u = asuint64(x);
	if ((x < y) == !(u >> 63))
		u++;
	else
		u--;
	x = asdouble(u);
	if (isinf(x) || x == 0 || fpclassify(x) == FP_SUBNORMAL)
		errno = ERANGE;
	return x;
}

double nexttoward(double x, long double y) { return nextafter(x, (double)y); }

/* exact remainder of |x| by |y| on the integer significands */
double fmod(double x, double y)
{
	uint64_t ux = asuint64(x), uy = asuint64(y), sx = ux >> 63 << 63, mx, my;
	int ex = (int)(ux >> 52 & 0x7ff), ey = (int)(uy >> 52 & 0x7ff);
	if ((uy << 1) == 0 || isnan(y) || ex == 0x7ff)
		return (x * y) / (x * y);
	if ((ux << 1) <= (uy << 1)) {
		if ((ux << 1) == (uy << 1))
			return 0 * x;
		return x;
	}
	if (!ex) {
		for (mx = ux << 12; !(mx >> 63); mx <<= 1)
			ex--;
		ux <<= -ex + 1;
	} else {
		ux &= (~0ULL) >> 12;
		ux |= 1ULL << 52;
	}
	if (!ey) {
		for (my = uy << 12; !(my >> 63); my <<= 1)
			ey--;
		uy <<= -ey + 1;
	} else {
		uy &= (~0ULL) >> 12;
		uy |= 1ULL << 52;
	}
	for (; ex > ey; ex--) {
		if (ux >= uy) {
			ux -= uy;
			if (!ux)
				return 0 * x;
		}
		ux <<= 1;
	}
	if (ux >= uy) {
		ux -= uy;
		if (!ux)
			return 0 * x;
	}
	for (; !(ux >> 52); ux <<= 1)
		ex--;
	if (ex > 0) {
		ux -= 1ULL << 52;
		ux |= (uint64_t)ex << 52;
	} else {
		ux >>= -ex + 1;
	}
	return asdouble(ux | sx);
}

double remquo(double x, double y, int *quo)
{
	double ax = fabs(x), ay = fabs(y), r;
	int q = 0, neg = signbit(x) != signbit(y);
	uint64_t qbits = 0;
	if (isnan(x) || isnan(y) || isinf(x) || y == 0) {
		*quo = 0;
		return (x * y) / (x * y);
	}
	/* reduce modulo 8|y| first to get the low quotient bits */
	if (ay <= 0x1p1020) {
		r = fmod(ax, 8 * ay);
		if (r >= 4 * ay) { r -= 4 * ay; qbits += 4; }
		if (r >= 2 * ay) { r -= 2 * ay; qbits += 2; }
		if (r >= ay) { r -= ay; qbits += 1; }
	} else {
		r = ax;
		if (r >= ay) { r -= ay; qbits = 1; }
	}
	/* now 0 <= r < ay: pick the nearest multiple, ties to even */
	if (ay < 0x1p-1021) {
		if (r + r > ay || (r + r == ay && (qbits & 1))) {
			r -= ay;
			qbits++;
		}
	} else {
		double h = 0.5 * ay;
		if (r > h || (r == h && (qbits & 1))) {
			r -= ay;
			qbits++;
		}
	}
	q = (int)(qbits & 7);
	*quo = neg ? -q : q;
	return signbit(x) ? -r : r;
}

double remainder(double x, double y)
{
	int q;
	return remquo(x, y, &q);
}

/* fused multiply-add: exact product by Dekker's algorithm, then a careful
   sum (correct except in rare double-rounding cases) */
double fma(double x, double y, double z)
{
	double p, e, s, t, u, v;
	if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0)
		return x * y + z;
	if (fabs(x) > 0x1p900 || fabs(y) > 0x1p900 || fabs(x * y) < 0x1p-900)
		return x * y + z;
	two_prod(x, y, &p, &e);
	two_sum(p, z, &s, &t);
	two_sum(t, e, &u, &v);
	return s + (u + v);
}
