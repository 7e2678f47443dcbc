/* strtod / strtof: random round trips and tricky inputs */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>

static uint64_t s = 0x2545F4914F6CDD1DULL;
static uint64_t next(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}

static uint64_t bits(double d)
{
	uint64_t b;
	memcpy(&b, &d, 8);
	return b;
}

static uint32_t fbits(float d)
{
	uint32_t b;
	memcpy(&b, &d, 4);
	return b;
}

int main(void)
{
	static const char *tricky[] = {"0", "-0", "1", "0.1", "1e23", "8.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "4.9406564584124654e-324", "2.2250738585072011e-308",
		"2.2250738585072012e-308", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "1e309", "-1e400", "1e-400", "9007199254740993",
		"9007199254740992.9999999999999999999999999999999", "9007199254740993.0000000000000000000001",
		"0x1p-1074", "0x1.fffffffffffffp1023", "0x1.000000000000008p0", "0x1.0000000000000081p0",
		"0x.8p1", "0X1P+3", "0x1.8", "0x", "0xg", "inf", "-Infinity", "INFINITYx", "nan", "-nan",
		"nan(123)", "nan(", "  +12.5e+2xyz", "1e", "1e+", ".5", "5.", ".", "-.e5", "e5", "  ", "",
		"123456789012345678901234567890", "0.000000000000000000000000000000000000001234",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126",
		"7.2057594037927933e16", "3.4028235677973366e38", "3.4028235677973367e38", "1.17549435e-38",
		"1.4e-45", "7e-46", "7.1e-46", "123.456e-2", "0001.5000", "1e-5", "100000000000000000000000",
		"2.2250738585072013e-308", "6.631236846766476e-316", "3.2379086165851934e-319", "1e0000000000000000001",
		"1e-99999999999999"};
	size_t i;
	char *end;
	printf("@@ tricky\n");
	for (i = 0; i < sizeof tricky / sizeof tricky[0]; i++) {
		double d;
		float f;
		int e1, e2;
		errno = 0;
		d = strtod(tricky[i], &end);
		e1 = errno;
		errno = 0;
		f = strtof(tricky[i], 0);
		e2 = errno;
		printf("[%s] -> %a %016llx end=%d erange=%d | %a %08x erange=%d\n", tricky[i], d,
		       (unsigned long long)bits(d), (int)(end - tricky[i]), e1 == ERANGE, (double)f, fbits(f), e2 == ERANGE);
	}
	printf("@@ roundtrip17\n");
	for (i = 0; i < 3000; i++) {
		uint64_t b = next();
		double d, r;
		char buf[64];
		memcpy(&d, &b, 8);
		if (d != d)
			continue;
		snprintf(buf, sizeof buf, "%.17g", d);
		r = strtod(buf, 0);
		printf("%s %016llx\n", buf, (unsigned long long)bits(r));
	}
	printf("@@ random_decimals\n");
	for (i = 0; i < 3000; i++) {
		char buf[64];
		int nd = 1 + (int)(next() % 25), k, ex = (int)(next() % 700) - 350;
		double r;
		float f;
		buf[0] = '0' + (char)(1 + next() % 9);
		for (k = 1; k < nd; k++)
			buf[k] = '0' + (char)(next() % 10);
		snprintf(buf + nd, sizeof buf - (size_t)nd, "e%d", ex);
		r = strtod(buf, 0);
		f = strtof(buf, 0);
		printf("%s %016llx %08x\n", buf, (unsigned long long)bits(r), fbits(f));
	}
	printf("@@ float_roundtrip\n");
	for (i = 0; i < 2000; i++) {
		uint32_t b = (uint32_t)next();
		float f, r;
		char buf[64];
		memcpy(&f, &b, 4);
		if (f != f)
			continue;
		snprintf(buf, sizeof buf, "%.9g", (double)f);
		r = strtof(buf, 0);
		printf("%s %08x %.8e\n", buf, fbits(r), (double)strtof(buf, 0));
	}
	printf("@@ atof\n");
	printf("%g %g %g\n", atof("3.25"), atof("-1e-3abc"), atof("junk"));
	return 0;
}
