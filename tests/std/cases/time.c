/* time.h: gmtime/localtime (UTC), mktime, strftime, asctime, ctime */
#include <stdio.h>
#include <time.h>
#include <string.h>

int main(void)
{
	static const time_t ts[] = {0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199, 1000000000,
				    1234567890, 1700000000, 2147483647, 2147483648LL, 4102444800LL, -1, -86400,
				    -2208988800LL, 253402300799LL, 1583020800, 1609459199, 1609459200, 1230768000,
				    1262304000, 1293840000, 1104537600, 1136073600};
	static const char *fmts[] = {"%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%C %d %D %e %F", "%g %G %V %u %w",
				     "%h %I %j %k %l %m %M %n %p %r %R %S %t %T", "%U %W %x %X %y %Y %z %%",
				     "%s", "%Ey %Od %-d %_m"};
	size_t i, j;
	char buf[256];
	struct tm tm, *t;
	printf("@@ gmtime\n");
	for (i = 0; i < sizeof ts / sizeof ts[0]; i++) {
		t = gmtime(&ts[i]);
		printf("%lld: %d %d %d %d %d %d %d %d %d\n", (long long)ts[i], t->tm_year, t->tm_mon, t->tm_mday,
		       t->tm_hour, t->tm_min, t->tm_sec, t->tm_wday, t->tm_yday, t->tm_isdst);
		printf("%s", asctime(t));
		printf("%s", ctime(&ts[i]));
		t = localtime(&ts[i]);
		printf("%d %d %d\n", t->tm_year, t->tm_yday, t->tm_hour);
	}
	printf("@@ strftime\n");
	for (i = 0; i < sizeof ts / sizeof ts[0]; i++) {
		t = gmtime(&ts[i]);
		for (j = 0; j < sizeof fmts / sizeof fmts[0]; j++) {
			size_t n = strftime(buf, sizeof buf, fmts[j], t);
			printf("%zu [%s]\n", n, buf);
		}
	}
	printf("%zu\n", strftime(buf, 5, "%Y-%m-%d", gmtime(&ts[9])));
	printf("@@ mktime\n");
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 124;
	tm.tm_mon = 1;
	tm.tm_mday = 29;
	tm.tm_hour = 12;
	printf("%lld %d %d\n", (long long)mktime(&tm), tm.tm_wday, tm.tm_yday);
	tm.tm_mday = 31; /* normalisation */
	tm.tm_mon = 13;
	tm.tm_sec = -1;
	printf("%lld %d %d %d %d %d\n", (long long)mktime(&tm), tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_sec);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 70;
	tm.tm_mday = 1;
	printf("%lld\n", (long long)mktime(&tm));
	printf("@@ misc\n");
	printf("%g %g\n", difftime(100, 40), difftime(0, 1000000));
	{
		time_t now = time(0), now2;
		struct timespec sp;
		time(&now2);
		clock_gettime(CLOCK_REALTIME, &sp);
		printf("%d %d %d\n", now > 1600000000, now2 >= now, sp.tv_sec >= now);
		printf("%d\n", clock() >= 0);
		printf("%d\n", (long)CLOCKS_PER_SEC == 1000000);
	}
	return 0;
}
