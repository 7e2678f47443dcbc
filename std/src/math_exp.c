/* exp, exp2, expm1, log, log2, log10, log1p, pow, cbrt, hypot and the
   hyperbolic functions.  Algorithms in the style of fdlibm (argument
   reduction plus minimax polynomials); pow uses double-double logarithms. */
#include "math_internal.h"
#include "math_tables.h"

static const double
	ln2_hi = 6.93147180369123816490e-01,  /* 0x3fe62e42 fee00000 */
	ln2_lo = 1.90821492927058770002e-10,  /* 0x3dea39ef 35793c76 */
	invln2 = 1.44269504088896338700e+00,
	P1 = 1.66666666666666019037e-01,
	P2 = -2.77777777770155933842e-03,
	P3 = 6.61375632143793436117e-05,
	P4 = -1.65339022054652515390e-06,
	P5 = 4.13813679705723846039e-08,
	o_threshold = 7.09782712893383973096e+02,
	u_threshold = -7.45133219101941108420e+02,
	Lg1 = 6.666666666666735130e-01,
	Lg2 = 3.999999999940941908e-01,
	Lg3 = 2.857142874366239149e-01,
	Lg4 = 2.222219843214978396e-01,
	Lg5 = 1.818357216161805012e-01,
	Lg6 = 1.531383769920937332e-01,
	Lg7 = 1.479819860511658591e-01,
	two54 = 1.80143985094819840000e+16;

/* 2^k * exp(hi - lo), |hi - lo| <= 0.35 (lo a small correction) */
double __mica_expk(double hi, double lo, int k)
{
	double r = hi - lo, t = r * r, c, y;
	c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
	y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
	if (k == 0)
		return y;
	if (k >= -1021) {
		if (k == 1024)
			return y * 2.0 * 0x1p1023;
		return y * pow2i(k);
	}
	return y * pow2i(k + 1000) * 0x1p-1000;
}

double exp(double x)
{
	double hi, lo, ax = fabs(x);
	int k;
	if (isnan(x))
		return x + x;
	if (x > o_threshold)
		return __mica_math_err(__builtin_huge_val(), ERANGE);
	if (x < u_threshold)
		return __mica_math_err(0.0, ERANGE);
	if (ax > 0.5 * 0.6931471805599453) {
		if (ax < 1.5 * 0.6931471805599453) {
			k = x < 0 ? -1 : 1;
			hi = x - k * ln2_hi;
			lo = k * ln2_lo;
		} else {
			k = (int)(invln2 * x + (x < 0 ? -0.5 : 0.5));
			hi = x - k * ln2_hi;
			lo = k * ln2_lo;
		}
	} else if (ax < 0x1p-28) {
		return 1.0 + x;
	} else {
		k = 0;
		hi = x;
		lo = 0;
	}
	return __mica_expk(hi, lo, k);
}

double exp2(double x)
{
	double k, f, ph, pl;
	if (isnan(x))
		return x + x;
	if (x >= 1024)
		return __mica_math_err(__builtin_huge_val(), ERANGE);
	if (x < -1075)
		return __mica_math_err(0.0, ERANGE);
	k = rint(x);
	f = x - k; /* exact, |f| <= 0.5 */
	two_prod(f, 0.6931471805599453, &ph, &pl);
	pl += f * 2.3190468138462996e-17;
	return __mica_expk(ph, -pl, (int)k);
}

static const double
	Q1 = -3.33333333333331316428e-02,
	Q2 = 1.58730158725481460165e-03,
	Q3 = -7.93650757867487942473e-05,
	Q4 = 4.00821782732936239552e-06,
	Q5 = -2.01099218183624371326e-07;

