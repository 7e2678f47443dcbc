#ifndef _MATH_H
#define _MATH_H
typedef float float_t;
typedef double double_t;

#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL ((long double)__builtin_huge_val())
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#define FP_ILOGB0 (-__INT_MAX__ - 1)
#define FP_ILOGBNAN (-__INT_MAX__ - 1)
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERRNO

int __fpclassify(double);
int __fpclassifyf(float);
int __signbit(double);
int __signbitf(float);

/* type-generic classification: float arguments go to the float versions,
   everything else (double, long double == double in mica, integers) to double */
#define __MICA_TG(x, f, d) (sizeof(x) == sizeof(float) ? f((float)(x)) : d((double)(x)))
#define fpclassify(x) __MICA_TG(x, __fpclassifyf, __fpclassify)
#define isnan(x) (fpclassify(x) == FP_NAN)
#define isinf(x) (fpclassify(x) == FP_INFINITE)
#define isfinite(x) (fpclassify(x) > FP_INFINITE)
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define signbit(x) __MICA_TG(x, __signbitf, __signbit)
#define isunordered(x, y) (isnan(x) || isnan(y))
#define isgreater(x, y) (!isunordered(x, y) && (x) > (y))
#define isgreaterequal(x, y) (!isunordered(x, y) && (x) >= (y))
#define isless(x, y) (!isunordered(x, y) && (x) < (y))
#define islessequal(x, y) (!isunordered(x, y) && (x) <= (y))
#define islessgreater(x, y) (!isunordered(x, y) && ((x) < (y) || (x) > (y)))

#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

#define __MICA_MATH_DECL(name) \
	double name(double); float name##f(float); long double name##l(long double);
#define __MICA_MATH_DECL2(name) \
	double name(double, double); float name##f(float, float); long double name##l(long double, long double);

__MICA_MATH_DECL(acos)
__MICA_MATH_DECL(asin)
__MICA_MATH_DECL(atan)
__MICA_MATH_DECL2(atan2)
__MICA_MATH_DECL(cos)
__MICA_MATH_DECL(sin)
__MICA_MATH_DECL(tan)
__MICA_MATH_DECL(acosh)
__MICA_MATH_DECL(asinh)
__MICA_MATH_DECL(atanh)
__MICA_MATH_DECL(cosh)
__MICA_MATH_DECL(sinh)
__MICA_MATH_DECL(tanh)
__MICA_MATH_DECL(exp)
__MICA_MATH_DECL(exp2)
__MICA_MATH_DECL(expm1)
__MICA_MATH_DECL(log)
__MICA_MATH_DECL(log10)
__MICA_MATH_DECL(log1p)
__MICA_MATH_DECL(log2)
__MICA_MATH_DECL(logb)
__MICA_MATH_DECL(cbrt)
__MICA_MATH_DECL(fabs)
__MICA_MATH_DECL2(hypot)
__MICA_MATH_DECL2(pow)
__MICA_MATH_DECL(sqrt)
__MICA_MATH_DECL(erf)
__MICA_MATH_DECL(erfc)
__MICA_MATH_DECL(lgamma)
__MICA_MATH_DECL(tgamma)
__MICA_MATH_DECL(ceil)
__MICA_MATH_DECL(floor)
__MICA_MATH_DECL(nearbyint)
__MICA_MATH_DECL(rint)
__MICA_MATH_DECL(round)
__MICA_MATH_DECL(trunc)
__MICA_MATH_DECL2(fmod)
__MICA_MATH_DECL2(remainder)
__MICA_MATH_DECL2(copysign)
__MICA_MATH_DECL2(nextafter)
__MICA_MATH_DECL2(fdim)
__MICA_MATH_DECL2(fmax)
__MICA_MATH_DECL2(fmin)

int ilogb(double); int ilogbf(float); int ilogbl(long double);
long lrint(double); long lrintf(float); long lrintl(long double);
long long llrint(double); long long llrintf(float); long long llrintl(long double);
long lround(double); long lroundf(float); long lroundl(long double);
long long llround(double); long long llroundf(float); long long llroundl(long double);
double frexp(double, int *); float frexpf(float, int *); long double frexpl(long double, int *);
double ldexp(double, int); float ldexpf(float, int); long double ldexpl(long double, int);
double scalbn(double, int); float scalbnf(float, int); long double scalbnl(long double, int);
double scalbln(double, long); float scalblnf(float, long); long double scalblnl(long double, long);
double modf(double, double *); float modff(float, float *); long double modfl(long double, long double *);
double remquo(double, double, int *); float remquof(float, float, int *); long double remquol(long double, long double, int *);
double fma(double, double, double); float fmaf(float, float, float); long double fmal(long double, long double, long double);
double nan(const char *); float nanf(const char *); long double nanl(const char *);
double nexttoward(double, long double); float nexttowardf(float, long double);
#endif
