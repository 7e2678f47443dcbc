/* malloc/calloc/realloc/free/aligned_alloc: random workload with content
   checks; output is independent of addresses */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SLOTS 2000
static unsigned char *p[SLOTS];
static size_t sz[SLOTS];
static unsigned char tag[SLOTS];

static uint64_t s = 88172645463325252ULL;
static uint64_t next(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}

static size_t pick_size(void)
{
	uint64_t r = next() % 100;
	if (r < 60)
		return (size_t)(next() % 64);
	if (r < 90)
		return (size_t)(next() % 4096);
	if (r < 98)
		return (size_t)(next() % 100000);
	return (size_t)(next() % 2000000);
}

static int check(int i)
{
	size_t k;
	for (k = 0; k < sz[i]; k++)
		if (p[i][k] != (unsigned char)(tag[i] + k))
			return 0;
	return 1;
}

static void fill(int i)
{
	size_t k;
	for (k = 0; k < sz[i]; k++)
		p[i][k] = (unsigned char)(tag[i] + k);
}

int main(void)
{
	long ops, bad = 0, nulls = 0, misaligned = 0;
	int i;
	printf("@@ stress\n");
	for (ops = 0; ops < 200000; ops++) {
		i = (int)(next() % SLOTS);
		if (p[i]) {
			if (!check(i))
				bad++;
			if (next() % 3 == 0) {
				size_t ns = pick_size();
				unsigned char *q = realloc(p[i], ns);
				if (!q && ns) {
					nulls++;
					continue;
				}
				/* the common prefix must survive */
				if (sz[i] > ns)
					sz[i] = ns;
				p[i] = q;
				if (!check(i))
					bad++;
				sz[i] = ns;
				fill(i);
			} else {
				free(p[i]);
				p[i] = 0;
			}
		} else {
			int kind = (int)(next() % 4);
			sz[i] = pick_size();
			tag[i] = (unsigned char)next();
			if (kind == 0) {
				p[i] = calloc(1, sz[i]);
				if (p[i]) {
					size_t k;
					for (k = 0; k < sz[i]; k++)
						if (p[i][k])
							bad++;
				}
			} else if (kind == 1) {
				size_t al = (size_t)1 << (next() % 13);
				p[i] = aligned_alloc(al, sz[i]);
				if (p[i] && ((uintptr_t)p[i] & (al - 1)))
					misaligned++;
			} else {
				p[i] = malloc(sz[i]);
			}
			if (!p[i] && sz[i])
				nulls++;
			if (p[i] && ((uintptr_t)p[i] & 15))
				misaligned++;
			if (p[i])
				fill(i);
		}
	}
	for (i = 0; i < SLOTS; i++) {
		if (p[i] && !check(i))
			bad++;
		free(p[i]);
	}
	printf("bad=%ld nulls=%ld misaligned=%ld\n", bad, nulls, misaligned);
	printf("@@ reuse\n");
	{
		/* freeing must make memory reusable: 2000 rounds of 1 MB */
		long r, fails = 0;
		for (r = 0; r < 2000; r++) {
			char *a = malloc(100000), *b = malloc(900000);
			if (!a || !b)
				fails++;
			else {
				a[0] = b[899999] = 1;
			}
			free(a);
			free(b);
		}
		for (r = 0; r < 100000; r++) {
			void *v[10];
			int k;
			for (k = 0; k < 10; k++)
				v[k] = malloc((size_t)(r % 500) + (size_t)k * 24);
			for (k = 0; k < 10; k++)
				free(v[9 - k]);
		}
		printf("fails=%ld\n", fails);
	}
	printf("@@ edge\n");
	{
		void *z = malloc(0);
		char *q;
		void *pm = 0;
		printf("%d\n", posix_memalign(&pm, 64, 100) == 0 && ((uintptr_t)pm & 63) == 0);
		free(pm);
		free(z);
		free(0);
		q = realloc(0, 10);
		strcpy(q, "123456789");
		q = realloc(q, 100000);
		printf("%s\n", q);
		q = realloc(q, 5);
		q[4] = 0;
		printf("%s\n", q);
		free(q);
		printf("%d\n", malloc((size_t)-1 / 2) == 0);
		printf("%d\n", calloc((size_t)-1 / 8, 16) == 0);
	}
	return 0;
}