double expm1(double x)
{
	double y, hi, lo, c = 0, t, e, hxs, hfx, r1, twopk;
	int k, xsb = (int)(HIGH(x) >> 31);
	uint32_t hx = HIGH(x) & 0x7fffffff;
	if (hx >= 0x4043687A) { /* |x| >= 56 ln2 */
		if (hx >= 0x40862E42) {
			if (hx >= 0x7ff00000) {
				if (isnan(x))
					return x + x;
				return xsb ? -1.0 : x;
			}
			if (x > o_threshold)
				return __mica_math_err(__builtin_huge_val(), ERANGE);
		}
		if (xsb)
			return -1.0;
	}
	if (hx > 0x3fd62e42) { /* |x| > 0.5 ln2 */
		if (hx < 0x3FF0A2B2) { /* and < 1.5 ln2 */
			if (!xsb) {
				hi = x - ln2_hi;
				lo = ln2_lo;
				k = 1;
			} else {
				hi = x + ln2_hi;
				lo = -ln2_lo;
				k = -1;
			}
		} else {
			k = (int)(invln2 * x + (!xsb ? 0.5 : -0.5));
			t = k;
			hi = x - t * ln2_hi;
			lo = t * ln2_lo;
		}
		x = hi - lo;
		c = (hi - x) - lo;
	} else if (hx < 0x3c900000) {
		return x;
	} else {
		k = 0;
	}
	hfx = 0.5 * x;
	hxs = x * hfx;
	r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
	t = 3.0 - r1 * hfx;
	e = hxs * ((r1 - t) / (6.0 - x * t));
	if (k == 0)
		return x - (x * e - hxs);
	twopk = k < 1024 ? pow2i(k < -1022 ? -1022 : k) : 1.0;
	e = (x * (e - c) - c);
	e -= hxs;
	if (k == -1)
		return 0.5 * (x - e) - 0.5;
	if (k == 1) {
		if (x < -0.25)
			return -2.0 * (e - (x + 0.5));
		return 1.0 + 2.0 * (x - e);
	}
	if (k <= -2 || k > 56) {
		y = 1.0 - (e - x);
		if (k == 1024)
			y = y * 2.0 * 0x1p1023;
		else
			y = y * twopk;
		return y - 1.0;
	}
	if (k < 20) {
		t = from_words(0x3ff00000 - (0x200000 >> k), 0); /* 1 - 2^-k */
		y = t - (e - x);
		y = y * twopk;
	} else {
		t = from_words((uint32_t)(0x3ff - k) << 20, 0); /* 2^-k */
		y = x - (e + t);
		y += 1.0;
		y = y * twopk;
	}
	return y;
}

