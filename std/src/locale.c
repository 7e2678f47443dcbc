/* Only the "C" (alias "POSIX", "") locale exists. */
#include <locale.h>
#include <string.h>
#include <limits.h>

static char c_name[] = "C";

char *setlocale(int cat, const char *name)
{
	if (cat < 0 || cat > LC_ALL)
		return 0;
	if (!name || !*name || !strcmp(name, "C") || !strcmp(name, "POSIX") || !strcmp(name, "C.UTF-8"))
		return c_name;
	return 0;
}

static struct lconv c_lconv = {
	".", "", "", "", "", "", "", "", "", "",
	CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
};

struct lconv *localeconv(void)
{
	return &c_lconv;
}
