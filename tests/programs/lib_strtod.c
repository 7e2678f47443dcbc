#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <math.h>

int main(void) {
    const char *inputs[] = { "3.14159", "-2.5e3", "  1e-5xyz", ".5", "5.", "0x1.8p1", "1e400", "-1e400", "inf", "-Infinity", "nan", "abc", "0", "-0.0", "123456789012345678", "4.9406564584124654e-324", "0.1" };
    for (int i = 0; i < 17; i++) {
        char *end;
        errno = 0;
        double v = strtod(inputs[i], &end);
        int e = errno;
        if (isnan(v)) printf("strtod(\"%s\") = nan", inputs[i]);
        else printf("strtod(\"%s\") = %.17g", inputs[i], v);
        printf(" consumed %d", (int)(end - inputs[i]));
        if (isinf(v) || v > 1e-300 || v == 0) printf(" erange %d", e == ERANGE);
        printf("\n");
    }
    printf("%.9g\n", (double)strtof("0.1", NULL));
    printf("%.6f %.6f\n", atof("2.75"), atof("-0.125e2"));
    double sum = 0;
    const char *list = "1.5 2.25 -0.75 100";
    char *p = (char *)list;
    for (;;) {
        char *q;
        double v = strtod(p, &q);
        if (q == p) break;
        sum += v;
        p = q;
    }
    printf("%.4f\n", sum);
    printf("%d\n", strtod("1.7976931348623157e308", NULL) == 1.7976931348623157e308);
    printf("%d\n", strtod("2.2250738585072014e-308", NULL) == 2.2250738585072014e-308);
    printf("%.17g\n", strtod("0.30000000000000004", NULL));
    printf("%.17g\n", strtod("9007199254740993", NULL));
    return 0;
}
