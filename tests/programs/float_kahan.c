#include <stdio.h>

int main(void) {
    double naive = 0, kahan = 0, c = 0;
    for (int i = 1; i <= 1000000; i++) {
        double v = 1.0 / ((double)i * i);
        naive += v;
        double y = v - c;
        double t = kahan + y;
        c = (t - kahan) - y;
        kahan = t;
    }
    printf("%.17g\n%.17g\n", naive, kahan);
    float fn = 0, fk = 0, fc = 0;
    for (int i = 0; i < 100000; i++) {
        float v = 0.1f;
        fn += v;
        float y = v - fc, t = fk + y;
        fc = (t - fk) - y;
        fk = t;
    }
    printf("%.9g %.9g\n", fn, fk);
    double h = 0;
    for (int i = 1; i <= 100000; i++) h += 1.0 / i;
    printf("%.15f\n", h);
    double back = 0;
    for (int i = 100000; i >= 1; i--) back += 1.0 / i;
    printf("%.15f %d\n", back, back == h);
    return 0;
}
