/* The printf family: the formatting core (__mica_vformat) and its front ends.
   Floating-point conversions are exact: the binary value is expanded to all
   of its decimal digits with big-integer arithmetic, then rounded
   half-to-even, as glibc does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <wchar.h>
#include "internal.h"

#define F_LEFT 1
#define F_PLUS 2
#define F_SPACE 4
#define F_ALT 8
#define F_ZERO 16

/* ---- output sink ---- */
static void out(struct __mica_out *o, const char *s, size_t n)
{
	if (!n)
		return;
	o->count += n;
	if (o->f) {
		if (__mica_fwrite(s, n, o->f) != n)
			o->err = 1;
		return;
	}
	if (o->cap && o->pos < o->cap - 1) {
		size_t room = o->cap - 1 - o->pos;
		size_t k = n < room ? n : room;
		memcpy(o->s + o->pos, s, k);
		o->pos += k;
	}
}

static void pad(struct __mica_out *o, char c, size_t n)
{
	char b[64];
	size_t k = n < sizeof b ? n : sizeof b;
	memset(b, c, k);
	while (n) {
		k = n < sizeof b ? n : sizeof b;
		out(o, b, k);
		n -= k;
	}
}

/* ---- exact decimal expansion of a double ---- */
#define DIGMAX 800
#define LIMBS 96

uint64_t __mica_dbl_bits(double x)
{
	union { double d; uint64_t u; } v;
	v.d = x;
	return v.u;
}

double __mica_bits_dbl(uint64_t b)
{
	union { double d; uint64_t u; } v;
	v.u = b;
	return v.d;
}

