#include <stdio.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* math functions set errno only where math_errhandling says so */
#define MATH_ERRNO_SET(e) ((math_errhandling & MATH_ERRNO) ? errno == (e) : 1)

int main(void) {
    printf("%d\n", errno);
    errno = 0;
    double r = sqrt(-1.0);
    printf("sqrt(-1): nan %d edom %d\n", isnan(r), MATH_ERRNO_SET(EDOM));
    errno = 0;
    r = log(0.0);
    printf("log(0): %f erange %d\n", r, MATH_ERRNO_SET(ERANGE));
    errno = 0;
    r = exp(1000.0);
    printf("exp(1000): %f erange %d\n", r, MATH_ERRNO_SET(ERANGE));
    errno = 0;
    strtol("999999999999999999999", NULL, 10);
    printf("strtol erange %d\n", errno == ERANGE);
    errno = 0;
    FILE *f = fopen("/tmp/mica_test_lib_errno/does/not/exist", "r");
    printf("fopen null %d enoent %d\n", f == NULL, errno == ENOENT);
    printf("EDOM %d ERANGE %d EILSEQ %d ENOENT %d\n", EDOM, ERANGE, EILSEQ, ENOENT);
    printf("distinct %d\n", EDOM != ERANGE && ERANGE != EILSEQ);
    errno = 12345;
    printf("%d\n", errno);
    errno = 0;
    r = pow(0.0, -1.0);
    printf("pow(0,-1) inf %d\n", isinf(r) != 0);
    return 0;
}
