/* time.h: clocks, calendar conversion (local time is UTC), strftime. */
#include <time.h>
#include <string.h>
#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include "internal.h"

int clock_gettime(clockid_t id, struct timespec *ts)
{
	return (int)__mica_syscall(SYS_clock_gettime, id, ts);
}

int clock_getres(clockid_t id, struct timespec *ts)
{
	return (int)__mica_syscall(SYS_clock_getres, id, ts);
}

int clock_settime(clockid_t id, const struct timespec *ts)
{
	return (int)__mica_syscall(SYS_clock_settime, id, ts);
}

int timespec_get(struct timespec *ts, int base)
{
	if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts))
		return 0;
	return base;
}

time_t time(time_t *t)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	if (t)
		*t = ts.tv_sec;
	return ts.tv_sec;
}

clock_t clock(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts))
		return (clock_t)-1;
	return (clock_t)(ts.tv_sec * 1000000 + ts.tv_nsec / 1000);
}

double difftime(time_t a, time_t b)
{
	return (double)a - (double)b;
}

/* days since 1970-01-01 of a proleptic Gregorian date (month 1..12) */
static long long days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int is_leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static struct tm *to_tm(time_t t, struct tm *tm, const char *zone)
{
	long long secs = (long long)t, days, rem, z, era, doe, yoe, y, doy, mp;
	int m, d;
	days = secs / 86400;
	rem = secs % 86400;
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int)(doy - (153 * mp + 2) / 5 + 1);
	m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y += m <= 2;
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	tm->tm_hour = (int)(rem / 3600);
	tm->tm_min = (int)(rem / 60 % 60);
	tm->tm_sec = (int)(rem % 60);
	tm->tm_wday = (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
	tm->tm_yday = (int)(days - days_from_civil(y, 1, 1));
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = zone;
	return tm;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return to_tm(*t, tm, "GMT");
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return to_tm(*t, tm, "UTC");
}

static struct tm tm_buf;

struct tm *gmtime(const time_t *t)
{
	return gmtime_r(t, &tm_buf);
}

struct tm *localtime(const time_t *t)
{
	return localtime_r(t, &tm_buf);
}

time_t timegm(struct tm *tm)
{
	return (time_t)__mica_timegm(tm);
}

long long __mica_timegm(struct tm *tm)
{
	long long mon = tm->tm_mon, year = (long long)tm->tm_year + 1900, days, secs;
	time_t t;
	year += mon / 12;
	mon %= 12;
	if (mon < 0) {
		mon += 12;
		year--;
	}
	days = days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1;
	secs = days * 86400 + (long long)tm->tm_hour * 3600 + (long long)tm->tm_min * 60 + tm->tm_sec;
	t = (time_t)secs;
	if ((long long)t != secs || !to_tm(t, tm, tm->tm_zone ? tm->tm_zone : "UTC")) {
		errno = EOVERFLOW;
		return (time_t)-1;
	}
	return t;
}

time_t mktime(struct tm *tm)
{
	time_t t;
	tm->tm_zone = "UTC";
	t = (time_t)__mica_timegm(tm);
	if (t != (time_t)-1)
		tm->tm_zone = "UTC";
	return t;
}

static const char *const wday_name[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
static const char *const mon_name[] = {"January", "February", "March", "April", "May", "June", "July",
				       "August", "September", "October", "November", "December"};

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
		 (unsigned)tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "???",
		 (unsigned)tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "???", tm->tm_mday, tm->tm_hour,
		 tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[64];
	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;
	if (!localtime_r(t, &tm))
		return 0;
	return asctime_r(&tm, buf);
}

char *ctime(const time_t *t)
{
	struct tm *tm = localtime(t);
	return tm ? asctime(tm) : 0;
}

/* ISO 8601 week-based year and week number */
static int iso_week(const struct tm *tm, long long *year)
{
	long long y = (long long)tm->tm_year + 1900;
	int wday = (tm->tm_wday + 6) % 7; /* Monday = 0 */
	int yday = tm->tm_yday;
	int week = (yday - wday + 10) / 7;
	if (week < 1) {
		int pyd;
		y--;
		pyd = yday + 365 + is_leap(y);
		week = (pyd - wday + 10) / 7;
	} else if (week == 53) {
		int days_in_year = 365 + is_leap(y);
		if (yday - wday + 3 >= days_in_year) {
			/* Thursday of this week falls in the next year */
			week = 1;
			y++;
		}
	}
	*year = y;
	return week;
}

struct sbuf {
	char *s;
	size_t n, pos;
	int over;
};

static void put(struct sbuf *b, const char *s, size_t l)
{
	if (b->pos + l >= b->n) {
		b->over = 1;
		return;
	}
	memcpy(b->s + b->pos, s, l);
	b->pos += l;
}

static void putnum(struct sbuf *b, long long v, int width, char padc)
{
	char tmp[32];
	int l;
	if (padc)
		l = snprintf(tmp, sizeof tmp, padc == '0' ? "%0*lld" : "%*lld", width, v);
	else
		l = snprintf(tmp, sizeof tmp, "%lld", v);
	put(b, tmp, (size_t)l);
}