/* |x| = 0.d[0]d[1]...d[len-1] x 10^dexp, no trailing zeros; len 0 for zero */
static int dec_digits(double x, char *d, int *dexp)
{
	uint64_t bits = __mica_dbl_bits(x), m;
	int bexp = (int)((bits >> 52) & 0x7ff), e, n, i, len;
	uint32_t L[LIMBS];
	m = bits & (((uint64_t)1 << 52) - 1);
	if (bexp)
		m |= (uint64_t)1 << 52;
	else
		bexp = 1;
	e = bexp - 1075;
	*dexp = 1;
	if (!m)
		return 0;
	while (!(m & 1)) {
		m >>= 1;
		e++;
	}
	n = 0;
	while (m) {
		L[n++] = (uint32_t)(m % 1000000000u);
		m /= 1000000000u;
	}
	while (e > 0) {
		int sh = e > 29 ? 29 : e;
		uint64_t carry = 0;
		for (i = 0; i < n; i++) {
			uint64_t t = ((uint64_t)L[i] << sh) + carry;
			L[i] = (uint32_t)(t % 1000000000u);
			carry = t / 1000000000u;
		}
		while (carry) {
			L[n++] = (uint32_t)(carry % 1000000000u);
			carry /= 1000000000u;
		}
		e -= sh;
	}
	*dexp = 0;
	if (e < 0) {
		int k = -e;
		*dexp = e;
		while (k > 0) {
			int s = k > 13 ? 13 : k;
			uint32_t mul = 1;
			uint64_t carry = 0;
			for (i = 0; i < s; i++)
				mul *= 5;
			for (i = 0; i < n; i++) {
				uint64_t t = (uint64_t)L[i] * mul + carry;
				L[i] = (uint32_t)(t % 1000000000u);
				carry = t / 1000000000u;
			}
			while (carry) {
				L[n++] = (uint32_t)(carry % 1000000000u);
				carry /= 1000000000u;
			}
			k -= s;
		}
	}
	/* limbs to digits, most significant first */
	{
		char tmp[10];
		uint32_t v = L[n - 1];
		int t = 0;
		len = 0;
		do {
			tmp[t++] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		while (t)
			d[len++] = tmp[--t];
		for (i = n - 2; i >= 0; i--) {
			int j;
			v = L[i];
			for (j = 8; j >= 0; j--) {
				d[len + j] = (char)('0' + v % 10);
				v /= 10;
			}
			len += 9;
		}
	}
	*dexp += len;
	while (len > 0 && d[len - 1] == '0')
		len--;
	return len;
}

/* keep n leading digits, rounding half to even; returns the new length */
static int round_digits(char *d, int len, int n, int *dexp)
{
	int up, i;
	if (n >= len)
		return len;
	if (n < 0)
		return 0;
	if (n == 0)
		up = d[0] > '5' || (d[0] == '5' && len > 1);
	else
		up = d[n] > '5' || (d[n] == '5' && (len > n + 1 || ((d[n - 1] - '0') & 1)));
	if (!up) {
		len = n;
	} else {
		i = n - 1;
		while (i >= 0 && d[i] == '9')
			i--;
		if (i < 0) {
			d[0] = '1';
			(*dexp)++;
			return 1;
		}
		d[i]++;
		len = i + 1;
	}
	while (len > 0 && d[len - 1] == '0')
		len--;
	return len;
}

/* output digits d[from .. from+count), zeros outside [0, len) */
static void emit_digits(struct __mica_out *o, const char *d, int len, long from, long count)
{
	while (count > 0) {
		if (from < 0 || from >= len) {
			long z = count;
			if (from < 0 && -from < z)
				z = -from;
			pad(o, '0', (size_t)z);
			from += z;
			count -= z;
		} else {
			long k = len - from < count ? len - from : count;
			out(o, d + from, (size_t)k);
			from += k;
			count -= k;
		}
	}
}

static void fmt_float(struct __mica_out *o, double x, int flags, int width, int prec, int conv)
{
	char d[DIGMAX];
	char prefix[4];
	int plen = 0, len, dexp, upper = conv >= 'A' && conv <= 'Z', neg;
	uint64_t bits = __mica_dbl_bits(x);
	long total, body;
	int style = conv | 32; /* 'e', 'f', 'g', 'a' */
	neg = (int)(bits >> 63);
	if (neg)
		prefix[plen++] = '-';
	else if (flags & F_PLUS)
		prefix[plen++] = '+';
	else if (flags & F_SPACE)
		prefix[plen++] = ' ';

	if (((bits >> 52) & 0x7ff) == 0x7ff) {
		const char *s = (bits & (((uint64_t)1 << 52) - 1)) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
		total = plen + 3;
		if (!(flags & F_LEFT) && width > total)
			pad(o, ' ', (size_t)(width - total));
		out(o, prefix, (size_t)plen);
		out(o, s, 3);
		if ((flags & F_LEFT) && width > total)
			pad(o, ' ', (size_t)(width - total));
		return;
	}

	if (style == 'a') {
		uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
		int bexp = (int)((bits >> 52) & 0x7ff), lead, e, nd, i;
		char hex[16], expbuf[8];
		int elen = 0;
		unsigned ue;
		const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
		if (bexp == 0 && frac == 0) {
			lead = 0;
			e = 0;
		} else if (bexp == 0) {
			lead = 0;
			e = -1022;
		} else {
			lead = 1;
			e = bexp - 1023;
		}
		if (prec >= 0 && prec < 13) {
			int sh = 4 * (13 - prec);
			uint64_t rem = frac & (((uint64_t)1 << sh) - 1), half = (uint64_t)1 << (sh - 1);
			frac >>= sh;
			if (rem > half || (rem == half && ((prec ? frac : (uint64_t)lead) & 1)))
				frac++;
			if (prec == 0) {
				lead += (int)frac;
				frac = 0;
			} else if (frac >> (4 * prec)) {
				lead++;
				frac &= ((uint64_t)1 << (4 * prec)) - 1;
			}
			nd = prec;
		} else {
			nd = 13;
			if (prec < 0)
				while (nd > 0 && !(frac & 15)) {
					frac >>= 4;
					nd--;
				}
		}
		for (i = nd - 1; i >= 0; i--) {
			hex[i] = digs[frac & 15];
			frac >>= 4;
		}
		prefix[plen++] = '0';
		prefix[plen++] = upper ? 'X' : 'x';
		ue = e < 0 ? (unsigned)-e : (unsigned)e;
		do {
			expbuf[elen++] = (char)('0' + ue % 10);
			ue /= 10;
		} while (ue);
		body = 1 + ((nd > 0 || prec > 0 || (flags & F_ALT)) ? 1 : 0) + (prec > 13 ? prec : nd) + 2 + elen;
		total = plen + body;
		if (!(flags & (F_LEFT | F_ZERO)) && width > total)
			pad(o, ' ', (size_t)(width - total));
		out(o, prefix, (size_t)plen);
		if ((flags & F_ZERO) && !(flags & F_LEFT) && width > total)
			pad(o, '0', (size_t)(width - total));
		{
			char c = (char)('0' + lead);
			out(o, &c, 1);
		}
		if (nd > 0 || prec > 0 || (flags & F_ALT))
			out(o, ".", 1);
		out(o, hex, (size_t)nd);
		if (prec > 13)
			pad(o, '0', (size_t)(prec - 13));
		out(o, upper ? "P" : "p", 1);
		out(o, e < 0 ? "-" : "+", 1);
		while (elen)
			out(o, &expbuf[--elen], 1);
		if ((flags & F_LEFT) && width > total)
			pad(o, ' ', (size_t)(width - total));
		return;
	}

	if (prec < 0)
		prec = 6;
	len = dec_digits(x, d, &dexp);
	if (style == 'g') {
		int P = prec ? prec : 1, X, X0 = dexp - 1;
		if (len)
			len = round_digits(d, len, P, &dexp);
		X = len ? dexp - 1 : 0;
		if ((flags & F_ALT) && len && X == X0 + 1 && X >= P && P > X0 && X0 >= -4) {
			/* glibc: the choice of style is made before rounding; a carry
			   out of the %f form becomes %e with no fraction digits */
			style = 'e';
			prec = 0;
		} else if (P > X && X >= -4) {
			style = 'f';
			prec = P - 1 - X;
			if (!(flags & F_ALT)) {
				int need = len - dexp;
				if (need < 0)
					need = 0;
				if (need < prec)
					prec = need;
			}
		} else {
			style = 'e';
			prec = P - 1;
			if (!(flags & F_ALT)) {
				int need = len ? len - 1 : 0;
				if (need < prec)
					prec = need;
			}
		}
		upper = conv == 'G';
	}
	if (style == 'f') {
		long intlen;
		if (len)
			len = round_digits(d, len, dexp + prec, &dexp);
		if (!len)
			dexp = 0;
		intlen = dexp > 0 ? dexp : 1;
		body = intlen + ((prec > 0 || (flags & F_ALT)) ? 1 + prec : 0);
		total = plen + body;
		if (!(flags & (F_LEFT | F_ZERO)) && width > total)
			pad(o, ' ', (size_t)(width - total));
		out(o, prefix, (size_t)plen);
		if ((flags & F_ZERO) && !(flags & F_LEFT) && width > total)
			pad(o, '0', (size_t)(width - total));
		if (dexp > 0)
			emit_digits(o, d, len, 0, dexp);
		else
			out(o, "0", 1);
		if (prec > 0 || (flags & F_ALT))
			out(o, ".", 1);
		emit_digits(o, d, len, dexp, prec);
	} else {
		char expbuf[8];
		int elen = 0, e;
		unsigned ue;
		if (len)
			len = round_digits(d, len, prec + 1, &dexp);
		e = len ? dexp - 1 : 0;
		ue = e < 0 ? (unsigned)-e : (unsigned)e;
		do {
			expbuf[elen++] = (char)('0' + ue % 10);
			ue /= 10;
		} while (ue);
		if (elen < 2)
			expbuf[elen++] = '0';
		body = 1 + ((prec > 0 || (flags & F_ALT)) ? 1 + prec : 0) + 2 + elen;
		total = plen + body;
		if (!(flags & (F_LEFT | F_ZERO)) && width > total)
			pad(o, ' ', (size_t)(width - total));
		out(o, prefix, (size_t)plen);
		if ((flags & F_ZERO) && !(flags & F_LEFT) && width > total)
			pad(o, '0', (size_t)(width - total));
		emit_digits(o, d, len, 0, 1);
		if (prec > 0 || (flags & F_ALT))
			out(o, ".", 1);
		emit_digits(o, d, len, 1, prec);
		out(o, upper ? "E" : "e", 1);
		out(o, e < 0 ? "-" : "+", 1);
		while (elen)
			out(o, &expbuf[--elen], 1);
	}
	if ((flags & F_LEFT) && width > total)
		pad(o, ' ', (size_t)(width - total));
}

/* ---- integers ---- */
static void fmt_int(struct __mica_out *o, uintmax_t v, int neg, int flags, int width, int prec, int conv)
{
	char buf[3 * sizeof(uintmax_t) + 4];
	char *end = buf + sizeof buf, *p = end;
	const char *prefix = "";
	int base = 10, digits, zeros = 0;
	long total;
	size_t plen;
	const char *digs = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	if (conv == 'o')
		base = 8;
	else if (conv == 'x' || conv == 'X' || conv == 'p')
		base = 16;
	while (v) {
		*--p = digs[v % (unsigned)base];
		v /= (unsigned)base;
	}
	digits = (int)(end - p);
	if (prec < 0) {
		prec = 1;
	} else {
		flags &= ~F_ZERO;
	}
	if (prec > digits)
		zeros = prec - digits;
	if (conv == 'o' && (flags & F_ALT) && zeros == 0 && (digits == 0 || *p != '0'))
		zeros = 1;
	if (neg)
		prefix = "-";
	else if ((conv == 'd' || conv == 'i') && (flags & F_PLUS))
		prefix = "+";
	else if ((conv == 'd' || conv == 'i') && (flags & F_SPACE))
		prefix = " ";
	else if (conv == 'p')
		prefix = (flags & F_PLUS) ? "+0x" : (flags & F_SPACE) ? " 0x" : "0x";
	else if ((flags & F_ALT) && digits && (conv == 'x' || conv == 'X'))
		prefix = conv == 'X' ? "0X" : "0x";
	plen = strlen(prefix);
	total = (long)plen + zeros + digits;
	if ((flags & F_ZERO) && !(flags & F_LEFT) && width > total) {
		zeros += (int)(width - total);
		total = width;
	}
	if (!(flags & F_LEFT) && width > total)
		pad(o, ' ', (size_t)(width - total));
	out(o, prefix, plen);
	pad(o, '0', (size_t)zeros);
	out(o, p, (size_t)digits);
	if ((flags & F_LEFT) && width > total)
		pad(o, ' ', (size_t)(width - total));
}

static void fmt_str(struct __mica_out *o, const char *s, size_t n, int flags, int width)
{
	if (!(flags & F_LEFT) && width > 0 && (size_t)width > n)
		pad(o, ' ', (size_t)width - n);
	out(o, s, n);
	if ((flags & F_LEFT) && width > 0 && (size_t)width > n)
		pad(o, ' ', (size_t)width - n);
}

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_LD };

