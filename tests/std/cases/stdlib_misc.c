/* strtol family, abs/div, environment, atexit order, exit status */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <inttypes.h>

static void bye1(void) { printf("atexit 1\n"); }
static void bye2(void) { printf("atexit 2\n"); fflush(stdout); }

int main(void)
{
	static const char *nums[] = {"0", "42", "-42", "+7", "  123abc", "0x1A", "0X", "077", "09", "z",
				     "2147483647", "2147483648", "-2147483649", "9223372036854775807",
				     "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
				     "18446744073709551615", "18446744073709551616", "-1", "  -0x10", "1e5", "", "-",
				     "99999999999999999999999"};
	static const int bases[] = {0, 10, 16, 8, 2, 36};
	size_t i, j;
	char *end;
	printf("@@ strtol\n");
	for (i = 0; i < sizeof nums / sizeof nums[0]; i++)
		for (j = 0; j < sizeof bases / sizeof bases[0]; j++) {
			long l;
			unsigned long ul;
			long long ll;
			unsigned long long ull;
			int e1, e2, e3, e4;
			errno = 0; l = strtol(nums[i], &end, bases[j]); e1 = errno;
			errno = 0; ul = strtoul(nums[i], 0, bases[j]); e2 = errno;
			errno = 0; ll = strtoll(nums[i], 0, bases[j]); e3 = errno;
			errno = 0; ull = strtoull(nums[i], 0, bases[j]); e4 = errno;
			printf("[%s]/%d: %ld %d end=%d | %lu %d | %lld %d | %llu %d\n", nums[i], bases[j], l, e1,
			       (int)(end - nums[i]), ul, e2, ll, e3, ull, e4);
		}
	printf("%d %ld %lld\n", atoi(" -12x"), atol("99999"), atoll("-123456789012"));
	printf("%jd %ju\n", strtoimax("-55", 0, 10), strtoumax("55", 0, 10));
	errno = 0;
	printf("%ld %d\n", strtol("10", 0, 1), errno == EINVAL);
	printf("@@ arith\n");
	{
		div_t d = div(-7, 2);
		ldiv_t ld = ldiv(7L, -2L);
		lldiv_t lld = lldiv(-100LL, 7LL);
		printf("%d %d %ld %ld %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);
		printf("%d %ld %lld %d\n", abs(-5), labs(-6L), llabs(-7LL), abs(INT_MIN + 1));
	}
	printf("@@ env\n");
	printf("[%s] [%s] %p\n", getenv("HOME"), getenv("TZ"), (void *)getenv("NOPE_NOT_SET"));
	printf("%d [%s]\n", setenv("MYVAR", "one", 0), getenv("MYVAR"));
	printf("%d [%s]\n", setenv("MYVAR", "two", 0), getenv("MYVAR"));
	printf("%d [%s]\n", setenv("MYVAR", "three", 1), getenv("MYVAR"));
	printf("%d %d\n", unsetenv("MYVAR"), getenv("MYVAR") == 0);
	printf("%d %d\n", setenv("BAD=NAME", "x", 1), errno == EINVAL);
	{
		static char pe[] = "PUTVAR=hello";
		putenv(pe);
		printf("[%s]\n", getenv("PUTVAR"));
	}
	printf("@@ mb\n");
	{
		wchar_t wc;
		char mb[4];
		/* each call in its own statement: argument order is unspecified */
		int a = mblen("a", 1), b = mblen("", 1), c = mbtowc(&wc, "z", 1);
		printf("%d %d %d %d\n", a, b, c, (int)wc);
		int d = wctomb(mb, L'Q');
		printf("%d %d\n", d, mb[0]);
		printf("%d\n", (int)MB_CUR_MAX);
	}
	printf("@@ exit\n");
	atexit(bye1);
	atexit(bye2);
	printf("before exit\n");
	exit(7);
}
