/* rand/srand sequences, qsort (stable order on ties), bsearch */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int key; int seq; char name[12]; };

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}
static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}
static int cmp_dbl_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x < y) - (x > y);
}

int main(void)
{
	static const unsigned seeds[] = {1, 0, 2, 42, 12345, 0x7fffffff, 0x80000000u, 0xffffffffu, 987654321};
	size_t i, k;
	printf("@@ rand_default\n");
	for (i = 0; i < 50; i++)
		printf("%d\n", rand());
	for (k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
		printf("@@ rand_seed_%u\n", seeds[k]);
		srand(seeds[k]);
		for (i = 0; i < 1000; i++)
			printf("%d%c", rand(), i % 10 == 9 ? '\n' : ' ');
	}
	printf("@@ rand_mod\n");
	srand(7);
	for (i = 0; i < 100; i++)
		printf("%d ", rand() % 100);
	printf("\n%d\n", RAND_MAX);
	printf("@@ qsort_int\n");
	{
		static int a[5000];
		srand(3);
		for (i = 0; i < 5000; i++)
			a[i] = rand() % 1000 - 500;
		qsort(a, 5000, sizeof a[0], cmp_int);
		for (i = 0; i < 5000; i += 7)
			printf("%d ", a[i]);
		printf("\n");
		for (i = 1; i < 5000; i++)
			if (a[i - 1] > a[i])
				printf("unsorted at %zu\n", i);
		printf("@@ bsearch\n");
		for (i = 0; i < 50; i++) {
			int key = (int)i * 20 - 500;
			int *p = bsearch(&key, a, 5000, sizeof a[0], cmp_int);
			printf("%d:%s ", key, p ? (*p == key ? "found" : "wrong") : "none");
		}
		printf("\n");
	}
	printf("@@ qsort_stable\n");
	{
		static struct rec r[3000];
		for (i = 0; i < 3000; i++) {
			r[i].key = rand() % 50;
			r[i].seq = (int)i;
			snprintf(r[i].name, sizeof r[i].name, "n%zu", i);
		}
		qsort(r, 3000, sizeof r[0], cmp_rec);
		for (i = 0; i < 3000; i += 3)
			printf("%d/%d/%s ", r[i].key, r[i].seq, r[i].name);
		printf("\n");
	}
	printf("@@ qsort_misc\n");
	{
		char *words[] = {"pear", "apple", "fig", "banana", "kiwi", "apple", "cherry", "date", "", "zz"};
		double d[] = {3.5, -1, 2, 9.25, 0, 7, 7, -3};
		qsort(words, 10, sizeof words[0], cmp_str);
		for (i = 0; i < 10; i++)
			printf("[%s]", words[i]);
		printf("\n");
		qsort(d, 8, sizeof d[0], cmp_dbl_desc);
		for (i = 0; i < 8; i++)
			printf("%g ", d[i]);
		printf("\n");
		qsort(d, 0, sizeof d[0], cmp_dbl_desc);
		qsort(d, 1, sizeof d[0], cmp_dbl_desc);
		printf("%g\n", d[0]);
	}
	return 0;
}