/* argument kinds, for fetching with va_arg or from the positional table */
enum { K_INT = 1, K_LONG, K_LLONG, K_INTMAX, K_SIZE, K_PTRDIFF, K_DOUBLE, K_LDOUBLE, K_PTR, K_WINT };
#define MAXPOS 64

union arg {
	intmax_t i;
	double d;
	void *p;
};

struct args {
	__builtin_va_list *ap;
	int positional; /* %n$ arguments */
	int collecting; /* first pass: only record the kinds */
	unsigned char kinds[MAXPOS + 1];
	union arg vals[MAXPOS + 1];
};

static union arg va_fetch(__builtin_va_list *ap, int kind)
{
	union arg a;
	a.i = 0;
	switch (kind) {
	case K_LONG: a.i = __builtin_va_arg(*ap, long); break;
	case K_LLONG: a.i = __builtin_va_arg(*ap, long long); break;
	case K_INTMAX: a.i = __builtin_va_arg(*ap, intmax_t); break;
	case K_SIZE: a.i = (intmax_t)__builtin_va_arg(*ap, size_t); break;
	case K_PTRDIFF: a.i = __builtin_va_arg(*ap, ptrdiff_t); break;
	case K_DOUBLE: a.d = __builtin_va_arg(*ap, double); break;
	case K_LDOUBLE: a.d = (double)__builtin_va_arg(*ap, long double); break;
	case K_PTR: a.p = __builtin_va_arg(*ap, void *); break;
	case K_WINT: a.i = (intmax_t)__builtin_va_arg(*ap, wint_t); break;
	default: a.i = __builtin_va_arg(*ap, int); break;
	}
	return a;
}

