/* stdlib.h: process control, environment, integer helpers, conversions. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <ctype.h>
#include <signal.h>
#include <bits/signal.h>
#include <unistd.h>
#include <inttypes.h>
#include "internal.h"

/* ---- exit and atexit ---- */
#define ATEXIT_MAX 64
static void (*atexit_fns[ATEXIT_MAX])(void);
static int atexit_count;
static void (*quick_fns[ATEXIT_MAX])(void);
static int quick_count;

int atexit(void (*fn)(void))
{
	if (atexit_count >= ATEXIT_MAX)
		return -1;
	atexit_fns[atexit_count++] = fn;
	return 0;
}

int at_quick_exit(void (*fn)(void))
{
	if (quick_count >= ATEXIT_MAX)
		return -1;
	quick_fns[quick_count++] = fn;
	return 0;
}

void __mica_run_atexit(void)
{
	while (atexit_count > 0)
		atexit_fns[--atexit_count]();
}

_Noreturn void _Exit(int status)
{
	for (;;)
		__builtin_syscall(SYS_exit_group, status);
}

_Noreturn void _exit(int status)
{
	_Exit(status);
}

_Noreturn void exit(int status)
{
	__mica_run_atexit();
	__mica_stdio_exit();
	_Exit(status);
}

_Noreturn void quick_exit(int status)
{
	while (quick_count > 0)
		quick_fns[--quick_count]();
	_Exit(status);
}

_Noreturn void abort(void)
{
	struct __mica_ksigaction ksa;
	unsigned long set[(__MICA_KSIGSET_BYTES + sizeof(long) - 1) / sizeof(long)];
	raise(SIGABRT);
	/* the handler returned, or SIGABRT was ignored: force the default */
	memset(&ksa, 0, sizeof ksa);
	ksa.handler = SIG_DFL;
	__builtin_syscall(SYS_rt_sigaction, SIGABRT, &ksa, 0, __MICA_KSIGSET_BYTES);
	memset(set, 0, sizeof set);
	set[(SIGABRT - 1) / (8 * sizeof(long))] = 1UL << ((SIGABRT - 1) % (8 * sizeof(long)));
	__builtin_syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, set, 0, __MICA_KSIGSET_BYTES);
	raise(SIGABRT);
	_Exit(127);
}

/* ---- environment ---- */
static char **env_owned; /* environ array allocated by setenv, or 0 */

char *getenv(const char *name)
{
	size_t l = strlen(name);
	char **e;
	if (!environ || strchr(name, '='))
		return 0;
	for (e = environ; *e; e++)
		if (!strncmp(*e, name, l) && (*e)[l] == '=')
			return *e + l + 1;
	return 0;
}

static int env_put(char *entry, size_t namelen)
{
	size_t n = 0, i;
	char **ne;
	if (environ)
		for (; environ[n]; n++)
			if (!strncmp(environ[n], entry, namelen) && environ[n][namelen] == '=') {
				environ[n] = entry;
				return 0;
			}
	ne = malloc((n + 2) * sizeof *ne);
	if (!ne)
		return -1;
	for (i = 0; i < n; i++)
		ne[i] = environ[i];
	ne[n] = entry;
	ne[n + 1] = 0;
	free(env_owned);
	env_owned = ne;
	environ = ne;
	return 0;
}

int setenv(const char *name, const char *val, int overwrite)
{
	size_t l, vl;
	char *s;
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	l = strlen(name);
	vl = strlen(val);
	s = malloc(l + vl + 2);
	if (!s)
		return -1;
	memcpy(s, name, l);
	s[l] = '=';
	memcpy(s + l + 1, val, vl + 1);
	return env_put(s, l);
}

int putenv(char *s)
{
	char *eq = strchr(s, '=');
	if (!eq)
		return unsetenv(s);
	return env_put(s, (size_t)(eq - s));
}

int unsetenv(const char *name)
{
	size_t l;
	char **e, **d;
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return -1;
	}
	if (!environ)
		return 0;
	l = strlen(name);
	for (e = d = environ; *e; e++)
		if (!(strncmp(*e, name, l) == 0 && (*e)[l] == '='))
			*d++ = *e;
	*d = 0;
	return 0;
}

int system(const char *cmd)
{
	long pid;
	int status = 0;
	char *argv[4];
	if (!cmd)
		return 1;
	argv[0] = "sh";
	argv[1] = "-c";
	argv[2] = (char *)cmd;
	argv[3] = 0;
	fflush(0);
	pid = __builtin_syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (pid < 0)
		return -1;
	if (pid == 0) {
		__builtin_syscall(SYS_execve, "/bin/sh", argv, environ);
		_Exit(127);
	}
	while (__builtin_syscall(SYS_wait4, pid, &status, 0, 0) == -EINTR)
		;
	return status;
}

/* ---- integer arithmetic ---- */
int abs(int a) { return a < 0 ? -a : a; }
long labs(long a) { return a < 0 ? -a : a; }
long long llabs(long long a) { return a < 0 ? -a : a; }
intmax_t imaxabs(intmax_t a) { return a < 0 ? -a : a; }

div_t div(int a, int b)
{
	div_t r;
	r.quot = a / b;
	r.rem = a % b;
	return r;
}

ldiv_t ldiv(long a, long b)
{
	ldiv_t r;
	r.quot = a / b;
	r.rem = a % b;
	return r;
}

lldiv_t lldiv(long long a, long long b)
{
	lldiv_t r;
	r.quot = a / b;
	r.rem = a % b;
	return r;
}

