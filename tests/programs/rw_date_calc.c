/* Calendar arithmetic without the library: leap years, day of week, days between dates, adding days, ISO weeks. */
#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int days_in_month(int y, int m) { static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }; return m == 2 && is_leap(y) ? 29 : d[m - 1]; }
/* days since 1970-01-01 (can be negative) */
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
static void civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}
static int weekday(long days) { return (int)((days % 7 + 7 + 4) % 7); }   /* 0 = Sunday; 1970-01-01 was a Thursday */

int main(void) {
    static const char *wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    int dates[][3] = { { 1970, 1, 1 }, { 2000, 2, 29 }, { 1900, 3, 1 }, { 1969, 7, 20 }, { 2024, 12, 31 }, { 1600, 1, 1 }, { 2038, 1, 19 }, { 9999, 12, 31 } };
    for (int i = 0; i < 8; i++) {
        long d = days_from_civil(dates[i][0], dates[i][1], dates[i][2]);
        int y, m, dd;
        civil_from_days(d, &y, &m, &dd);
        printf("%04d-%02d-%02d = day %ld (%s) back %04d-%02d-%02d\n", dates[i][0], dates[i][1], dates[i][2], d, wd[weekday(d)], y, m, dd);
    }
    printf("days 1900-01-01..2000-01-01: %ld\n", days_from_civil(2000, 1, 1) - days_from_civil(1900, 1, 1));
    int leaps = 0;
    for (int y = 1600; y <= 2400; y++) leaps += is_leap(y);
    printf("leap years 1600..2400: %d\n", leaps);
    int y = 2023, m = 1, d = 31;
    long base = days_from_civil(y, m, d);
    long adds[] = { 1, 28, 29, 365, 366, 1000, -31, -365 * 4 - 1 };
    for (int i = 0; i < 8; i++) { int yy, mm, dd2; civil_from_days(base + adds[i], &yy, &mm, &dd2); printf("%+ld -> %04d-%02d-%02d\n", adds[i], yy, mm, dd2); }
    int fridays13 = 0;
    for (int yy = 2000; yy < 2100; yy++) for (int mm = 1; mm <= 12; mm++) fridays13 += weekday(days_from_civil(yy, mm, 13)) == 5;
    printf("Friday the 13ths in 2000-2099: %d\n", fridays13);
    long check = 0;
    for (int yy = 1999; yy <= 2001; yy++) for (int mm = 1; mm <= 12; mm++) check += days_in_month(yy, mm);
    printf("days 1999-2001: %ld\n", check);
    return 0;
}
