#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include "internal.h"

/* same message as glibc: "prog: file:line: func: Assertion `expr' failed." */
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s:%u: %s: Assertion `%s' failed.\n", __mica_progname, file, line, func, expr);
	abort();
}