/* pos: 1-based argument number for %n$, 0 for the next argument */
static union arg fetch(struct args *A, int pos, int kind)
{
	union arg a;
	a.i = 0;
	if (!A->positional)
		return va_fetch(A->ap, kind);
	if (pos < 1 || pos > MAXPOS)
		return a;
	if (A->collecting) {
		A->kinds[pos] = (unsigned char)kind;
		return a;
	}
	return A->vals[pos];
}

/* "%N$" or "*N$" at p: returns N and advances *pp, else 0 */
static int posarg(const char **pp)
{
	const char *p = *pp;
	int n = 0;
	if (*p < '1' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		n = n * 10 + (*p++ - '0');
	if (*p != '$')
		return 0;
	*pp = p + 1;
	return n;
}

static int int_kind(int len)
{
	switch (len) {
	case L_L: return K_LONG;
	case L_LL: case L_LD: return K_LLONG;
	case L_J: return K_INTMAX;
	case L_Z: return K_SIZE;
	case L_T: return K_PTRDIFF;
	default: return K_INT;
	}
}

static int format_pass(struct __mica_out *o, const char *fmt, struct args *A)
{
	const char *p = fmt;
	while (*p) {
		const char *start;
		int flags = 0, width = 0, prec = -1, len = L_NONE, conv, pos;
		if (*p != '%') {
			const char *q = p;
			while (*q && *q != '%')
				q++;
			out(o, p, (size_t)(q - p));
			p = q;
			continue;
		}
		start = p++;
		pos = posarg(&p);
		for (;; p++) {
			if (*p == '-')
				flags |= F_LEFT;
			else if (*p == '+')
				flags |= F_PLUS;
			else if (*p == ' ')
				flags |= F_SPACE;
			else if (*p == '#')
				flags |= F_ALT;
			else if (*p == '0')
				flags |= F_ZERO;
			else if (*p == '\'' || *p == 'I')
				; /* grouping / locale digits: nothing to do in the C locale */
			else
				break;
		}
		if (*p == '*') {
			int wp;
			p++;
			wp = posarg(&p);
			width = (int)fetch(A, wp, K_INT).i;
			if (width < 0) {
				flags |= F_LEFT;
				width = width == INT_MIN ? INT_MAX : -width;
			}
		} else {
			while (*p >= '0' && *p <= '9')
				width = width * 10 + (*p++ - '0');
		}
		if (*p == '.') {
			p++;
			if (*p == '*') {
				int pp;
				p++;
				pp = posarg(&p);
				prec = (int)fetch(A, pp, K_INT).i;
				if (prec < 0)
					prec = -1;
			} else {
				prec = 0;
				while (*p >= '0' && *p <= '9')
					prec = prec * 10 + (*p++ - '0');
			}
		}
		switch (*p) {
		case 'h':
			len = p[1] == 'h' ? (p++, L_HH) : L_H;
			p++;
			break;
		case 'l':
			len = p[1] == 'l' ? (p++, L_LL) : L_L;
			p++;
			break;
		case 'j': len = L_J; p++; break;
		case 'z': len = L_Z; p++; break;
		case 't': len = L_T; p++; break;
		case 'L': len = L_LD; p++; break;
		case 'q': len = L_LL; p++; break;
		}
		conv = *p;
		if (conv)
			p++;
		if (flags & F_LEFT)
			flags &= ~F_ZERO;
		if (flags & F_PLUS)
			flags &= ~F_SPACE;
		switch (conv) {
		case 'd':
		case 'i': {
			intmax_t v = fetch(A, pos, int_kind(len)).i;
			switch (len) {
			case L_HH: v = (signed char)v; break;
			case L_H: v = (short)v; break;
			case L_L: v = (long)v; break;
			case L_NONE: v = (int)v; break;
			}
			fmt_int(o, v < 0 ? -(uintmax_t)v : (uintmax_t)v, v < 0, flags, width, prec, conv);
			break;
		}
		case 'u':
		case 'o':
		case 'x':
		case 'X': {
			uintmax_t v = (uintmax_t)fetch(A, pos, int_kind(len)).i;
			switch (len) {
			case L_HH: v = (unsigned char)v; break;
			case L_H: v = (unsigned short)v; break;
			case L_L: v = (unsigned long)v; break;
			case L_Z: v = (size_t)v; break;
			case L_T: v = (size_t)v; break;
			case L_NONE: v = (unsigned)v; break;
			}
			fmt_int(o, v, 0, flags & ~(F_PLUS | F_SPACE), width, prec, conv);
			break;
		}
		case 'p': {
			void *v = fetch(A, pos, K_PTR).p;
			if (A->collecting)
				break;
			if (!v)
				fmt_str(o, "(nil)", 5, flags, width);
			else
				fmt_int(o, (uintptr_t)v, 0, flags, width, prec, 'p');
			break;
		}
		case 'c': {
			char c;
			if (len == L_L) {
				wint_t wc = (wint_t)fetch(A, pos, K_WINT).i;
				if (wc >= 0x80) {
					o->err = 1;
					errno = EILSEQ;
					return -1;
				}
				c = (char)wc;
			} else {
				c = (char)fetch(A, pos, K_INT).i;
			}
			fmt_str(o, &c, 1, flags, width);
			break;
		}
		case 's':
			if (len == L_L) {
				const wchar_t *ws = fetch(A, pos, K_PTR).p;
				char buf[256];
				size_t n = 0, i;
				if (A->collecting)
					break;
				if (!ws)
					ws = (prec < 0 || prec >= 6) ? L"(null)" : L"";
				while (ws[n] && (prec < 0 || n < (size_t)prec))
					n++;
				if (!(flags & F_LEFT) && width > 0 && (size_t)width > n)
					pad(o, ' ', (size_t)width - n);
				for (i = 0; i < n; i++) {
					if ((unsigned long)ws[i] >= 0x80) {
						o->err = 1;
						errno = EILSEQ;
						return -1;
					}
					buf[i % sizeof buf] = (char)ws[i];
					if (i % sizeof buf == sizeof buf - 1)
						out(o, buf, sizeof buf);
				}
				out(o, buf, n % sizeof buf);
				if ((flags & F_LEFT) && width > 0 && (size_t)width > n)
					pad(o, ' ', (size_t)width - n);
			} else {
				const char *s = fetch(A, pos, K_PTR).p;
				size_t n;
				if (A->collecting)
					break;
				if (!s)
					s = (prec < 0 || prec >= 6) ? "(null)" : "";
				n = prec < 0 ? strlen(s) : strnlen(s, (size_t)prec);
				fmt_str(o, s, n, flags, width);
			}
			break;
		case 'f':
		case 'F':
		case 'e':
		case 'E':
		case 'g':
		case 'G':
		case 'a':
		case 'A': {
			double v = fetch(A, pos, len == L_LD ? K_LDOUBLE : K_DOUBLE).d;
			if (!A->collecting)
				fmt_float(o, v, flags, width, prec, conv);
			break;
		}
		case 'n': {
			void *ptr = fetch(A, pos, K_PTR).p;
			if (A->collecting)
				break;
			switch (len) {
			case L_HH: *(signed char *)ptr = (signed char)o->count; break;
			case L_H: *(short *)ptr = (short)o->count; break;
			case L_L: *(long *)ptr = (long)o->count; break;
			case L_LL: *(long long *)ptr = (long long)o->count; break;
			case L_J: *(intmax_t *)ptr = (intmax_t)o->count; break;
			case L_Z: case L_T: *(ptrdiff_t *)ptr = (ptrdiff_t)o->count; break;
			default: *(int *)ptr = (int)o->count; break;
			}
			break;
		}
		case '%':
			out(o, "%", 1);
			break;
		default:
			/* unknown conversion: print it as written */
			out(o, start, (size_t)(p - start));
			break;
		}
	}
	return 0;
}

int __mica_vformat(struct __mica_out *o, const char *fmt, __builtin_va_list ap)
{
	struct args A;
	__builtin_va_list ap2;
	const char *q;
	int r;
	__builtin_va_copy(ap2, ap);
	A.ap = &ap2;
	A.positional = 0;
	A.collecting = 0;
	/* positional arguments: a first pass records every argument's kind,
	   then all of them are fetched in order */
	for (q = strchr(fmt, '%'); q; q = strchr(q + 2, '%')) {
		const char *t = q + 1;
		if (posarg(&t)) {
			A.positional = 1;
			break;
		}
		if (!q[1])
			break;
	}
	if (A.positional) {
		struct __mica_out dry;
		int i;
		memset(&dry, 0, sizeof dry);
		memset(A.kinds, 0, sizeof A.kinds);
		A.collecting = 1;
		format_pass(&dry, fmt, &A);
		A.collecting = 0;
		for (i = 1; i <= MAXPOS && A.kinds[i]; i++)
			A.vals[i] = va_fetch(&ap2, A.kinds[i]);
	}
	r = format_pass(o, fmt, &A);
	__builtin_va_end(ap2);
	if (r < 0 || o->err)
		return -1;
	if (o->count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o->count;
}

/* ---- front ends ---- */
int vfprintf(FILE *restrict f, const char *restrict fmt, __builtin_va_list ap)
{
	struct __mica_out o;
	int r;
	memset(&o, 0, sizeof o);
	o.f = f;
	if (__mica_towrite(f))
		return -1;
	if (f->bufmode == _IONBF) {
		/* unbuffered: collect this call's output and write it at once */
		unsigned char tmp[BUFSIZ];
		unsigned char *sb = f->buf, *swb = f->wbase, *swp = f->wpos, *swe = f->wend;
		size_t ssz = f->bufsize;
		f->buf = f->wbase = f->wpos = tmp;
		f->wend = tmp + sizeof tmp;
		f->bufsize = sizeof tmp;
		f->bufmode = _IOFBF;
		r = __mica_vformat(&o, fmt, ap);
		if (__mica_fflush_unlocked(f))
			r = -1;
		f->bufmode = _IONBF;
		f->buf = sb;
		f->wbase = swb;
		f->wpos = swp;
		f->wend = swe;
		f->bufsize = ssz;
		return r;
	}
	return __mica_vformat(&o, fmt, ap);
}

int vprintf(const char *restrict fmt, __builtin_va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, __builtin_va_list ap)
{
	struct __mica_out o;
	int r;
	memset(&o, 0, sizeof o);
	o.s = s;
	o.cap = n;
	r = __mica_vformat(&o, fmt, ap);
	if (n)
		s[o.pos] = 0;
	return r;
}

int vsprintf(char *restrict s, const char *restrict fmt, __builtin_va_list ap)
{
	return vsnprintf(s, (size_t)INT_MAX + 1, fmt, ap);
}

int vasprintf(char **res, const char *fmt, __builtin_va_list ap)
{
	__builtin_va_list ap2;
	int n;
	char *s;
	__builtin_va_copy(ap2, ap);
	n = vsnprintf(0, 0, fmt, ap2);
	__builtin_va_end(ap2);
	if (n < 0)
		return -1;
	s = malloc((size_t)n + 1);
	if (!s)
		return -1;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	*res = s;
	return n;
}

int vdprintf(int fd, const char *restrict fmt, __builtin_va_list ap)
{
	struct __mica_FILE f;
	unsigned char buf[BUFSIZ];
	int r;
	memset(&f, 0, sizeof f);
	f.fd = fd;
	f.flags = F_WRITE | F_STATIC;
	f.bufmode = _IOFBF;
	f.base = buf;
	f.buf = buf;
	f.bufsize = sizeof buf;
	r = vfprintf(&f, fmt, ap);
	if (__mica_fflush_unlocked(&f))
		return -1;
	return r;
}

int printf(const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vsprintf(s, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int asprintf(char **res, const char *fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vasprintf(res, fmt, ap);
	__builtin_va_end(ap);
	return r;
}
