/* Time zone variables (POSIX): local time is always UTC. */
#include <time.h>

char *tzname[2] = {"UTC", "UTC"};
long timezone;
int daylight;

void tzset(void)
{
}
