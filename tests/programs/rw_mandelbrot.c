/* ASCII Mandelbrot and Julia sets with doubles; iteration counts are summed and hashed. */
#include <stdio.h>

static int iterate(double cr, double ci, double zr, double zi, int max) {
    int n = 0;
    while (n < max && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

int main(void) {
    const char *shades = " .:-=+*#%@";
    long total = 0;
    unsigned long h = 0;
    for (int row = 0; row < 24; row++) {
        for (int col = 0; col < 72; col++) {
            double cr = -2.2 + col * (3.2 / 72), ci = -1.2 + row * (2.4 / 24);
            int n = iterate(cr, ci, 0, 0, 200);
            total += n;
            h = h * 31 + (unsigned long)n;
            putchar(n == 200 ? '@' : shades[n % 9]);
        }
        putchar('\n');
    }
    printf("mandelbrot total %ld hash %lu\n", total, h);
    total = 0;
    for (int row = 0; row < 40; row++)
        for (int col = 0; col < 80; col++) total += iterate(-0.8, 0.156, -1.6 + col * 0.04, -1.0 + row * 0.05, 300);
    printf("julia total %ld\n", total);
    return 0;
}
