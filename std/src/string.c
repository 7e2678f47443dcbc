/* string.h and strings.h */
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <ctype.h>
#include <stdint.h>

void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;
	if ((((uintptr_t)dp | (uintptr_t)sp) & (sizeof(long) - 1)) == 0) {
		for (; n >= sizeof(long); n -= sizeof(long), dp += sizeof(long), sp += sizeof(long))
			*(long *)dp = *(const long *)sp;
	}
	while (n--)
		*dp++ = *sp++;
	return d;
}

void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;
	if (dp == sp || n == 0)
		return d;
	if ((uintptr_t)dp - (uintptr_t)sp >= n) /* no harmful overlap going forward */
		return memcpy(d, s, n);
	while (n--)
		dp[n] = sp[n];
	return d;
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;
	if (((uintptr_t)p & (sizeof(long) - 1)) == 0 && n >= sizeof(long)) {
		unsigned long w = (unsigned char)c;
		w |= w << 8;
		w |= w << 16;
		if (sizeof(long) > 4)
			w |= (w << 16) << 16;
		for (; n >= sizeof(long); n -= sizeof(long), p += sizeof(long))
			*(unsigned long *)p = w;
	}
	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return 0;
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	while (n--)
		if (p[n] == (unsigned char)c)
			return (void *)(p + n);
	return 0;
}

void *memccpy(void *restrict d, const void *restrict s, int c, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;
	for (; n; n--) {
		*dp = *sp++;
		if (*dp++ == (unsigned char)c)
			return dp;
	}
	return 0;
}

void *mempcpy(void *restrict d, const void *restrict s, size_t n)
{
	return (char *)memcpy(d, s, n) + n;
}

void *memmem(const void *h, size_t hl, const void *n, size_t nl)
{
	const unsigned char *hp = h;
	size_t i;
	if (nl == 0)
		return (void *)h;
	if (hl < nl)
		return 0;
	for (i = 0; i + nl <= hl; i++)
		if (hp[i] == *(const unsigned char *)n && !memcmp(hp + i, n, nl))
			return (void *)(hp + i);
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i])
		i++;
	return i;
}

char *strcpy(char *restrict d, const char *restrict s)
{
	char *r = d;
	while ((*d++ = *s++))
		;
	return r;
}

char *stpcpy(char *restrict d, const char *restrict s)
{
	while ((*d = *s++))
		d++;
	return d;
}

char *strncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t i = 0;
	for (; i < n && s[i]; i++)
		d[i] = s[i];
	for (; i < n; i++)
		d[i] = 0;
	return d;
}

char *stpncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t i = 0;
	char *r;
	for (; i < n && s[i]; i++)
		d[i] = s[i];
	r = d + i;
	for (; i < n; i++)
		d[i] = 0;
	return r;
}

char *strcat(char *restrict d, const char *restrict s)
{
	strcpy(d + strlen(d), s);
	return d;
}

char *strncat(char *restrict d, const char *restrict s, size_t n)
{
	char *p = d + strlen(d);
	while (n-- && *s)
		*p++ = *s++;
	*p = 0;
	return d;
}

size_t strlcpy(char *d, const char *s, size_t n)
{
	size_t l = strlen(s);
	if (n) {
		size_t k = l < n - 1 ? l : n - 1;
		memcpy(d, s, k);
		d[k] = 0;
	}
	return l;
}

size_t strlcat(char *d, const char *s, size_t n)
{
	size_t l = strnlen(d, n);
	if (l == n)
		return l + strlen(s);
	return l + strlcpy(d + l, s, n - l);
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	if (!n)
		return 0;
	while (--n && *a && *a == *b)
		a++, b++;
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	while (*p && tolower(*p) == tolower(*q))
		p++, q++;
	return tolower(*p) - tolower(*q);
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	if (!n)
		return 0;
	while (--n && *p && tolower(*p) == tolower(*q))
		p++, q++;
	return tolower(*p) - tolower(*q);
}

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

size_t strxfrm(char *restrict d, const char *restrict s, size_t n)
{
	size_t l = strlen(s);
	if (l < n)
		strcpy(d, s);
	return l;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return 0;
	}
}

char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}

char *strrchr(const char *s, int c)
{
	const char *r = 0;
	for (;; s++) {
		if (*s == (char)c)
			r = s;
		if (!*s)
			return (char *)r;
	}
}

size_t strspn(const char *s, const char *accept)
{
	const char *p = s;
	for (; *p; p++) {
		const char *a = accept;
		while (*a && *a != *p)
			a++;
		if (!*a)
			break;
	}
	return (size_t)(p - s);
}

size_t strcspn(const char *s, const char *reject)
{
	const char *p = s;
	for (; *p; p++) {
		const char *a = reject;
		while (*a && *a != *p)
			a++;
		if (*a)
			break;
	}
	return (size_t)(p - s);
}

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : 0;
}

char *strstr(const char *h, const char *n)
{
	size_t nl = strlen(n);
	if (!nl)
		return (char *)h;
	for (; *h; h++)
		if (*h == *n && !strncmp(h, n, nl))
			return (char *)h;
	return 0;
}

char *strcasestr(const char *h, const char *n)
{
	size_t nl = strlen(n);
	for (; *h; h++)
		if (!strncasecmp(h, n, nl))
			return (char *)h;
	return nl ? 0 : (char *)h;
}

char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += strspn(s, sep);
	if (!*s) {
		*save = 0;
		return 0;
	}
	*save = s + strcspn(s, sep);
	if (**save)
		*(*save)++ = 0;
	else
		*save = 0;
	return s;
}

char *strtok(char *restrict s, const char *restrict sep)
{
	static char *save;
	return strtok_r(s, sep, &save);
}

char *strsep(char **sp, const char *sep)
{
	char *s = *sp, *e;
	if (!s)
		return 0;
	e = s + strcspn(s, sep);
	if (*e)
		*e++ = 0;
	else
		e = 0;
	*sp = e;
	return s;
}

char *strdup(const char *s)
{
	size_t l = strlen(s) + 1;
	char *d = malloc(l);
	return d ? memcpy(d, s, l) : 0;
}

char *strndup(const char *s, size_t n)
{
	size_t l = strnlen(s, n);
	char *d = malloc(l + 1);
	if (!d)
		return 0;
	memcpy(d, s, l);
	d[l] = 0;
	return d;
}