static void fmt(struct sbuf *b, const char *f, const struct tm *tm)
{
	for (; *f && !b->over; f++) {
		char padc = 0;
		int c;
		if (*f != '%') {
			put(b, f, 1);
			continue;
		}
		f++;
		if (*f == '_' || *f == '-' || *f == '0') {
			padc = *f == '_' ? ' ' : *f == '0' ? '0' : 0;
			if (*f == '-')
				padc = 1;
			f++;
		}
		if (*f == 'E' || *f == 'O')
			f++;
		c = *f;
#define PAD(def) (padc == 1 ? 0 : padc ? padc : (def))
		switch (c) {
		case 'a':
			put(b, (unsigned)tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "?", (unsigned)tm->tm_wday < 7 ? 3 : 1);
			break;
		case 'A': {
			const char *s = (unsigned)tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "?";
			put(b, s, strlen(s));
			break;
		}
		case 'b':
		case 'h':
			put(b, (unsigned)tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "?", (unsigned)tm->tm_mon < 12 ? 3 : 1);
			break;
		case 'B': {
			const char *s = (unsigned)tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "?";
			put(b, s, strlen(s));
			break;
		}
		case 'c':
			fmt(b, "%a %b %e %H:%M:%S %Y", tm);
			break;
		case 'C': {
			long long y = (long long)tm->tm_year + 1900;
			putnum(b, y >= 0 ? y / 100 : -((-y + 99) / 100), 2, PAD('0'));
			break;
		}
		case 'd': putnum(b, tm->tm_mday, 2, PAD('0')); break;
		case 'D': fmt(b, "%m/%d/%y", tm); break;
		case 'e': putnum(b, tm->tm_mday, 2, PAD(' ')); break;
		case 'F': fmt(b, "%Y-%m-%d", tm); break;
		case 'g':
		case 'G': {
			long long y;
			iso_week(tm, &y);
			if (c == 'g')
				putnum(b, ((y % 100) + 100) % 100, 2, PAD('0'));
			else
				putnum(b, y, 1, PAD(0));
			break;
		}
		case 'H': putnum(b, tm->tm_hour, 2, PAD('0')); break;
		case 'I': putnum(b, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, PAD('0')); break;
		case 'j': putnum(b, tm->tm_yday + 1, 3, PAD('0')); break;
		case 'k': putnum(b, tm->tm_hour, 2, PAD(' ')); break;
		case 'l': putnum(b, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, PAD(' ')); break;
		case 'm': putnum(b, tm->tm_mon + 1, 2, PAD('0')); break;
		case 'M': putnum(b, tm->tm_min, 2, PAD('0')); break;
		case 'n': put(b, "\n", 1); break;
		case 'p': put(b, tm->tm_hour >= 12 ? "PM" : "AM", 2); break;
		case 'P': put(b, tm->tm_hour >= 12 ? "pm" : "am", 2); break;
		case 'r': fmt(b, "%I:%M:%S %p", tm); break;
		case 'R': fmt(b, "%H:%M", tm); break;
		case 's': {
			struct tm t = *tm;
			putnum(b, __mica_timegm(&t), 1, 0);
			break;
		}
		case 'S': putnum(b, tm->tm_sec, 2, PAD('0')); break;
		case 't': put(b, "\t", 1); break;
		case 'T': fmt(b, "%H:%M:%S", tm); break;
		case 'u': putnum(b, tm->tm_wday ? tm->tm_wday : 7, 1, PAD(0)); break;
		case 'U': putnum(b, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, PAD('0')); break;
		case 'V': {
			long long y;
			putnum(b, iso_week(tm, &y), 2, PAD('0'));
			break;
		}
		case 'w': putnum(b, tm->tm_wday, 1, PAD(0)); break;
		case 'W': putnum(b, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, PAD('0')); break;
		case 'x': fmt(b, "%m/%d/%y", tm); break;
		case 'X': fmt(b, "%H:%M:%S", tm); break;
		case 'y': putnum(b, (((long long)tm->tm_year + 1900) % 100 + 100) % 100, 2, PAD('0')); break;
		case 'Y': putnum(b, (long long)tm->tm_year + 1900, 1, PAD(0)); break;
		case 'z': {
			long off = tm->tm_gmtoff;
			char s[8];
			long a = off < 0 ? -off : off;
			snprintf(s, sizeof s, "%c%02ld%02ld", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
			put(b, s, strlen(s));
			break;
		}
		case 'Z': {
			const char *z = tm->tm_zone ? tm->tm_zone : "UTC";
			put(b, z, strlen(z));
			break;
		}
		case '%': put(b, "%", 1); break;
		case 0:
			f--;
			break;
		default:
			put(b, f - 1, 2);
			break;
		}
	}
}

size_t strftime(char *restrict s, size_t n, const char *restrict f, const struct tm *restrict tm)
{
	struct sbuf b;
	b.s = s;
	b.n = n;
	b.pos = 0;
	b.over = 0;
	if (!n)
		return 0;
	fmt(&b, f, tm);
	if (b.over) {
		s[0] = 0;
		return 0;
	}
	s[b.pos] = 0;
	return b.pos;
}
