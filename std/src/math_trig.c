/* Trigonometric functions: fdlibm-style kernels on [-pi/4, pi/4], argument
   reduction by pi/2 (Cody-Waite for moderate arguments, an exact
   multi-word product with 2/pi for huge ones). */
#include "math_internal.h"
#include "math_tables.h"

static const double
	S1 = -1.66666666666666324348e-01,
	S2 = 8.33333333332248946124e-03,
	S3 = -1.98412698298579493134e-04,
	S4 = 2.75573137070700676789e-06,
	S5 = -2.50507602534068634195e-08,
	S6 = 1.58969099521155010221e-10,
	C1 = 4.16666666666666019037e-02,
	C2 = -1.38888888888741095749e-03,
	C3 = 2.48015872894767294178e-05,
	C4 = -2.75573143513906633035e-07,
	C5 = 2.08757232129817482790e-09,
	C6 = -1.13596475577881948265e-11;

/* sin(x + y), |x| <= pi/4, y the tail of x (iy = 0: y is 0) */
double __mica_sin_k(double x, double y, int iy)
{
	double z = x * x, w = z * z, r, v;
	r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
	v = z * x;
	if (iy == 0)
		return x + v * (S1 + z * r);
	return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

double __mica_cos_k(double x, double y)
{
	double hz, z = x * x, w = z * z, r;
	r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
	hz = 0.5 * z;
	w = 1.0 - hz;
	return w + (((1.0 - w) - hz) + (z * r - x * y));
}

static const double T[] = {
	3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
	2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
	1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
	7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
	2.59073051863633712884e-05,
};
static const double pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;

/* tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1), |x| <= pi/4 */
double __mica_tan_k(double x, double y, int iy)
{
	double z, r, v, w, s, a, t;
	int32_t hx = (int32_t)HIGH(x);
	int big = (hx & 0x7fffffff) >= 0x3FE59428; /* |x| >= 0.6744 */
	if (big) {
		if (hx < 0) {
			x = -x;
			y = -y;
		}
		z = pio4 - x;
		w = pio4lo - y;
		x = z + w;
		y = 0.0;
	}
	z = x * x;
	w = z * z;
	r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
	v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
	s = z * x;
	r = y + z * (s * (r + v) + y);
	r += T[0] * s;
	w = x + r;
	if (big) {
		v = iy;
		return (double)(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
	}
	if (iy == 1)
		return w;
	/* -1/(x + r), computed accurately */
	z = with_low0(w);
	v = r - (z - x);
	t = a = -1.0 / w;
	t = with_low0(t);
	s = 1.0 + t * z;
	return t + a * (s + t * v);
}

static const double
	invpio2 = 6.36619772367581382433e-01,
	pio2_1 = 1.57079632673412561417e+00,
	pio2_1t = 6.07710050650619224932e-11,
	pio2_2 = 6.07710050630396597660e-11,
	pio2_2t = 2.02226624879595063154e-21,
	pio2_3 = 2.02226624871116645580e-21,
	pio2_3t = 8.47842766036889956997e-32,
	pio2_hi = 1.57079632679489655800e+00,
	pio2_lo = 6.12323399573676603587e-17;

/* huge |x|: the fraction of x * 2/pi from an exact product with 192 bits of
   2/pi around the binary point of x */
static int rem_pio2_large(double x, double *y)
{
	uint64_t u = asuint64(x), m;
	int ex = (int)(u >> 52 & 0x7ff) - 1075, i0, s, i, n, neg = (int)(u >> 63), lz;
	uint32_t w[6], p[8] = {0, 0, 0, 0, 0, 0, 0, 0};
	uint64_t hi64, lo64, mlo, mhi;
	double fh, fl, ph, pl;
	m = (u & 0x000fffffffffffffULL) | 0x0010000000000000ULL;
	i0 = (ex - 3) / 32;
	if (i0 < 0)
		i0 = 0;
	for (i = 0; i < 6; i++)
		w[i] = two_over_pi[i0 + i];
	/* p = m * W, W = w[0..5] big-endian words; p little-endian words */
	mlo = m & 0xffffffffu;
	mhi = m >> 32;
	for (i = 0; i < 6; i++) {
		uint64_t wi = w[5 - i], t, carry;
		int j = i;
		t = wi * mlo + p[j];
		p[j] = (uint32_t)t;
		carry = t >> 32;
		t = wi * mhi + p[j + 1] + carry;
		p[j + 1] = (uint32_t)t;
		carry = t >> 32;
		for (j = j + 2; carry && j < 8; j++) {
			t = (uint64_t)p[j] + carry;
			p[j] = (uint32_t)t;
			carry = t >> 32;
		}
	}
	/* x * 2/pi = p * 2^-s (mod 8) */
	s = 32 * (i0 + 6) - ex;
	/* integer part mod 8, then 128 fraction bits */
	{
		int b;
		n = 0;
		for (b = 0; b < 3; b++) {
			int bit = s + b;
			if (bit < 256 && ((p[bit / 32] >> (bit % 32)) & 1))
				n |= 1 << b;
		}
		hi64 = lo64 = 0;
		for (b = 1; b <= 128; b++) {
			int bit = s - b, v = 0;
			if (bit >= 0)
				v = (p[bit / 32] >> (bit % 32)) & 1;
			if (b <= 64)
				hi64 |= (uint64_t)v << (64 - b);
			else
				lo64 |= (uint64_t)v << (128 - b);
		}
	}
	/* fraction f in [0,1): use f - 1 when f >= 1/2 */
	{
		int fneg = 0;
		if (hi64 >> 63) {
			hi64 = ~hi64;
			lo64 = ~lo64 + 1;
			if (!lo64)
				hi64++;
			n++;
			fneg = 1;
		}
		lz = 0;
		while (!(hi64 >> 63) && lz < 120) {
			hi64 = (hi64 << 1) | (lo64 >> 63);
			lo64 <<= 1;
			lz++;
		}
		fh = (double)(hi64 >> 11) * 0x1p-53;
		fl = ((double)(hi64 & 0x7ff) * 0x1p-64 + (double)(lo64 >> 11) * 0x1p-117);
		fh = scalbn(fh, -lz);
		fl = scalbn(fl, -lz);
		if (fneg) {
			fh = -fh;
			fl = -fl;
		}
	}
	two_prod(fh, pio2_hi, &ph, &pl);
	pl += fh * pio2_lo + fl * pio2_hi;
	fast_two_sum(ph, pl, &y[0], &y[1]);
	if (neg) {
		y[0] = -y[0];
		y[1] = -y[1];
		n = -n;
	}
	return n & 7;
}

/* x = n * pi/2 + y[0] + y[1], |y| <= pi/4; returns n (mod 8 for huge x) */
int __mica_rem_pio2(double x, double *y)
{
	double ax = fabs(x), z, w, t, r, fn;
	int n;
	uint32_t ix = HIGH(x) & 0x7fffffff;
	if (ax <= 7.85398163397448278999e-01) {
		y[0] = x;
		y[1] = 0;
		return 0;
	}
	if (ix < 0x413921fb) { /* |x| < 2^20 * pi/2: Cody-Waite */
		int j = (int)(ix >> 20), i;
		fn = rint(x * invpio2);
		n = (int)fn;
		r = x - fn * pio2_1;
		w = fn * pio2_1t;
		y[0] = r - w;
		i = j - (int)((HIGH(y[0]) >> 20) & 0x7ff);
		if (i > 16) { /* 2nd iteration, good to 118 bits */
			t = r;
			w = fn * pio2_2;
			r = t - w;
			w = fn * pio2_2t - ((t - r) - w);
			y[0] = r - w;
			i = j - (int)((HIGH(y[0]) >> 20) & 0x7ff);
			if (i > 49) { /* 3rd iteration, 151 bits */
				t = r;
				w = fn * pio2_3;
				r = t - w;
				w = fn * pio2_3t - ((t - r) - w);
				y[0] = r - w;
			}
		}
		y[1] = (r - y[0]) - w;
		return n;
	}
	if (ix >= 0x7ff00000) {
		y[0] = y[1] = x - x;
		return 0;
	}
	z = x;
	return rem_pio2_large(z, y);
}

double sin(double x)
{
	double y[2];
	int n;
	uint32_t ix = HIGH(x) & 0x7fffffff;
	if (ix <= 0x3fe921fb) {
		if (ix < 0x3e500000)
			return x;
		return __mica_sin_k(x, 0.0, 0);
	}
	if (ix >= 0x7ff00000) {
		if (isinf(x))
			errno = EDOM;
		return x - x;
	}
	n = __mica_rem_pio2(x, y);
	switch (n & 3) {
	case 0: return __mica_sin_k(y[0], y[1], 1);
	case 1: return __mica_cos_k(y[0], y[1]);
	case 2: return -__mica_sin_k(y[0], y[1], 1);
	default: return -__mica_cos_k(y[0], y[1]);
	}
}

double cos(double x)
{
	double y[2];
	int n;
	uint32_t ix = HIGH(x) & 0x7fffffff;
	if (ix <= 0x3fe921fb) {
		if (ix < 0x3e46a09e)
			return 1.0;
		return __mica_cos_k(x, 0.0);
	}
	if (ix >= 0x7ff00000) {
		if (isinf(x))
			errno = EDOM;
		return x - x;
	}
	n = __mica_rem_pio2(x, y);
	switch (n & 3) {
	case 0: return __mica_cos_k(y[0], y[1]);
	case 1: return -__mica_sin_k(y[0], y[1], 1);
	case 2: return -__mica_cos_k(y[0], y[1]);
	default: return __mica_sin_k(y[0], y[1], 1);
	}
}

double tan(double x)
{
	double y[2];
	int n;
	uint32_t ix = HIGH(x) & 0x7fffffff;
	if (ix <= 0x3fe921fb) {
		if (ix < 0x3e400000)
			return x;
		return __mica_tan_k(x, 0.0, 1);
	}
	if (ix >= 0x7ff00000) {
		if (isinf(x))
			errno = EDOM;
		return x - x;
	}
	n = __mica_rem_pio2(x, y);
	return __mica_tan_k(y[0], y[1], 1 - ((n & 1) << 1));
}

static const double atanhi[] = {
	4.63647609000806093515e-01, 7.85398163397448278999e-01,
	9.82793723247329054082e-01, 1.57079632679489655800e+00,
};
static const double atanlo[] = {
	2.26987774529616870924e-17, 3.06161699786838301793e-17,
	1.39033110312309984516e-17, 6.12323399573676603587e-17,
};
static const double aT[] = {
	3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
	-1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
	6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
	-3.65315727442169155270e-02, 1.62858201153657823623e-02,
};

double atan(double x)
{
	double w, s1, s2, z;
	int id;
	uint32_t ix = HIGH(x) & 0x7fffffff;
	int neg = (int)(HIGH(x) >> 31);
	if (ix >= 0x44100000) { /* |x| >= 2^66 */
		if (isnan(x))
			return x + x;
		return neg ? -atanhi[3] - atanlo[3] : atanhi[3] + atanlo[3];
	}
	if (ix < 0x3fdc0000) { /* |x| < 0.4375 */
		if (ix < 0x3e400000)
			return x;
		id = -1;
	} else {
		x = fabs(x);
		if (ix < 0x3ff30000) { /* |x| < 1.1875 */
			if (ix < 0x3fe60000) { /* 7/16 <= |x| < 11/16 */
				id = 0;
				x = (2.0 * x - 1.0) / (2.0 + x);
			} else {
				id = 1;
				x = (x - 1.0) / (x + 1.0);
			}
		} else {
			if (ix < 0x40038000) { /* |x| < 2.4375 */
				id = 2;
				x = (x - 1.5) / (1.0 + 1.5 * x);
			} else {
				id = 3;
				x = -1.0 / x;
			}
		}
	}
	z = x * x;
	w = z * z;
	s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
	s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
	if (id < 0)
		return x - x * (s1 + s2);
	z = atanhi[id] - ((x * (s1 + s2) - atanlo[id]) - x);
	return neg ? -z : z;
}

double atan2(double y, double x)
{
	static const double pi_o_4 = 7.8539816339744827900E-01, pi_o_2 = 1.5707963267948965580E+00,
			    pi = 3.1415926535897931160E+00, pi_lo = 1.2246467991473531772E-16;
	double z;
	int m, k;
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == 1.0)
		return atan(y);
	m = (signbit(y) ? 1 : 0) | (signbit(x) ? 2 : 0);
	if (y == 0) {
		switch (m) {
		case 0:
		case 1: return y;
		case 2: return pi;
		default: return -pi;
		}
	}
	if (x == 0)
		return y < 0 ? -pi_o_2 : pi_o_2;
	if (isinf(x)) {
		if (isinf(y)) {
			switch (m) {
			case 0: return pi_o_4;
			case 1: return -pi_o_4;
			case 2: return 3.0 * pi_o_4;
			default: return -3.0 * pi_o_4;
			}
		}
		switch (m) {
		case 0: return 0.0;
		case 1: return -0.0;
		case 2: return pi;
		default: return -pi;
		}
	}
	if (isinf(y))
		return y < 0 ? -pi_o_2 : pi_o_2;
	k = ((int)((HIGH(y) >> 20) & 0x7ff) - (int)((HIGH(x) >> 20) & 0x7ff));
	if (k > 60) {
		z = pi_o_2 + 0.5 * pi_lo;
		m &= 1;
	} else if ((m & 2) && k < -60) {
		z = 0.0;
	} else {
		z = atan(fabs(y / x));
	}
	switch (m) {
	case 0: return z;
	case 1: return -z;
	case 2: return pi - (z - pi_lo);
	default: return (z - pi_lo) - pi;
	}
}

static const double
	pS0 = 1.66666666666666657415e-01,
	pS1 = -3.25565818622400915405e-01,
	pS2 = 2.01212532134862925881e-01,
	pS3 = -4.00555345006794114027e-02,
	pS4 = 7.91534994289814532176e-04,
	pS5 = 3.47933107596021167570e-05,
	qS1 = -2.40339491173441421878e+00,
	qS2 = 2.02094576023350569471e+00,
	qS3 = -6.88283971605453293030e-01,
	qS4 = 7.70381505559019352791e-02;

static double R(double t)
{
	double p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
	double q = 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
	return p / q;
}

double asin(double x)
{
	static const double pio4_hi = 7.85398163397448278999e-01;
	double t, w, p, q, c, r, s, ax = fabs(x);
	if (ax >= 1.0) {
		if (ax == 1.0)
			return x * pio2_hi + x * pio2_lo;
		return __mica_math_err((x - x) / (x - x), EDOM);
	}
	if (ax < 0.5) {
		if (ax < 0x1p-26)
			return x;
		return x + x * R(x * x);
	}
	w = 1.0 - ax;
	t = w * 0.5;
	s = __builtin_sqrt(t);
	if (ax >= 0.975) {
		w = R(t);
		t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
	} else {
		w = with_low0(s);
		c = (t - w * w) / (s + w);
		r = R(t);
		p = 2.0 * s * r - (pio2_lo - 2.0 * c);
		q = pio4_hi - 2.0 * w;
		t = pio4_hi - (p - q);
	}
	return x < 0 ? -t : t;
}

double acos(double x)
{
	static const double pi = 3.14159265358979311600e+00;
	double z, r, w, s, c, df, ax = fabs(x);
	if (ax >= 1.0) {
		if (x == 1.0)
			return 0.0;
		if (x == -1.0)
			return pi + 2.0 * pio2_lo;
		return __mica_math_err((x - x) / (x - x), EDOM);
	}
	if (ax < 0.5) {
		if (ax <= 0x1p-57)
			return pio2_hi + pio2_lo;
		return pio2_hi - (x - (pio2_lo - x * R(x * x)));
	}
	if (x < 0) {
		z = (1.0 + x) * 0.5;
		s = __builtin_sqrt(z);
		r = R(z);
		w = r * s - pio2_lo;
		return pi - 2.0 * (s + w);
	}
	z = (1.0 - x) * 0.5;
	s = __builtin_sqrt(z);
	df = with_low0(s);
	c = (z - df * df) / (s + df);
	r = R(z);
	w = r * s + c;
	return 2.0 * (df + w);
}
