#include <stdio.h>
#include <time.h>
#include <string.h>

int main(void) {
    time_t stamps[] = { 0, 86399, 86400, 951782400, 1000000000, 1234567890, 2147483647, 4102444800LL };
    for (int i = 0; i < 8; i++) {
        struct tm *t = gmtime(&stamps[i]);
        char buf[64];
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %b %j", t);
        printf("%lld -> %s wday %d yday %d\n", (long long)stamps[i], buf, t->tm_wday, t->tm_yday);
    }
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 100; tm.tm_mon = 1; tm.tm_mday = 29; tm.tm_hour = 12;
    char buf[64];
    strftime(buf, sizeof buf, "%A %B %d %Y %I %p %%", &tm);
    printf("%s\n", buf);
    printf("%.1f\n", difftime((time_t)1000, (time_t)250));
    time_t t = 1234567890;
    struct tm *g = gmtime(&t);
    printf("%s", asctime(g));
    size_t n = strftime(buf, 5, "%Y-%m-%d", g);   /* too small: returns 0 */
    printf("%d\n", (int)n);
    printf("%d\n", (int)sizeof(time_t));
    return 0;
}
