#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = { 0.0, 0.5, 1.0, 2.0, 3.14159265358979, 10.0, -1.5 };
    for (int i = 0; i < 7; i++) {
        double x = xs[i];
        printf("x=%.6f sin %.6f cos %.6f tan %.6f atan %.6f exp %.6f sinh %.6f tanh %.6f\n",
               x, sin(x), cos(x), tan(x), atan(x), exp(x), sinh(x), tanh(x));
    }
    double ps[] = { 0.25, 1.0, 2.0, 100.0, 12345.678 };
    for (int i = 0; i < 5; i++) {
        double x = ps[i];
        printf("x=%.6f sqrt %.6f log %.6f log10 %.6f log2 %.6f cbrt %.6f asinh %.6f\n", x, sqrt(x), log(x), log10(x), log2(x), cbrt(x), asinh(x));
    }
    printf("%.6f %.6f %.6f\n", asin(0.5), acos(0.5), atan2(1.0, -1.0));
    printf("%.6f %.6f %.6f\n", pow(2.0, 10.0), pow(2.0, 0.5), pow(-8.0, 3.0));
    printf("%.6f %.6f %.6f %.6f\n", floor(-2.5), ceil(-2.5), trunc(-2.7), round(-2.5));
    printf("%.6f %.6f %.6f %.6f\n", floor(2.5), ceil(2.1), round(2.5), round(0.49999999999999994));
    printf("%.6f %.6f\n", fmod(10.5, 3.0), fmod(-10.5, 3.0));
    printf("%.6f %.6f\n", fabs(-3.25), hypot(3.0, 4.0));
    printf("%.6f %.6f\n", nearbyint(2.5), rint(3.5));
    printf("%ld %lld\n", lround(-3.5), llround(1e15 + 0.5));
    double ip;
    double fp = modf(-3.75, &ip);
    printf("%.6f %.6f\n", fp, ip);
    int e;
    double m = frexp(48.0, &e);
    printf("%.6f %d\n", m, e);
    printf("%.6f\n", ldexp(0.75, 5));
    printf("%.6f %.6f\n", expm1(1e-10) * 1e10, log1p(1e-10) * 1e10);
    printf("%.6f %.6f\n", fmax(1.5, -2.0), fmin(1.5, -2.0));
    printf("%.6f\n", remainder(10.0, 3.0));
    printf("%.6f %.6f\n", sqrtf(2.0f), powf(1.5f, 2.0f));
    printf("%.6f\n", erf(0.5));
    printf("%.6f\n", tgamma(5.0));
    printf("%.6f\n", exp2(10.0));
    printf("%.6f\n", copysign(3.0, -0.0));
    double acc = 0;
    for (int i = 1; i <= 1000; i++) acc += sin(i * 0.001) * cos(i * 0.002);
    printf("%.6f\n", acc);
    return 0;
}