imaxdiv_t imaxdiv(intmax_t a, intmax_t b)
{
	imaxdiv_t r;
	r.quot = a / b;
	r.rem = a % b;
	return r;
}

/* ---- string to integer ---- */
/* Parses like strtoull; *neg tells the sign; returns the magnitude clamped to
   lim (for negative numbers lim is the magnitude of the minimum). */
static unsigned long long strtox(const char *s, char **end, int base, unsigned long long lim_pos,
				 unsigned long long lim_neg, int is_unsigned)
{
	const char *p = s;
	int neg = 0, any = 0, overflow = 0;
	unsigned long long v = 0;
	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)s;
		errno = EINVAL;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && isxdigit((unsigned char)p[2])) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}
	for (;; p++) {
		int c = (unsigned char)*p, d;
		if (isdigit(c))
			d = c - '0';
		else if (isalpha(c))
			d = (c | 32) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		any = 1;
		if (v > (~0ULL - (unsigned)d) / (unsigned)base)
			overflow = 1;
		else
			v = v * (unsigned)base + (unsigned)d;
	}
	if (end)
		*end = (char *)(any ? p : s);
	if (!any)
		return 0;
	if (is_unsigned) {
		if (overflow || v > lim_pos) {
			errno = ERANGE;
			return lim_pos;
		}
		return neg ? -v : v;
	}
	if (neg) {
		if (overflow || v > lim_neg) {
			errno = ERANGE;
			return -lim_neg;
		}
		return -v;
	}
	if (overflow || v > lim_pos) {
		errno = ERANGE;
		return lim_pos;
	}
	return v;
}

long strtol(const char *restrict s, char **restrict e, int b)
{
	return (long)strtox(s, e, b, LONG_MAX, (unsigned long long)LONG_MAX + 1, 0);
}

long long strtoll(const char *restrict s, char **restrict e, int b)
{
	return (long long)strtox(s, e, b, LLONG_MAX, (unsigned long long)LLONG_MAX + 1, 0);
}

unsigned long strtoul(const char *restrict s, char **restrict e, int b)
{
	return (unsigned long)strtox(s, e, b, ULONG_MAX, 0, 1);
}

unsigned long long strtoull(const char *restrict s, char **restrict e, int b)
{
	return strtox(s, e, b, ULLONG_MAX, 0, 1);
}

intmax_t strtoimax(const char *restrict s, char **restrict e, int b)
{
	return (intmax_t)strtox(s, e, b, INTMAX_MAX, (unsigned long long)INTMAX_MAX + 1, 0);
}

uintmax_t strtoumax(const char *restrict s, char **restrict e, int b)
{
	return strtox(s, e, b, UINTMAX_MAX, 0, 1);
}

int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtoll(s, 0, 10); }
double atof(const char *s) { return strtod(s, 0); }

/* ---- rand: glibc's TYPE_3 additive feedback generator ---- */
static int32_t rstate[31];
static int rf = 3, rr = 0, rinit;

static int32_t rand_next(void);

static void rand_seed(unsigned int seed)
{
	int32_t word;
	int i;
	if (seed == 0)
		seed = 1;
	rstate[0] = (int32_t)seed;
	word = (int32_t)seed;
	for (i = 1; i < 31; i++) {
		int64_t hi = word / 127773, lo = word % 127773;
		int64_t w = 16807 * lo - 2836 * hi;
		if (w < 0)
			w += 2147483647;
		word = (int32_t)w;
		rstate[i] = word;
	}
	rf = 3;
	rr = 0;
	rinit = 1;
	for (i = 0; i < 310; i++)
		rand_next();
}

static int32_t rand_next(void)
{
	uint32_t val;
	if (!rinit)
		rand_seed(1);
	val = (uint32_t)rstate[rf] + (uint32_t)rstate[rr];
	rstate[rf] = (int32_t)val;
	if (++rf >= 31) {
		rf = 0;
		++rr;
	} else if (++rr >= 31) {
		rr = 0;
	}
	return (int32_t)(val >> 1);
}

int rand(void) { return rand_next(); }
void srand(unsigned int seed) { rand_seed(seed); }
/* random() shares rand()'s state, as in glibc */
int __mica_random(void) { return rand_next(); }
void __mica_srandom(unsigned int seed) { rand_seed(seed); }

/* ---- searching ---- */
void *bsearch(const void *key, const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	const char *b = base;
	while (n > 0) {
		const char *m = b + (n / 2) * size;
		int c = cmp(key, m);
		if (c == 0)
			return (void *)m;
		if (c > 0) {
			b = m + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return 0;
}

/* ---- multibyte: the C locale has single-byte ASCII characters ---- */
int mblen(const char *s, size_t n)
{
	return mbtowc(0, s, n);
}

int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	if (!s)
		return 0;
	if (!n)
		return -1;
	if ((unsigned char)*s >= 0x80) {
		errno = EILSEQ;
		return -1;
	}
	if (wc)
		*wc = (unsigned char)*s;
	return *s != 0;
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	if ((unsigned long)wc >= 0x80) {
		errno = EILSEQ;
		return -1;
	}
	*s = (char)wc;
	return 1;
}

size_t mbstowcs(wchar_t *restrict d, const char *restrict s, size_t n)
{
	size_t i = 0;
	for (;; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (d && i >= n)
			return i;
		if (d)
			d[i] = c;
		if (!c)
			return i;
	}
}

size_t wcstombs(char *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t i = 0;
	for (;; i++) {
		wchar_t c = s[i];
		if ((unsigned long)c >= 0x80) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (d && i >= n)
			return i;
		if (d)
			d[i] = (char)c;
		if (!c)
			return i;
	}
}
