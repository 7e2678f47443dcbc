/* The scanf family: __mica_vscan reads from a FILE (sscanf uses a memory
   FILE over the string). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <limits.h>
#include <wchar.h>
#include "internal.h"

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_LD };

struct in {
	FILE *f;
	size_t count; /* characters consumed */
	int eof;
};

static int in_get(struct in *in)
{
	int c = __mica_getc(in->f);
	if (c == EOF)
		in->eof = 1;
	else
		in->count++;
	return c;
}

static void in_unget(struct in *in, int c)
{
	if (c != EOF) {
		ungetc(c, in->f);
		in->count--;
	}
}

/* collect a number's characters (at most width) into buf; returns length */
static size_t scan_int_text(struct in *in, char *buf, size_t cap, size_t width, int base)
{
	size_t n = 0;
	int c = in_get(in);
	if (n < width && (c == '+' || c == '-')) {
		buf[n++] = (char)c;
		c = in_get(in);
	}
	if ((base == 0 || base == 16) && n < width && c == '0') {
		buf[n++] = (char)c;
		c = in_get(in);
		if (n < width && (c == 'x' || c == 'X')) {
			buf[n++] = (char)c;
			c = in_get(in);
			base = 16;
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	while (n < width && n < cap - 1 && c != EOF) {
		int d;
		if (isdigit(c))
			d = c - '0';
		else if (isalpha(c))
			d = (c | 32) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		buf[n++] = (char)c;
		c = in_get(in);
	}
	in_unget(in, c);
	buf[n] = 0;
	return n;
}

static size_t scan_float_text(struct in *in, char *buf, size_t cap, size_t width)
{
	size_t n = 0;
	int c = in_get(in), hex = 0, digits = 0;
	if (width > cap - 1)
		width = cap - 1;
	if (n < width && (c == '+' || c == '-')) {
		buf[n++] = (char)c;
		c = in_get(in);
	}
	if (n < width && (c == 'i' || c == 'I' || c == 'n' || c == 'N')) {
		const char *word = (c == 'i' || c == 'I') ? "infinity" : "nan";
		size_t k = 0;
		while (word[k] && n < width && c != EOF && tolower(c) == word[k]) {
			buf[n++] = (char)c;
			k++;
			c = in_get(in);
		}
		/* "inf" is complete even when "inity" does not follow */
		in_unget(in, c);
		buf[n] = 0;
		return n;
	}
	if (n < width && c == '0') {
		buf[n++] = (char)c;
		digits = 1;
		c = in_get(in);
		if (n < width && (c == 'x' || c == 'X')) {
			buf[n++] = (char)c;
			c = in_get(in);
			hex = 1;
		}
	}
	while (n < width && c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
		buf[n++] = (char)c;
		digits = 1;
		c = in_get(in);
	}
	if (n < width && c == '.') {
		buf[n++] = (char)c;
		c = in_get(in);
		while (n < width && c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
			buf[n++] = (char)c;
			digits = 1;
			c = in_get(in);
		}
	}
	if (digits && n < width && (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))) {
		buf[n++] = (char)c;
		c = in_get(in);
		if (n < width && (c == '+' || c == '-')) {
			buf[n++] = (char)c;
			c = in_get(in);
		}
		while (n < width && c != EOF && isdigit(c)) {
			buf[n++] = (char)c;
			c = in_get(in);
		}
	}
	in_unget(in, c);
	buf[n] = 0;
	return n;
}

static void store_int(void *p, int len, unsigned long long v)
{
	switch (len) {
	case L_HH: *(char *)p = (char)v; break;
	case L_H: *(short *)p = (short)v; break;
	case L_L: *(long *)p = (long)v; break;
	case L_LL: case L_LD: *(long long *)p = (long long)v; break;
	case L_J: *(intmax_t *)p = (intmax_t)v; break;
	case L_Z: *(size_t *)p = (size_t)v; break;
	case L_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(int *)p = (int)v; break;
	}
}

int __mica_vscan(FILE *f, const char *fmt, __builtin_va_list ap)
{
	struct in in;
	const unsigned char *p = (const unsigned char *)fmt;
	int assigned = 0, conversions = 0;
	in.f = f;
	in.count = 0;
	in.eof = 0;
	while (*p) {
		int suppress = 0, len = L_NONE, conv, c;
		size_t width = 0;
		void *dest = 0;
		if (isspace(*p)) {
			while (isspace(*p))
				p++;
			do
				c = in_get(&in);
			while (c != EOF && isspace(c));
			in_unget(&in, c);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			if (*p == '%') {
				p++;
				do
					c = in_get(&in);
				while (c != EOF && isspace(c));
			} else {
				c = in_get(&in);
			}
			if (c != *p) {
				in_unget(&in, c);
				if (c == EOF && !conversions)
					return EOF;
				return assigned;
			}
			p++;
			continue;
		}
		p++;
		if (*p == '*') {
			suppress = 1;
			p++;
		}
		while (isdigit(*p))
			width = width * 10 + (size_t)(*p++ - '0');
		switch (*p) {
		case 'h': len = p[1] == 'h' ? (p++, L_HH) : L_H; p++; break;
		case 'l': len = p[1] == 'l' ? (p++, L_LL) : L_L; p++; break;
		case 'j': len = L_J; p++; break;
		case 'z': len = L_Z; p++; break;
		case 't': len = L_T; p++; break;
		case 'L': len = L_LD; p++; break;
		case 'q': len = L_LL; p++; break;
		}
		conv = *p++;
		if (!conv)
			break;
		if (!suppress && conv != 'n')
			dest = __builtin_va_arg(ap, void *);
		if (conv != 'c' && conv != '[' && conv != 'n') {
			do
				c = in_get(&in);
			while (c != EOF && isspace(c));
			if (c == EOF)
				return conversions ? assigned : EOF;
			in_unget(&in, c);
		}
		if (width == 0)
			width = (conv == 'c') ? 1 : (size_t)-1;
		switch (conv) {
		case 'n':
			if (!suppress)
				store_int(__builtin_va_arg(ap, void *), len, in.count);
			continue;
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
			char buf[128];
			char *end;
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			unsigned long long v;
			size_t n = scan_int_text(&in, buf, sizeof buf, width, base);
			if (!n)
				return conversions || !in.eof ? assigned : EOF;
			if (conv == 'd' || conv == 'i')
				v = (unsigned long long)strtoll(buf, &end, base);
			else
				v = strtoull(buf, &end, base);
			/* like glibc, "0x" alone reads as 0 */
			if (end == buf)
				return assigned;
			conversions++;
			if (!suppress) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					store_int(dest, len, v);
				assigned++;
			}
			break;
		}
		case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
			char buf[512];
			char *end;
			double v;
			size_t n = scan_float_text(&in, buf, sizeof buf, width);
			if (!n)
				return conversions || !in.eof ? assigned : EOF;
			if (len == L_NONE) {
				float fv = strtof(buf, &end);
				/* like glibc, an exponent without digits ("1.5e") is ignored */
				if (end == buf)
					return assigned;
				if (!suppress)
					*(float *)dest = fv;
			} else {
				v = strtod(buf, &end);
				if (end == buf)
					return assigned;
				if (!suppress) {
					if (len == L_LD)
						*(long double *)dest = v;
					else
						*(double *)dest = v;
				}
			}
			conversions++;
			if (!suppress)
				assigned++;
			break;
		}
		case 's': {
			char *s = dest;
			size_t n = 0;
			c = in_get(&in);
			while (n < width && c != EOF && !isspace(c)) {
				if (s)
					s[n] = (char)c;
				n++;
				c = in_get(&in);
			}
			in_unget(&in, c);
			if (!n)
				return assigned;
			if (s)
				s[n] = 0;
			conversions++;
			if (!suppress)
				assigned++;
			break;
		}
		case 'c': {
			char *s = dest;
			size_t n = 0;
			while (n < width) {
				c = in_get(&in);
				if (c == EOF)
					break;
				if (s)
					s[n] = (char)c;
				n++;
			}
			if (n < width && !n)
				return conversions ? assigned : EOF;
			if (n < width)
				return assigned;
			conversions++;
			if (!suppress)
				assigned++;
			break;
		}
		case '[': {
			unsigned char set[256];
			int invert = 0;
			char *s = dest;
			size_t n = 0;
			memset(set, 0, sizeof set);
			if (*p == '^') {
				invert = 1;
				p++;
			}
			if (*p == ']') {
				set[']'] = 1;
				p++;
			}
			while (*p && *p != ']') {
				if (p[1] == '-' && p[2] && p[2] != ']') {
					int a = p[0], b = p[2], k;
					for (k = a; k <= b; k++)
						set[k] = 1;
					p += 3;
				} else {
					set[*p++] = 1;
				}
			}
			if (*p == ']')
				p++;
			c = in_get(&in);
			while (n < width && c != EOF && (set[c] ^ invert)) {
				if (s)
					s[n] = (char)c;
				n++;
				c = in_get(&in);
			}
			in_unget(&in, c);
			if (!n)
				return (c == EOF && !conversions) ? EOF : assigned;
			if (s)
				s[n] = 0;
			conversions++;
			if (!suppress)
				assigned++;
			break;
		}
		default:
			return assigned;
		}
	}
	return assigned;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, __builtin_va_list ap)
{
	return __mica_vscan(f, fmt, ap);
}

int vscanf(const char *restrict fmt, __builtin_va_list ap)
{
	return __mica_vscan(stdin, fmt, ap);
}

int vsscanf(const char *restrict s, const char *restrict fmt, __builtin_va_list ap)
{
	struct __mica_FILE f;
	memset(&f, 0, sizeof f);
	f.fd = -1;
	f.flags = F_READ | F_STR | F_STATIC;
	f.bufmode = _IOFBF;
	f.base = f.buf = (unsigned char *)s;
	f.bufsize = strlen(s);
	f.rpos = f.buf;
	f.rend = f.buf + f.bufsize;
	return __mica_vscan(&f, fmt, ap);
}

int scanf(const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vscanf(fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	__builtin_va_list ap;
	int r;
	__builtin_va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	__builtin_va_end(ap);
	return r;
}
