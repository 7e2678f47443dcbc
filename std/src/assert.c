#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* same message as glibc: "prog: file:line: func: Assertion `expr' failed." */
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func)
{
	/* glibc prints the program's short name and does not flush stdout */
	const char *name = strrchr(__mica_progname, '/');
	name = name ? name + 1 : __mica_progname;
	fprintf(stderr, "%s: %s:%u: %s: Assertion `%s' failed.\n", name, file, line, func, expr);
	abort();
}
