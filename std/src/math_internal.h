/* Internal helpers for the math library: IEEE bit access (through unions of
   the same-size integer, so byte order does not matter) and double-double
   arithmetic.  Requires FLT_EVAL_METHOD 0 (no excess precision). */
#ifndef MICA_MATH_INTERNAL_H
#define MICA_MATH_INTERNAL_H
#include <math.h>
#include <stdint.h>
#include <errno.h>

static inline uint64_t asuint64(double x)
{
	union { double d; uint64_t u; } v;
	v.d = x;
	return v.u;
}

static inline double asdouble(uint64_t u)
{
	union { double d; uint64_t u; } v;
	v.u = u;
	return v.d;
}

static inline uint32_t asuint(float x)
{
	union { float f; uint32_t u; } v;
	v.f = x;
	return v.u;
}

static inline float asfloat(uint32_t u)
{
	union { float f; uint32_t u; } v;
	v.u = u;
	return v.f;
}

#define HIGH(x) ((uint32_t)(asuint64(x) >> 32))
#define LOW(x) ((uint32_t)asuint64(x))
static inline double with_low0(double x)
{
	return asdouble(asuint64(x) & 0xffffffff00000000ULL);
}
static inline double from_words(uint32_t hi, uint32_t lo)
{
	return asdouble(((uint64_t)hi << 32) | lo);
}

/* 2^k for -1022 <= k <= 1023 */
static inline double pow2i(int k)
{
	return asdouble((uint64_t)(k + 1023) << 52);
}

/* exact a + b = s + e */
static inline void two_sum(double a, double b, double *s, double *e)
{
	double t = a + b, bb = t - a;
	*e = (a - (t - bb)) + (b - bb);
	*s = t;
}

/* exact a + b = s + e when |a| >= |b| */
static inline void fast_two_sum(double a, double b, double *s, double *e)
{
	double t = a + b;
	*e = b - (t - a);
	*s = t;
}

/* exact a * b = p + e (Dekker; |a|, |b| well below 2^996) */
static inline void two_prod(double a, double b, double *p, double *e)
{
	double c, ah, al, bh, bl, t = a * b;
	c = 134217729.0 * a;
	ah = c - (c - a);
	al = a - ah;
	c = 134217729.0 * b;
	bh = c - (c - b);
	bl = b - bh;
	*e = ((ah * bh - t) + ah * bl + al * bh) + al * bl;
	*p = t;
}

double __mica_expk(double hi, double lo, int k);
int __mica_rem_pio2(double x, double *y);
double __mica_sin_k(double x, double y, int iy);
double __mica_cos_k(double x, double y);
double __mica_tan_k(double x, double y, int iy);
double __mica_math_err(double r, int e);
#endif
