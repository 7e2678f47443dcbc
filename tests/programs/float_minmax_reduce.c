#include <stdio.h>
#include <float.h>

int main(void) {
    double v[64];
    unsigned s = 17;
    for (int i = 0; i < 64; i++) { s = s * 1664525u + 1013904223u; v[i] = ((double)(s >> 8) / 16777216.0 - 0.5) * 1000.0; }
    double mn = DBL_MAX, mx = -DBL_MAX, sum = 0, sumsq = 0;
    int imin = -1, imax = -1;
    for (int i = 0; i < 64; i++) {
        if (v[i] < mn) { mn = v[i]; imin = i; }
        if (v[i] > mx) { mx = v[i]; imax = i; }
        sum += v[i]; sumsq += v[i] * v[i];
    }
    double mean = sum / 64, var = sumsq / 64 - mean * mean;
    printf("min %.6f at %d, max %.6f at %d\n", mn, imin, mx, imax);
    printf("mean %.6f variance %.4f\n", mean, var);
    float f[5] = { 3.5f, -1.25f, 7.75f, 0.0f, -9.5f };
    float fm = f[0];
    for (int i = 1; i < 5; i++) fm = f[i] < fm ? f[i] : fm;
    printf("%.2f\n", fm);
    double clamped[5];
    for (int i = 0; i < 5; i++) { double x = f[i]; clamped[i] = x < -1 ? -1 : x > 1 ? 1 : x; }
    for (int i = 0; i < 5; i++) printf("%.2f ", clamped[i]);
    printf("\n");
    return 0;
}
