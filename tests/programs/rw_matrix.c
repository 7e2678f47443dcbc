/* A small matrix library with doubles: multiply, transpose, LU decomposition, solve, inverse, determinant. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct { int r, c; double *a; } mat;

static mat mat_new(int r, int c) { mat m = { r, c, calloc((size_t)(r * c), sizeof(double)) }; return m; }
static void mat_free(mat m) { free(m.a); }
#define AT(m, i, j) ((m).a[(i) * (m).c + (j)])

static mat mat_identity(int n) { mat m = mat_new(n, n); for (int i = 0; i < n; i++) AT(m, i, i) = 1; return m; }
static mat mat_mul(mat x, mat y) {
    mat m = mat_new(x.r, y.c);
    for (int i = 0; i < x.r; i++)
        for (int k = 0; k < x.c; k++) {
            double v = AT(x, i, k);
            for (int j = 0; j < y.c; j++) AT(m, i, j) += v * AT(y, k, j);
        }
    return m;
}
static mat mat_transpose(mat x) { mat m = mat_new(x.c, x.r); for (int i = 0; i < x.r; i++) for (int j = 0; j < x.c; j++) AT(m, j, i) = AT(x, i, j); return m; }
static void mat_print(const char *name, mat m) {
    printf("%s (%dx%d)\n", name, m.r, m.c);
    for (int i = 0; i < m.r; i++) {
        for (int j = 0; j < m.c; j++) {
            double v = AT(m, i, j);
            if (fabs(v) < 5e-10) v = 0;             /* avoid printing -0.000000 */
            printf(" %10.4f", v);
        }
        printf("\n");
    }
}
/* LU decomposition with partial pivoting; returns the sign of the permutation, 0 if singular */
static int lu(mat m, int *perm) {
    int n = m.r, sign = 1;
    for (int i = 0; i < n; i++) perm[i] = i;
    for (int k = 0; k < n; k++) {
        int p = k;
        for (int i = k + 1; i < n; i++) if (fabs(AT(m, i, k)) > fabs(AT(m, p, k))) p = i;
        if (fabs(AT(m, p, k)) < 1e-12) return 0;
        if (p != k) {
            for (int j = 0; j < n; j++) { double t = AT(m, k, j); AT(m, k, j) = AT(m, p, j); AT(m, p, j) = t; }
            int t = perm[k]; perm[k] = perm[p]; perm[p] = t;
            sign = -sign;
        }
        for (int i = k + 1; i < n; i++) {
            AT(m, i, k) /= AT(m, k, k);
            for (int j = k + 1; j < n; j++) AT(m, i, j) -= AT(m, i, k) * AT(m, k, j);
        }
    }
    return sign;
}
static void lu_solve(mat lu_m, const int *perm, const double *b, double *x) {
    int n = lu_m.r;
    for (int i = 0; i < n; i++) { x[i] = b[perm[i]]; for (int j = 0; j < i; j++) x[i] -= AT(lu_m, i, j) * x[j]; }
    for (int i = n - 1; i >= 0; i--) { for (int j = i + 1; j < n; j++) x[i] -= AT(lu_m, i, j) * x[j]; x[i] /= AT(lu_m, i, i); }
}
static double det(mat m) {
    mat c = mat_new(m.r, m.c);
    for (int i = 0; i < m.r * m.c; i++) c.a[i] = m.a[i];
    int *perm = malloc(sizeof(int) * (size_t)m.r);
    int s = lu(c, perm);
    double d = s;
    for (int i = 0; i < m.r && s; i++) d *= AT(c, i, i);
    free(perm); mat_free(c);
    return s ? d : 0.0;
}
static mat inverse(mat m, int *ok) {
    int n = m.r;
    mat c = mat_new(n, n), inv = mat_new(n, n);
    for (int i = 0; i < n * n; i++) c.a[i] = m.a[i];
    int *perm = malloc(sizeof(int) * (size_t)n);
    double *e = calloc((size_t)n, sizeof(double)), *x = calloc((size_t)n, sizeof(double));
    *ok = lu(c, perm) != 0;
    if (*ok)
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) e[i] = i == j;
            lu_solve(c, perm, e, x);
            for (int i = 0; i < n; i++) AT(inv, i, j) = x[i];
        }
    free(perm); free(e); free(x); mat_free(c);
    return inv;
}
static double max_abs_diff(mat a, mat b) { double m = 0; for (int i = 0; i < a.r * a.c; i++) { double d = fabs(a.a[i] - b.a[i]); if (d > m) m = d; } return m; }

int main(void) {
    mat a = mat_new(3, 3);
    double av[] = { 2, -1, 0, -1, 2, -1, 0, -1, 2 };
    for (int i = 0; i < 9; i++) a.a[i] = av[i];
    mat_print("A", a);
    printf("det(A) = %.6f\n", det(a));
    int ok;
    mat ai = inverse(a, &ok);
    mat_print("inverse(A)", ai);
    mat prod = mat_mul(a, ai);
    mat id = mat_identity(3);
    printf("A*inv(A) == I within 1e-12: %d\n", max_abs_diff(prod, id) < 1e-12);
    double b[3] = { 1, 0, 1 }, x[3];
    mat c = mat_new(3, 3);
    for (int i = 0; i < 9; i++) c.a[i] = av[i];
    int perm[3];
    lu(c, perm);
    lu_solve(c, perm, b, x);
    printf("solve: %.6f %.6f %.6f\n", x[0], x[1], x[2]);
    mat r = mat_new(2, 3);
    for (int i = 0; i < 6; i++) r.a[i] = i + 1;
    mat rt = mat_transpose(r);
    mat rrt = mat_mul(r, rt);
    mat_print("R*R^T", rrt);
    /* Hilbert matrix: ill-conditioned */
    int n = 6;
    mat h = mat_new(n, n);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) AT(h, i, j) = 1.0 / (i + j + 1);
    printf("det(H6) = %.6e\n", det(h));
    mat hi = inverse(h, &ok);
    printf("H6 inverse corner %.1f, trace %.1f\n", AT(hi, 0, 0), AT(hi, 0, 0) + AT(hi, 1, 1) + AT(hi, 2, 2) + AT(hi, 3, 3) + AT(hi, 4, 4) + AT(hi, 5, 5));
    mat s = mat_new(2, 2);
    s.a[0] = 1; s.a[1] = 2; s.a[2] = 2; s.a[3] = 4;
    mat si = inverse(s, &ok);
    printf("singular inverse ok=%d det=%.1f\n", ok, det(s));
    /* rotation matrices compose */
    mat rot = mat_new(2, 2);
    double th = 3.14159265358979323846 / 6;
    AT(rot, 0, 0) = cos(th); AT(rot, 0, 1) = -sin(th); AT(rot, 1, 0) = sin(th); AT(rot, 1, 1) = cos(th);
    mat acc = mat_identity(2);
    for (int i = 0; i < 12; i++) { mat t = mat_mul(acc, rot); mat_free(acc); acc = t; }
    mat id2 = mat_identity(2);
    printf("rot^12 ~ I: %d\n", max_abs_diff(acc, id2) < 1e-9);
    mat rot2 = mat_mul(rot, rot), rot3 = mat_mul(rot2, rot);
    mat_print("rot^3", rot3);
    mat_free(id2); mat_free(rot2); mat_free(rot3);
    mat_free(a); mat_free(ai); mat_free(prod); mat_free(id); mat_free(c); mat_free(r); mat_free(rt); mat_free(rrt);
    mat_free(h); mat_free(hi); mat_free(s); mat_free(si); mat_free(rot); mat_free(acc);
    return 0;
}
