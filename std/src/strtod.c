/* strtod, strtof, strtold: correctly rounded (round-half-even on the exact
   decimal value) using big-integer arithmetic; hexadecimal floats, inf, nan. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <ctype.h>
#include <bits/fenv.h>
#include "internal.h"

#define MAXDIG 800
#define WORDS 170

typedef struct {
	int n;
	uint32_t w[WORDS];
} big;

static void big_set(big *b, uint32_t v)
{
	b->n = v ? 1 : 0;
	b->w[0] = v;
}

static void big_muladd(big *b, uint32_t m, uint32_t a)
{
	uint64_t carry = a;
	int i;
	for (i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->w[i] * m + carry;
		b->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		b->w[b->n++] = (uint32_t)carry;
}

static void big_pow10(big *b, int e)
{
	while (e >= 9) {
		big_muladd(b, 1000000000u, 0);
		e -= 9;
	}
	if (e > 0) {
		uint32_t m = 1;
		while (e--)
			m *= 10;
		big_muladd(b, m, 0);
	}
}

static int big_bits(const big *b)
{
	uint32_t top;
	int n;
	if (!b->n)
		return 0;
	top = b->w[b->n - 1];
	n = (b->n - 1) * 32;
	while (top) {
		n++;
		top >>= 1;
	}
	return n;
}

static void big_shl(big *b, int k)
{
	int words = k / 32, bits = k % 32, i;
	if (!b->n || k <= 0)
		return;
	if (bits) {
		uint32_t carry = 0;
		for (i = 0; i < b->n; i++) {
			uint32_t v = b->w[i];
			b->w[i] = (v << bits) | carry;
			carry = v >> (32 - bits);
		}
		if (carry)
			b->w[b->n++] = carry;
	}
	if (words) {
		for (i = b->n - 1; i >= 0; i--)
			b->w[i + words] = b->w[i];
		for (i = 0; i < words; i++)
			b->w[i] = 0;
		b->n += words;
	}
}

static void big_shr1(big *b)
{
	int i;
	for (i = 0; i < b->n; i++) {
		b->w[i] >>= 1;
		if (i + 1 < b->n)
			b->w[i] |= b->w[i + 1] << 31;
	}
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

static int big_cmp(const big *a, const big *b)
{
	int i;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

static void big_sub(big *a, const big *b)
{
	int64_t borrow = 0;
	int i;
	for (i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		borrow = t < 0;
		a->w[i] = (uint32_t)t;
	}
	while (a->n && !a->w[a->n - 1])
		a->n--;
}

struct fmt {
	int P;    /* significand bits including the hidden one */
	int emin; /* exponent of the smallest normal */
	int emax;
};

/* value = q * 2^(e2 - 63) (+ a bit more when sticky), q in [2^63, 2^64):
   the IEEE bits (without sign) of the correctly rounded result */
static uint64_t round_pack(uint64_t q, int e2, int sticky, const struct fmt *f, int *range)
{
	int shift;
	uint64_t mant, rem, half;
	if (e2 > f->emax) {
		*range = 1;
		return (uint64_t)(2 * f->emax + 1) << (f->P - 1);
	}
	shift = 64 - f->P;
	if (e2 < f->emin)
		shift += f->emin - e2;
	if (shift > 64) {
		*range = 1;
		return 0;
	}
	if (shift == 64) {
		mant = 0;
		rem = q;
		half = (uint64_t)1 << 63;
	} else {
		mant = q >> shift;
		rem = q & (((uint64_t)1 << shift) - 1);
		half = (uint64_t)1 << (shift - 1);
	}
	if (rem > half || (rem == half && (sticky || (mant & 1))))
		mant++;
	if (e2 < f->emin) {
		/* subnormal (a carry into the hidden bit makes the smallest normal) */
		if (rem || sticky) {
			/* underflow when inexact and tiny: below the smallest normal
			   before rounding, or (as on x86) still below it when rounded
			   to P bits with an unbounded exponent */
			int tiny = 1;
			if (!__MICA_TININESS_BEFORE_ROUNDING && e2 == f->emin - 1) {
				int sh = 64 - f->P;
				uint64_t m2 = q >> sh, r2 = q & (((uint64_t)1 << sh) - 1), h2 = (uint64_t)1 << (sh - 1);
				if (r2 > h2 || (r2 == h2 && (sticky || (m2 & 1))))
					m2++;
				if (m2 >> f->P)
					tiny = 0;
			}
			if (tiny)
				*range = 1;
		}
		return mant;
	}
	if (mant >> f->P) {
		mant >>= 1;
		e2++;
		if (e2 > f->emax) {
			*range = 1;
			return (uint64_t)(2 * f->emax + 1) << (f->P - 1);
		}
	}
	return ((uint64_t)(e2 + f->emax - 1) << (f->P - 1)) + mant;
}

