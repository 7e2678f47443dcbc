/* qsort: a stable top-down merge sort (the same order glibc's merge sort
   produces for any consistent comparison function); if no temporary memory
   can be had, an in-place heap sort. */
#include <stdlib.h>
#include <string.h>

typedef int (*cmp_t)(const void *, const void *);

static void msort(char *b, size_t n, size_t s, cmp_t cmp, char *tmp)
{
	size_t n1, n2;
	char *b1, *b2, *t = tmp;
	if (n <= 1)
		return;
	n1 = n / 2;
	n2 = n - n1;
	b1 = b;
	b2 = b + n1 * s;
	msort(b1, n1, s, cmp, tmp);
	msort(b2, n2, s, cmp, tmp);
	while (n1 > 0 && n2 > 0) {
		if (cmp(b1, b2) <= 0) {
			memcpy(t, b1, s);
			b1 += s;
			n1--;
		} else {
			memcpy(t, b2, s);
			b2 += s;
			n2--;
		}
		t += s;
	}
	if (n1 > 0)
		memcpy(t, b1, n1 * s);
	memcpy(b, tmp, (n - n2) * s);
}

static void swap(char *a, char *b, size_t s)
{
	while (s--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void sift(char *b, size_t root, size_t n, size_t s, cmp_t cmp)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(b + child * s, b + (child + 1) * s) < 0)
			child++;
		if (cmp(b + root * s, b + child * s) >= 0)
			return;
		swap(b + root * s, b + child * s, s);
		root = child;
	}
}

static void heapsort_(char *b, size_t n, size_t s, cmp_t cmp)
{
	size_t i;
	for (i = n / 2; i-- > 0;)
		sift(b, i, n, s, cmp);
	for (i = n; i-- > 1;) {
		swap(b, b + i * s, s);
		sift(b, 0, i, s, cmp);
	}
}

void qsort(void *base, size_t n, size_t s, cmp_t cmp)
{
	char stackbuf[1024];
	char *tmp;
	if (n <= 1 || s == 0)
		return;
	if (n > (size_t)-1 / s) {
		heapsort_(base, n, s, cmp);
		return;
	}
	if (n * s <= sizeof stackbuf) {
		msort(base, n, s, cmp, stackbuf);
		return;
	}
	tmp = malloc(n * s);
	if (!tmp) {
		heapsort_(base, n, s, cmp);
		return;
	}
	msort(base, n, s, cmp, tmp);
	free(tmp);
}
