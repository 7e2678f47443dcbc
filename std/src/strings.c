/* strings.h (POSIX): bcmp bcopy bzero index rindex ffs, apart from string.c
   because index, rindex... are names a C program may define. */
#include <string.h>
#include <strings.h>

int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }
void bcopy(const void *s, void *d, size_t n) { memmove(d, s, n); }
void bzero(void *d, size_t n) { memset(d, 0, n); }
char *index(const char *s, int c) { return strchr(s, c); }
char *rindex(const char *s, int c) { return strrchr(s, c); }

int ffs(int i)
{
	return ffsll((unsigned int)i);
}

int ffsl(long i)
{
	return ffsll((unsigned long)i);
}

int ffsll(long long i)
{
	unsigned long long v = (unsigned long long)i;
	int n = 1;
	if (!v)
		return 0;
	while (!(v & 1))
		v >>= 1, n++;
	return n;
}
