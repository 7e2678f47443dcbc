/* sscanf conversions */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>

int main(void)
{
	int a = -1, b = -1, c = -1, n = -1, r;
	unsigned u = 0;
	long l = 0;
	long long ll = 0;
	short h = 0;
	signed char hh = 0;
	double d = 0, e = 0;
	float f = 0;
	char s1[64] = "", s2[64] = "", s3[64] = "";
	void *p = 0;
	size_t z = 0;
	printf("@@ ints\n");
	r = sscanf("12 -34 +56", "%d %d %d", &a, &b, &c);
	printf("%d %d %d %d\n", r, a, b, c);
	r = sscanf("0x1F 017 10", "%i %i %i", &a, &b, &c);
	printf("%d %d %d %d\n", r, a, b, c);
	r = sscanf("ff 777 4294967295", "%x %o %u", &a, &b, &u);
	printf("%d %d %d %u\n", r, a, b, u);
	r = sscanf("123456789012 -9223372036854775807 70000 300", "%ld %lld %hd %hhd", &l, &ll, &h, &hh);
	printf("%d %ld %lld %d %d\n", r, l, ll, h, hh);
	r = sscanf("12345", "%2d%3d", &a, &b);
	printf("%d %d %d\n", r, a, b);
	r = sscanf("42 rest", "%d%n", &a, &n);
	printf("%d %d %d\n", r, a, n);
	r = sscanf("77", "%zu", &z);
	printf("%d %zu\n", r, z);
	printf("@@ floats\n");
	r = sscanf("3.25 -1e3 0x1.8p1", "%lf %f %lf", &d, &f, &e);
	printf("%d %g %g %g\n", r, d, (double)f, e);
	r = sscanf("inf -nan 1.5e", "%lf %lf %lf", &d, &e, &d);
	printf("%d %g %g\n", r, e < 0 ? -e : e, d);
	r = sscanf(".5 5. 1e-2x", "%lf %lf %lf%s", &d, &e, &d, s1);
	printf("%d %g %g %s\n", r, e, d, s1);
	r = sscanf("123.456", "%4lf%lf", &d, &e);
	printf("%d %g %g\n", r, d, e);
	printf("@@ strings\n");
	r = sscanf("  hello   world  ", "%s %s", s1, s2);
	printf("%d [%s] [%s]\n", r, s1, s2);
	r = sscanf("abcdefgh", "%3s%2s", s1, s2);
	printf("%d [%s] [%s]\n", r, s1, s2);
	memset(s1, 0, sizeof s1);
	r = sscanf("xyz", "%2c", s1);
	printf("%d [%s]\n", r, s1);
	r = sscanf("key=value;rest", "%[^=]=%[^;];%s", s1, s2, s3);
	printf("%d [%s] [%s] [%s]\n", r, s1, s2, s3);
	r = sscanf("abc123def", "%[a-z]%[0-9]%[a-f]", s1, s2, s3);
	printf("%d [%s] [%s] [%s]\n", r, s1, s2, s3);
	r = sscanf("]]]x", "%[]]", s1);
	printf("%d [%s]\n", r, s1);
	printf("@@ literals_and_failures\n");
	r = sscanf("(1,2)", "(%d,%d)", &a, &b);
	printf("%d %d %d\n", r, a, b);
	r = sscanf("100%", "%d%%", &a);
	printf("%d %d\n", r, a);
	r = sscanf("abc", "%d", &a);
	printf("%d\n", r);
	r = sscanf("", "%d", &a);
	printf("%d\n", r);
	r = sscanf("   ", "%d", &a);
	printf("%d\n", r);
	r = sscanf("5 x", "%d %d", &a, &b);
	printf("%d %d\n", r, a);
	r = sscanf("1 2 3", "%d %*d %d", &a, &b);
	printf("%d %d %d\n", r, a, b);
	r = sscanf("0x", "%x", &a);
	printf("%d\n", r);
	r = sscanf("-", "%d", &a);
	printf("%d\n", r);
	r = sscanf("0x7fff1234", "%p", &p);
	printf("%d %p\n", r, p);
	return 0;
}