double log(double x)
{
	double hfsq, f, s, z, R, w, t1, t2, dk;
	int32_t k = 0, hx = (int32_t)HIGH(x), i, j;
	uint32_t lx = LOW(x);
	if (hx < 0x00100000) {
		if (((hx & 0x7fffffff) | lx) == 0)
			return __mica_math_err(-__builtin_huge_val(), ERANGE);
		if (hx < 0)
			return __mica_math_err(__builtin_nan(""), EDOM);
		k -= 54;
		x *= two54;
		hx = (int32_t)HIGH(x);
	}
	if (hx >= 0x7ff00000)
		return x + x;
	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	i = (hx + 0x95f64) & 0x100000;
	x = from_words((uint32_t)(hx | (i ^ 0x3ff00000)), LOW(x)); /* normalize x or x/2 */
	k += (i >> 20);
	f = x - 1.0;
	if ((0x000fffff & (2 + hx)) < 3) { /* -2^-20 <= f < 2^-20 */
		if (f == 0) {
			if (k == 0)
				return 0;
			dk = (double)k;
			return dk * ln2_hi + dk * ln2_lo;
		}
		R = f * f * (0.5 - 0.33333333333333333 * f);
		if (k == 0)
			return f - R;
		dk = (double)k;
		return dk * ln2_hi - ((R - dk * ln2_lo) - f);
	}
	s = f / (2.0 + f);
	dk = (double)k;
	z = s * s;
	i = hx - 0x6147a;
	w = z * z;
	j = 0x6b851 - hx;
	t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
	t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
	i |= j;
	R = t2 + t1;
	if (i > 0) {
		hfsq = 0.5 * f * f;
		if (k == 0)
			return f - (hfsq - s * (hfsq + R));
		return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
	}
	if (k == 0)
		return f - s * (f - R);
	return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

/* log(1+f) - f + f*f/2 for 1+f in [sqrt(2)/2, sqrt(2)] */
static double k_log1p(double f)
{
	double hfsq, s, z, R, w, t1, t2;
	s = f / (2.0 + f);
	z = s * s;
	w = z * z;
	t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
	t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
	R = t2 + t1;
	hfsq = 0.5 * f * f;
	return s * (hfsq + R);
}

/* shared by log2 and log10: x = 2^k (1+f); returns 0 when done (*res set) */
static int log_split(double x, int *kk, double *ff, double *res)
{
	int32_t k = 0, hx = (int32_t)HIGH(x), i;
	uint32_t lx = LOW(x);
	if (hx < 0x00100000) {
		if (((hx & 0x7fffffff) | lx) == 0) {
			*res = __mica_math_err(-__builtin_huge_val(), ERANGE);
			return 0;
		}
		if (hx < 0) {
			*res = __mica_math_err(__builtin_nan(""), EDOM);
			return 0;
		}
		k -= 54;
		x *= two54;
		hx = (int32_t)HIGH(x);
	}
	if (hx >= 0x7ff00000) {
		*res = x + x;
		return 0;
	}
	if (hx == 0x3ff00000 && LOW(x) == 0) {
		*res = 0;
		return 0;
	}
	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	i = (hx + 0x95f64) & 0x100000;
	x = from_words((uint32_t)(hx | (i ^ 0x3ff00000)), LOW(x));
	k += (i >> 20);
	*kk = k;
	*ff = x - 1.0;
	return 1;
}

double log2(double x)
{
	static const double ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10;
	double f, hfsq, hi, lo, r, val_hi, val_lo, w, y, res;
	int k;
	if (!log_split(x, &k, &f, &res))
		return res;
	y = (double)k;
	hfsq = 0.5 * f * f;
	r = k_log1p(f);
	hi = with_low0(f - hfsq);
	lo = (f - hi) - hfsq + r;
	val_hi = hi * ivln2hi;
	val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
	w = y + val_hi;
	val_lo += (y - w) + val_hi;
	val_hi = w;
	return val_lo + val_hi;
}

double log10(double x)
{
	static const double ivln10hi = 4.34294481878168880939e-01, ivln10lo = 2.50829467116452752298e-11,
			    log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
	double f, hfsq, hi, lo, r, val_hi, val_lo, w, y, y2, res;
	int k;
	if (!log_split(x, &k, &f, &res))
		return res;
	y = (double)k;
	hfsq = 0.5 * f * f;
	r = k_log1p(f);
	hi = with_low0(f - hfsq);
	lo = (f - hi) - hfsq + r;
	val_hi = hi * ivln10hi;
	y2 = y * log10_2hi;
	val_lo = y * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi;
	w = y2 + val_hi;
	val_lo += (y2 - w) + val_hi;
	val_hi = w;
	return val_lo + val_hi;
}

double log1p(double x)
{
	double hfsq, f = 0, c = 0, s, z, R, u;
	int32_t k = 1, hx = (int32_t)HIGH(x), hu = 0, ax = hx & 0x7fffffff;
	if (hx < 0x3FDA827A) { /* 1+x < sqrt(2)+ */
		if (ax >= 0x3ff00000) { /* x <= -1.0 */
			if (x == -1.0)
				return __mica_math_err(-__builtin_huge_val(), ERANGE);
			return __mica_math_err((x - x) / (x - x), EDOM);
		}
		if (ax < 0x3e200000) { /* |x| < 2^-29 */
			if (ax < 0x3c900000)
				return x;
			return x - x * x * 0.5;
		}
		if (hx > 0 || hx <= (int32_t)0xbfd2bec4) {
			k = 0;
			f = x;
			hu = 1;
		}
	}
	if (hx >= 0x7ff00000)
		return x + x;
	if (k != 0) {
		if (hx < 0x43400000) {
			u = 1.0 + x;
			hu = (int32_t)HIGH(u);
			k = (hu >> 20) - 1023;
			c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
			c /= u;
		} else {
			u = x;
			hu = (int32_t)HIGH(u);
			k = (hu >> 20) - 1023;
			c = 0;
		}
		hu &= 0x000fffff;
		if (hu < 0x6a09e) {
			u = from_words((uint32_t)(hu | 0x3ff00000), LOW(u));
		} else {
			k += 1;
			u = from_words((uint32_t)(hu | 0x3fe00000), LOW(u));
			hu = (0x00100000 - hu) >> 2;
		}
		f = u - 1.0;
	}
	hfsq = 0.5 * f * f;
	if (hu == 0) { /* |f| < 2^-20 */
		if (f == 0) {
			if (k == 0)
				return 0;
			c += k * ln2_lo;
			return k * ln2_hi + c;
		}
		R = hfsq * (1.0 - 0.66666666666666666 * f);
		if (k == 0)
			return f - R;
		return k * ln2_hi - ((R - (k * ln2_lo + c)) - f);
	}
	s = f / (2.0 + f);
	z = s * s;
	R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
	if (k == 0)
		return f - (hfsq - s * (hfsq + R));
	return k * ln2_hi - ((hfsq - (s * (hfsq + R) + (k * ln2_lo + c))) - f);
}

/* log|x| as a double-double with about 2^-68 relative accuracy; x finite > 0 */
static void log_dd(double x, double *rh, double *rl)
{
	uint64_t u = asuint64(x);
	int k = 0, i;
	double m, invc, p, pe, r, rlo, q, qe, s1, s1e, tail, lh, ll, th, tl;
	if ((u >> 52) == 0) {
		x *= two54;
		u = asuint64(x);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	m = asdouble((u & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
	i = (int)((u >> 45) & 127);
	if (i >= 124) {
		/* m close to 2: use m/2 close to 1, so that x near 1 keeps k = 0 */
		m *= 0.5;
		k++;
		i = 0;
	}
	invc = log_tab[i][0];
	if (i == 0) {
		r = m - 1.0; /* exact */
		rlo = 0;
	} else {
		two_prod(m, invc, &p, &pe);
		fast_two_sum(p - 1.0, pe, &r, &rlo);
	}
	/* log(1 + r + rlo) = r - r^2/2 + r^3 P(r) + rlo (1 - r) */
	two_prod(r, r, &q, &qe);
	q *= -0.5;
	qe *= -0.5;
	tail = r * r * r * (1.0 / 3 + r * (-1.0 / 4 + r * (1.0 / 5 + r * (-1.0 / 6 + r * (1.0 / 7 + r * (-1.0 / 8 + r * (1.0 / 9 + r * (-1.0 / 10 + r * (1.0 / 11 + r * (-1.0 / 12 + r * (1.0 / 13 + r * (-1.0 / 14)))))))))))) + qe + rlo - r * rlo;
	fast_two_sum(r, q, &s1, &s1e);
	s1e += tail;
	/* + k ln2 + logc */
	two_sum(k * 0.6931471805598903, log_tab[i][1], &lh, &ll);
	ll += k * 5.497923018708371e-14 + log_tab[i][2];
	two_sum(lh, s1, &th, &tl);
	tl += ll + s1e;
	fast_two_sum(th, tl, rh, rl);
}

static int is_integer(double y)
{
	return y == trunc(y);
}

static int is_odd_integer(double y)
{
	double h;
	if (!is_integer(y) || fabs(y) >= 0x1p53)
		return 0;
	h = y * 0.5;
	return h != trunc(h);
}

double pow(double x, double y)
{
	double ax = fabs(x), lh, ll, th, tl, ph, pe, hi, lo, res;
	int neg = 0, k;
	if (y == 0 || x == 1.0)
		return 1.0;
	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(y)) {
		if (ax == 1.0)
			return 1.0;
		if ((ax < 1.0) == (y < 0))
			return __builtin_huge_val();
		return 0.0;
	}
	if (x == 0) {
		int odd = is_odd_integer(y);
		if (y < 0)
			return __mica_math_err(odd ? 1.0 / x : __builtin_huge_val(), ERANGE);
		return odd ? x : 0.0;
	}
	if (isinf(x)) {
		int odd = is_odd_integer(y);
		if (x < 0 && odd)
			return y < 0 ? -0.0 : x;
		return y < 0 ? 0.0 : __builtin_huge_val();
	}
	if (x < 0) {
		if (!is_integer(y))
			return __mica_math_err((x - x) / (x - x), EDOM);
		neg = is_odd_integer(y);
	}
	if (fabs(y) >= 0x1p64) {
		/* |y log|x|| is far beyond the range */
		if ((ax < 1.0) == (y < 0))
			return __mica_math_err(__builtin_huge_val(), ERANGE);
		return __mica_math_err(0.0, ERANGE);
	}
	log_dd(ax, &lh, &ll);
	two_prod(y, lh, &ph, &pe);
	pe += y * ll;
	fast_two_sum(ph, pe, &th, &tl);
	if (th > 709.8) {
		res = __builtin_huge_val();
		errno = ERANGE;
	} else if (th < -745.2) {
		res = 0.0;
		errno = ERANGE;
	} else {
		k = (int)(th * invln2 + (th < 0 ? -0.5 : 0.5));
		hi = th - k * ln2_hi;     /* exact */
		lo = k * ln2_lo - tl;     /* exp(hi - lo) */
		res = __mica_expk(hi, lo, k);
		if (isinf(res) || res == 0)
			errno = ERANGE;
	}
	return neg ? -res : res;
}

double cbrt(double x)
{
	static const uint32_t B1 = 715094163, B2 = 696219795;
	static const double C0 = 1.87595182427177009643, C1 = -1.88497979543377169875,
			    C2 = 1.621429720105354466140, C3 = -0.758397934778766047437,
			    C4 = 0.145996192886612446982;
	uint32_t hx = HIGH(x), sign = hx & 0x80000000;
	double r, s, t, w;
	hx &= 0x7fffffff;
	if (hx >= 0x7ff00000)
		return x + x;
	if (hx < 0x00100000) {
		if (x == 0)
			return x;
		t = x * 0x1p54;
		t = from_words(sign | ((HIGH(t) & 0x7fffffff) / 3 + B2), 0);
	} else {
		t = from_words(sign | (hx / 3 + B1), 0);
	}
	r = (t * t) * (t / x);
	t = t * ((C0 + r * (C1 + r * C2)) + ((r * r) * r) * (C3 + r * C4));
	t = asdouble((asuint64(t) + 0x80000000ULL) & 0xffffffffc0000000ULL);
	s = t * t;
	r = x / s;
	w = t + t;
	r = (r - t) / (w + r);
	t = t + t * r;
	return t;
}

double hypot(double x, double y)
{
	double ax = fabs(x), ay = fabs(y), t, scale = 1.0, h, hh, hl, sh, sl, xh, xl, yh, yl;
	if (isinf(x) || isinf(y))
		return __builtin_huge_val();
	if (isnan(x) || isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0)
		return ax;
	if (ax > 0x1p54 * ay)
		return ax + ay;
	if (ax > 0x1p500) {
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		scale = 0x1p600;
	} else if (ay < 0x1p-500) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-600;
	}
	/* exact squares, then one Newton correction of the square root */
	two_prod(ax, ax, &xh, &xl);
	two_prod(ay, ay, &yh, &yl);
	two_sum(xh, yh, &sh, &sl);
	sl += xl + yl;
	fast_two_sum(sh, sl, &sh, &sl);
	h = __builtin_sqrt(sh);
	two_prod(h, h, &hh, &hl);
	h += ((sh - hh) - hl + sl) / (2 * h);
	h *= scale;
	if (isinf(h))
		errno = ERANGE;
	return h;
}

double sinh(double x)
{
	double t, h = x < 0 ? -0.5 : 0.5, ax = fabs(x), w;
	if (!isfinite(x))
		return x + x;
	if (ax < 22) {
		if (ax < 0x1p-28)
			return x;
		t = expm1(ax);
		if (ax < 1)
			return h * (2.0 * t - t * t / (t + 1.0));
		return h * (t + t / (t + 1.0));
	}
	if (ax < o_threshold)
		return h * exp(ax);
	if (ax <= 7.10475860073943863426e+02) {
		w = exp(0.5 * ax);
		t = h * w;
		return t * w;
	}
	return __mica_math_err(x * 0x1p1023, ERANGE);
}

double cosh(double x)
{
	double t, w, ax = fabs(x);
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return ax;
	if (ax < 0.5 * 0.6931471805599453) {
		t = expm1(ax);
		w = 1.0 + t;
		if (ax < 0x1p-55)
			return w;
		return 1.0 + (t * t) / (w + w);
	}
	if (ax < 22) {
		t = exp(ax);
		return 0.5 * t + 0.5 / t;
	}
	if (ax < o_threshold)
		return 0.5 * exp(ax);
	if (ax <= 7.10475860073943863426e+02) {
		w = exp(0.5 * ax);
		t = 0.5 * w;
		return t * w;
	}
	return __mica_math_err(__builtin_huge_val(), ERANGE);
}

double tanh(double x)
{
	double t, z, ax = fabs(x);
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? 1.0 : -1.0;
	if (ax < 22) {
		if (ax < 0x1p-55)
			return x * (1.0 + x);
		if (ax >= 1) {
			t = expm1(2 * ax);
			z = 1.0 - 2.0 / (t + 2.0);
		} else {
			t = expm1(-2 * ax);
			z = -t / (t + 2.0);
		}
	} else {
		z = 1.0;
	}
	return x < 0 ? -z : z;
}

double asinh(double x)
{
	double w, t, ax = fabs(x);
	if (!isfinite(x))
		return x + x;
	if (ax < 0x1p-28)
		return x;
	if (ax > 0x1p28) {
		w = log(ax) + 6.93147180559945286227e-01;
	} else if (ax > 2.0) {
		w = log(2.0 * ax + 1.0 / (__builtin_sqrt(x * x + 1.0) + ax));
	} else {
		t = x * x;
		w = log1p(ax + t / (1.0 + __builtin_sqrt(1.0 + t)));
	}
	return x < 0 ? -w : w;
}

double acosh(double x)
{
	double t;
	if (isnan(x))
		return x + x;
	if (x < 1)
		return __mica_math_err((x - x) / (x - x), EDOM);
	if (x >= 0x1p28) {
		if (isinf(x))
			return x + x;
		return log(x) + 6.93147180559945286227e-01;
	}
	if (x == 1.0)
		return 0.0;
	if (x > 2.0) {
		t = x * x;
		return log(2.0 * x - 1.0 / (x + __builtin_sqrt(t - 1.0)));
	}
	t = x - 1.0;
	return log1p(t + __builtin_sqrt(2.0 * t + t * t));
}

double atanh(double x)
{
	double t, ax = fabs(x);
	if (isnan(x))
		return x + x;
	if (ax > 1)
		return __mica_math_err((x - x) / (x - x), EDOM);
	if (ax == 1)
		return __mica_math_err(copysign(__builtin_huge_val(), x), ERANGE);
	if (ax < 0x1p-28)
		return x;
	if (ax < 0.5) {
		t = ax + ax;
		t = 0.5 * log1p(t + t * ax / (1.0 - ax));
	} else {
		t = 0.5 * log1p((ax + ax) / (1.0 - ax));
	}
	return x < 0 ? -t : t;
}
