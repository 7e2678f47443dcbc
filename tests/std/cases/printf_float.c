/* printf of doubles: random bit patterns and special values, every float
   conversion at several precisions and with flags */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint64_t s = 0x9E3779B97F4A7C15ULL;
static uint64_t next(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}

static double from_bits(uint64_t b)
{
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

#define N 3000
static double vals[N + 64];
static int nvals;

int main(void)
{
	static const char *fmts[] = {
		"%f", "%.0f", "%.1f", "%.3f", "%.10f", "%.17f", "%.25f", "%e", "%.0e", "%.1e", "%.3e", "%.16e", "%.20e",
		"%g", "%.0g", "%.1g", "%.3g", "%.10g", "%.17g", "%.25g", "%a", "%.0a", "%.1a", "%.3a", "%.13a", "%.20a",
		"%#g", "%#.0f", "%#.0e", "%#.3g", "%#a", "%+e", "% f", "%+.2g", "%E", "%G", "%A", "%F", "%15.4f",
		"%-15.4e|", "%015.4g", "%+020.6f", "%- 12.3a|", "%030a", "%.0g"};
	static const double special[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-5, 1e-4,
					 123456.5, 1234567.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e22, 1e23,
					 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 0.45, 5e-324, 2.2250738585072014e-308,
					 1.7976931348623157e308, 4503599627370496.5, 9007199254740993.0, 1e15, 1e16,
					 1e17, 123.456, 3.14159265358979, 2.718281828459045, 100, 1e100, 1e-100, 6.02214076e23};
	size_t i, j;
	for (i = 0; i < sizeof special / sizeof special[0]; i++)
		vals[nvals++] = special[i];
	vals[nvals++] = from_bits(0x7ff0000000000000ULL);
	vals[nvals++] = from_bits(0xfff0000000000000ULL);
	vals[nvals++] = from_bits(0x7ff8000000000000ULL);
	vals[nvals++] = from_bits(0xfff8000000000000ULL);
	while (nvals < N) {
		uint64_t r = next();
		int kind = (int)(next() % 6);
		double d;
		if (kind == 0)
			d = from_bits(r); /* anything, incl. subnormals */
		else if (kind == 1) /* moderate magnitudes */
			d = from_bits((r & 0x800fffffffffffffULL) | ((uint64_t)(1023 - 30 + (int)(next() % 60)) << 52));
		else if (kind == 2) /* short decimals */
			d = (double)(int64_t)(r % 2000001 - 1000000) / 1000.0;
		else if (kind == 3) /* exact ties at some precision */
			d = (double)(int64_t)(r % 200001 - 100000) / 64.0;
		else if (kind == 4)
			d = (double)(int64_t)(r >> 11);
		else
			d = from_bits((r & 0x800fffffffffffffULL) | ((uint64_t)(1023 - 300 + (int)(next() % 600)) << 52));
		if (d != d && kind != 0)
			continue;
		vals[nvals++] = d;
	}
	for (j = 0; j < sizeof fmts / sizeof fmts[0]; j++) {
		printf("@@ fmt %s\n", fmts[j]);
		for (i = 0; i < (size_t)nvals; i++) {
			char buf[1500];
			int n = snprintf(buf, sizeof buf, fmts[j], vals[i]);
			printf("%d %s\n", n, buf);
		}
	}
	printf("@@ star\n");
	for (i = 0; i < 200; i++)
		printf("[%*.*f] [%-*.*e] [%*.*g]\n", (int)(i % 30) - 10, (int)(i % 12) - 2, vals[i], (int)(i % 17),
		       (int)(i % 9), vals[i + 1], (int)(i % 25), (int)(i % 19) - 1, vals[i + 2]);
	printf("@@ bigprec\n");
	printf("%.400f\n%.350e\n%.1074f\n", 1e-300, 5e-324, 5e-324);
	printf("%.60g\n%f\n", 0.1, 1.7976931348623157e308);
	return 0;
}
