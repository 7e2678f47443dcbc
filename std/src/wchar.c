/* Minimal wchar.h: wide strings, and the C locale's one-byte conversions. */
#include <wchar.h>
#include <errno.h>

size_t wcslen(const wchar_t *s) { const wchar_t *p = s; while (*p) p++; return (size_t)(p - s); }
wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s) { wchar_t *r = d; while ((*d++ = *s++)) ; return r; }
wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t i = 0;
	for (; i < n && s[i]; i++) d[i] = s[i];
	for (; i < n; i++) d[i] = 0;
	return d;
}
wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s) { wcscpy(d + wcslen(d), s); return d; }
int wcscmp(const wchar_t *a, const wchar_t *b)
{
	while (*a && *a == *b) a++, b++;
	return *a < *b ? -1 : *a > *b;
}
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b) return *a < *b ? -1 : 1;
		if (!*a) return 0;
	}
	return 0;
}
wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c) return (wchar_t *)s;
		if (!*s) return 0;
	}
}
wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *r = 0;
	for (;; s++) {
		if (*s == c) r = s;
		if (!*s) return (wchar_t *)r;
	}
}
wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n) { size_t i; for (i = 0; i < n; i++) d[i] = s[i]; return d; }
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n)
{
	size_t i;
	if (d < s) for (i = 0; i < n; i++) d[i] = s[i];
	else while (n--) d[n] = s[n];
	return d;
}
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n) { size_t i; for (i = 0; i < n; i++) d[i] = c; return d; }
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) if (*a != *b) return *a < *b ? -1 : 1;
	return 0;
}
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) { for (; n; n--, s++) if (*s == c) return (wchar_t *)s; return 0; }
wint_t btowc(int c) { return c >= 0 && c < 0x80 ? (wint_t)c : WEOF; }
int wctob(wint_t c) { return c < 0x80 ? (int)c : -1; }
int mbsinit(const mbstate_t *s) { (void)s; return 1; }
size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	(void)st;
	if (!s) return 0;
	if (!n) return (size_t)-2;
	if ((unsigned char)*s >= 0x80) { errno = EILSEQ; return (size_t)-1; }
	if (wc) *wc = (unsigned char)*s;
	return *s != 0;
}
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict st) { return mbrtowc(0, s, n, st); }
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	(void)st;
	if (!s) return 1;
	if ((unsigned long)wc >= 0x80) { errno = EILSEQ; return (size_t)-1; }
	*s = (char)wc;
	return 1;
}
