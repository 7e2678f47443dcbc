#include <stdio.h>

#define T(x) _Generic((x), float: "float", double: "double", long double: "long double", default: "other")

int main(void) {
    printf("%g %g %g %g\n", 1.0, 1., .5, 1e3);
    printf("%g %g %g\n", 1.5e-3, 2E+2, 0.0e0);
    printf("%.10g %.10g\n", 123.456e-2, 7e10);
    printf("%g\n", 0x1p0);
    printf("%g %g %g\n", 0x1.8p1, 0x10p-4, 0xAp0);
    printf("%g\n", 0x1.fffffffffffffp1023);
    printf("%g\n", 0x1p-1074);
    printf("%.17g\n", 0x1.999999999999ap-4);
    printf("%g %g\n", 0x.8p1, 0X1P+2);
    printf("%s %s %s\n", T(1.0f), T(1.0), T(1.0L));
    printf("%s %s\n", T(1e0F), T(0x1p2f));
    float f = 3.14159265358979f;
    double d = 3.14159265358979;
    printf("%.10f\n%.10f\n", f, d);
    printf("%d\n", 0.1f == 0.1);
    printf("%d\n", 0.5f == 0.5);
    printf("%.17g\n", 1e23);
    printf("%.17g\n", 8.98846567431158e307);
    printf("%.17g\n", 2.2250738585072014e-308);
    printf("%.17g\n", 4.9406564584124654e-324);
    printf("%.3f\n", (double)1.0L);
    printf("%.1f\n", 100000000000000000000.0);
    printf("%.6f\n", 0x1.0p-20);
    return 0;
}
