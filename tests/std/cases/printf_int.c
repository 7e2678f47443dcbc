/* printf of integers, strings, characters, pointers, %n, flags and lengths */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
#include <wchar.h>
#include <string.h>

int main(void)
{
	static const char *ifmts[] = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-8.3d|",
				      "%+.0d", "%.0d", "%x", "%#x", "%X", "%#X", "%#o", "%o", "%u", "%#.0o",
				      "%#.0x", "%08.3x", "%#08x", "%-#8o|", "%+5u", "%i", "% 05d", "%+-6d|"};
	static const long long ivals[] = {0, 1, -1, 7, 8, 42, -42, 255, 256, 1000, -32768, 65535, 123456789,
					  2147483647, -2147483647 - 1, 4294967295LL, 1LL << 40, -(1LL << 50),
					  LLONG_MAX, LLONG_MIN};
	size_t i, j;
	int n1, n2;
	char buf[256];
	printf("@@ int\n");
	for (j = 0; j < sizeof ifmts / sizeof ifmts[0]; j++)
		for (i = 0; i < sizeof ivals / sizeof ivals[0]; i++)
			printf("%s:[%s]\n", ifmts[j], (snprintf(buf, sizeof buf, ifmts[j], (int)ivals[i]), buf));
	printf("@@ lengths\n");
	for (i = 0; i < sizeof ivals / sizeof ivals[0]; i++) {
		long long v = ivals[i];
		printf("%hhd %hhu %hhx %hd %hu %ho %ld %lu %lx %lld %llu %llo %llX\n", (signed char)v, (unsigned char)v,
		       (unsigned char)v, (short)v, (unsigned short)v, (unsigned short)v, (long)v, (unsigned long)v,
		       (unsigned long)v, v, (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
		printf("%jd %ju %zd %zu %zx %td %tx\n", (intmax_t)v, (uintmax_t)v, (ptrdiff_t)v, (size_t)v, (size_t)v,
		       (ptrdiff_t)v, (ptrdiff_t)v);
	}
	printf("@@ strings\n");
	printf("[%s] [%10s] [%-10s] [%.2s] [%10.3s] [%-10.1s] [%.0s] [%s]\n", "hello", "hi", "hi", "hello", "hello",
	       "hello", "gone", "");
	printf("[%c] [%5c] [%-5c] [%c%c%c]\n", 'a', 'b', 'c', 'x', 0x41, '!');
	printf("[%ls] [%5ls] [%.2ls] [%lc]\n", L"wide", L"ab", L"abc", (wint_t)L'z');
	printf("[%%] [%5%] [%-5%]\n");
	printf("@@ pointers\n");
	printf("[%p] [%10p] [%-10p]\n", (void *)0, (void *)0, (void *)0);
	printf("[%p] [%20p] [%-20p] [%p]\n", (void *)0x1234, (void *)0xdeadbeef, (void *)0x10, (void *)(uintptr_t)-1);
	printf("@@ n\n");
	printf("abc%nde%nf\n", &n1, &n2);
	printf("%d %d\n", n1, n2);
	{
		signed char hh;
		short h;
		long l;
		long long ll;
		size_t z;
		printf("%d%hhn %hn%5d%ln %lln%zn\n", 12345, &hh, &h, 7, &l, &ll, &z);
		printf("%d %d %ld %lld %zu\n", hh, h, l, ll, z);
	}
	printf("@@ star\n");
	for (i = 0; i < 20; i++)
		printf("[%*d] [%-*d] [%.*d] [%*.*x]\n", (int)i - 5, (int)i, (int)i, (int)i * 3, (int)i - 3, (int)i,
		       (int)i, (int)i - 8, (unsigned)i * 1234567);
	printf("@@ return\n");
	printf("%d\n", printf("%s %d\n", "twelve", 12));
	printf("%d %d\n", snprintf(buf, 5, "%s", "truncated"), (int)strlen(buf));
	printf("%s\n", buf);
	printf("%d\n", snprintf(0, 0, "%d %s", 12345, "abc"));
	printf("%d [%s]\n", sprintf(buf, "%5.1f|%-4d|%3s", 2.25, 7, "x"), buf);
	printf("@@ positional\n");
	printf("%2$s %1$s %2$s\n", "world", "hello");
	printf("%1$d %1$x %1$o %2$.3f %3$c\n", 255, 2.5, 'q');
	printf("%3$*1$.*2$f|%4$-*1$d|\n", 10, 2, 3.14159, 42);
	printf("%1$lld %2$hhd %3$zu %4$p %5$s\n", -5LL, 300, (size_t)7, (void *)0, "end");
	printf("@@ flags_misc\n");
	printf("[%+p][% p][%'d][%.2ls][%.2s]\n", (void *)0x1234, (void *)0x1234, 1234567, (wchar_t *)0, (char *)0);
	printf("@@ stderr_interleave\n");
	fflush(stdout);
	fprintf(stderr, "err %d %s %.2f\n", 1, "two", 3.0);
	dprintf(1, "dprintf %d\n", 99);
	return 0;
}