static const struct fmt fmt_double = {53, -1022, 1023};
static const struct fmt fmt_float = {24, -126, 127};

static int lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int match(const char *s, const char *word)
{
	int i;
	for (i = 0; word[i]; i++)
		if (lower((unsigned char)s[i]) != word[i])
			return 0;
	return 1;
}

static uint64_t parse(const char *s, char **end, const struct fmt *f, int *neg_out)
{
	const char *p = s;
	int neg = 0, range = 0;
	uint64_t res;
	uint64_t infbits = (uint64_t)(2 * f->emax + 1) << (f->P - 1);
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	*neg_out = neg;
	if (match(p, "inf")) {
		p += match(p, "infinity") ? 8 : 3;
		*end = (char *)p;
		return infbits;
	}
	if (match(p, "nan")) {
		uint64_t payload = 0;
		p += 3;
		if (*p == '(') {
			const char *q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')') {
				/* like glibc: a number in the parentheses is the payload */
				char *e;
				int saved = errno;
				unsigned long long v = strtoull(p + 1, &e, 0);
				errno = saved;
				if (e == q)
					payload = v & (((uint64_t)1 << (f->P - 2)) - 1);
				p = q + 1;
			}
		}
		*end = (char *)p;
		return infbits | ((uint64_t)1 << (f->P - 2)) | payload;
	}
	if (p[0] == '0' && lower((unsigned char)p[1]) == 'x' &&
	    (isxdigit((unsigned char)p[2]) || (p[2] == '.' && isxdigit((unsigned char)p[3])))) {
		uint64_t m = 0;
		long e2 = 0;
		int sticky = 0, any = 0, dot = 0, nd = 0;
		p += 2;
		for (;; p++) {
			int c = (unsigned char)*p, d;
			if (c == '.' && !dot) {
				dot = 1;
				continue;
			}
			if (!isxdigit(c))
				break;
			d = isdigit(c) ? c - '0' : lower(c) - 'a' + 10;
			any = 1;
			if (nd < 15) {
				m = m * 16 + (unsigned)d;
				if (m)
					nd++;
				if (dot)
					e2 -= 4;
			} else {
				if (d)
					sticky = 1;
				if (!dot)
					e2 += 4;
			}
		}
		(void)any;
		if (lower((unsigned char)*p) == 'p') {
			const char *q = p + 1;
			int eneg = 0;
			long ev = 0;
			if (*q == '+' || *q == '-')
				eneg = *q++ == '-';
			if (isdigit((unsigned char)*q)) {
				while (isdigit((unsigned char)*q)) {
					if (ev < 100000)
						ev = ev * 10 + (*q - '0');
					q++;
				}
				e2 += eneg ? -ev : ev;
				p = q;
			}
		}
		*end = (char *)p;
		if (!m)
			return 0;
		/* normalise m to [2^63, 2^64) */
		{
			int sh = 0;
			while (!(m >> 63)) {
				m <<= 1;
				sh++;
			}
			e2 += 63 - sh;
		}
		if (e2 > 100000)
			e2 = 100000;
		if (e2 < -100000)
			e2 = -100000;
		res = round_pack(m, (int)e2, sticky, f, &range);
		if (range)
			errno = ERANGE;
		return res;
	}
	{
		static char digits[MAXDIG];
		int nd = 0, sticky = 0, any = 0, dot = 0;
		long e10 = 0;
		for (;; p++) {
			int c = (unsigned char)*p;
			if (c == '.' && !dot) {
				dot = 1;
				continue;
			}
			if (!isdigit(c))
				break;
			any = 1;
			if (nd == 0 && c == '0') {
				if (dot)
					e10--;
				continue;
			}
			if (nd < MAXDIG) {
				digits[nd++] = (char)c;
				if (dot)
					e10--;
			} else {
				if (c != '0')
					sticky = 1;
				if (!dot)
					e10++;
			}
		}
		if (!any) {
			*end = (char *)s;
			*neg_out = 0;
			return 0;
		}
		if (lower((unsigned char)*p) == 'e') {
			const char *q = p + 1;
			int eneg = 0;
			long ev = 0;
			if (*q == '+' || *q == '-')
				eneg = *q++ == '-';
			if (isdigit((unsigned char)*q)) {
				while (isdigit((unsigned char)*q)) {
					if (ev < 1000000)
						ev = ev * 10 + (*q - '0');
					q++;
				}
				e10 += eneg ? -ev : ev;
				p = q;
			}
		}
		*end = (char *)p;
		while (nd > 0 && digits[nd - 1] == '0') {
			nd--;
			e10++;
		}
		if (nd == 0)
			return 0;
		if (nd + e10 > 311) {
			errno = ERANGE;
			return infbits;
		}
		if (nd + e10 < -326) {
			errno = ERANGE;
			return 0;
		}
		/* exact and fast: few digits, small power of ten, double target */
		if (f->P == 53 && nd <= 15 && !sticky && e10 >= -22 && e10 <= 22) {
			static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
						     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
			int64_t v = 0;
			double d;
			int i;
			for (i = 0; i < nd; i++)
				v = v * 10 + (digits[i] - '0');
			d = (double)v;
			d = e10 < 0 ? d / p10[-e10] : d * p10[e10];
			return __mica_dbl_bits(d) & ~((uint64_t)1 << 63);
		}
		{
			static big num, den, t;
			int i, k, bitsdiff;
			uint64_t q = 0;
			big_set(&num, 0);
			for (i = 0; i < nd; i++) {
				if (num.n == 0)
					big_set(&num, (uint32_t)(digits[i] - '0'));
				else
					big_muladd(&num, 10, (uint32_t)(digits[i] - '0'));
			}
			if (sticky) {
				big_muladd(&num, 10, 1);
				e10--;
			}
			big_set(&den, 1);
			if (e10 > 0)
				big_pow10(&num, (int)e10);
			else if (e10 < 0)
				big_pow10(&den, (int)-e10);
			bitsdiff = big_bits(&num) - big_bits(&den);
			k = 63 - bitsdiff;
			if (k > 0)
				big_shl(&num, k);
			else
				big_shl(&den, -k);
			/* q = floor(num / den), which is below 2^64 */
			t = den;
			big_shl(&t, 63);
			for (i = 63; i >= 0; i--) {
				if (big_cmp(&num, &t) >= 0) {
					big_sub(&num, &t);
					q |= (uint64_t)1 << i;
				}
				big_shr1(&t);
			}
			if (!(q >> 63)) {
				big_shl(&num, 1);
				q <<= 1;
				if (big_cmp(&num, &den) >= 0) {
					big_sub(&num, &den);
					q |= 1;
				}
				k++;
			}
			res = round_pack(q, 63 - k, num.n != 0, f, &range);
			if (range)
				errno = ERANGE;
			return res;
		}
	}
}

double strtod(const char *restrict s, char **restrict end)
{
	char *e;
	int neg;
	uint64_t b = parse(s, &e, &fmt_double, &neg);
	if (end)
		*end = e;
	return __mica_bits_dbl(b | ((uint64_t)neg << 63));
}

long double strtold(const char *restrict s, char **restrict end)
{
	return strtod(s, end);
}

uint32_t __mica_flt_bits(float x)
{
	union { float f; uint32_t u; } v;
	v.f = x;
	return v.u;
}

float __mica_bits_flt(uint32_t b)
{
	union { float f; uint32_t u; } v;
	v.u = b;
	return v.f;
}

float strtof(const char *restrict s, char **restrict end)
{
	char *e;
	int neg;
	uint64_t b = parse(s, &e, &fmt_float, &neg);
	if (end)
		*end = e;
	return __mica_bits_flt((uint32_t)b | ((uint32_t)neg << 31));
}
