/* A recursive-descent calculator: precedence, associativity, unary ops, variables, functions, errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include <setjmp.h>

static const char *p;
static jmp_buf fail;
static char errmsg[64];
static struct { char name[16]; double value; } vars[32];
static int nvars;

static void error(const char *msg) { snprintf(errmsg, sizeof errmsg, "%s", msg); longjmp(fail, 1); }
static void skipws(void) { while (isspace((unsigned char)*p)) p++; }
static int accept(char c) { skipws(); if (*p == c) { p++; return 1; } return 0; }
static void expect(char c) { if (!accept(c)) { char m[32]; snprintf(m, sizeof m, "expected '%c'", c); error(m); } }

static double *var_ref(const char *name, int create) {
    for (int i = 0; i < nvars; i++) if (strcmp(vars[i].name, name) == 0) return &vars[i].value;
    if (!create) error("unknown variable");
    strcpy(vars[nvars].name, name);
    vars[nvars].value = 0;
    return &vars[nvars++].value;
}

static double expr(void);
static double primary(void) {
    skipws();
    if (accept('(')) { double v = expr(); expect(')'); return v; }
    if (isdigit((unsigned char)*p) || *p == '.') {
        char *end;
        double v = strtod(p, &end);
        p = end;
        return v;
    }
    if (isalpha((unsigned char)*p)) {
        char name[16];
        int n = 0;
        while (isalnum((unsigned char)*p) && n < 15) name[n++] = *p++;
        name[n] = 0;
        if (accept('(')) {
            double a = expr(), b = 0;
            int two = accept(',');
            if (two) b = expr();
            expect(')');
            if (strcmp(name, "sqrt") == 0) { if (a < 0) error("sqrt of negative"); return sqrt(a); }
            if (strcmp(name, "abs") == 0) return fabs(a);
            if (strcmp(name, "max") == 0 && two) return a > b ? a : b;
            if (strcmp(name, "min") == 0 && two) return a < b ? a : b;
            if (strcmp(name, "pow") == 0 && two) return pow(a, b);
            if (strcmp(name, "floor") == 0) return floor(a);
            error("unknown function");
        }
        return *var_ref(name, 0);
    }
    error("unexpected character");
    return 0;
}
static double unary(void) {
    if (accept('-')) return -unary();
    if (accept('+')) return unary();
    return primary();
}
static double power(void) {                 /* right associative */
    double base = unary();
    if (accept('^')) return pow(base, power());
    return base;
}
static double term(void) {
    double v = power();
    for (;;) {
        if (accept('*')) v *= power();
        else if (accept('/')) { double d = power(); if (d == 0) error("division by zero"); v /= d; }
        else if (accept('%')) { double d = power(); if (d == 0) error("division by zero"); v = fmod(v, d); }
        else return v;
    }
}
static double sum(void) {
    double v = term();
    for (;;) {
        if (accept('+')) v += term();
        else if (accept('-')) v -= term();
        else return v;
    }
}
static double comparison(void) {
    double v = sum();
    skipws();
    if (p[0] == '<' && p[1] == '=') { p += 2; return v <= sum(); }
    if (p[0] == '>' && p[1] == '=') { p += 2; return v >= sum(); }
    if (p[0] == '=' && p[1] == '=') { p += 2; return v == sum(); }
    if (accept('<')) return v < sum();
    if (accept('>')) return v > sum();
    return v;
}
static double expr(void) {
    double c = comparison();
    if (accept('?')) {
        double a = expr();
        expect(':');
        double b = expr();
        return c != 0 ? a : b;
    }
    return c;
}
static double statement(void) {
    skipws();
    const char *save = p;
    if (isalpha((unsigned char)*p)) {
        char name[16];
        int n = 0;
        while (isalnum((unsigned char)*p) && n < 15) name[n++] = *p++;
        name[n] = 0;
        skipws();
        if (*p == '=' && p[1] != '=') { p++; double v = expr(); *var_ref(name, 1) = v; return v; }
        p = save;
    }
    return expr();
}

int main(void) {
    const char *lines[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 - 4 - 3", "100 / 10 / 5", "7 % 4 + 0.5",
        "x = 5", "y = x * 2 + 1", "x * y - 3", "sqrt(16) + abs(-2.5)", "max(3, 7) - min(3, 7)",
        "pow(2, 10) / 1024", "floor(-2.5)", "x > 3 ? 100 : 200", "x < 3 ? 100 : x == 5 ? 300 : 400",
        "1 / 3", "2 * (3 + (4 - (5 * (6 + 7))))", "1e3 + .25", "z = (x = 10) + 1", "z + x",
        "1 / 0", "sqrt(-1)", "unknown + 1", "(1 + 2", "3 $ 4", "foo(1)", "--3", "-(-(-3))",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        p = lines[i];
        if (setjmp(fail) == 0) {
            double v = statement();
            skipws();
            if (*p) printf("%-32s => trailing input '%s'\n", lines[i], p);
            else printf("%-32s => %.10g\n", lines[i], v);
        } else {
            printf("%-32s => error: %s\n", lines[i], errmsg);
        }
    }
    return 0;
}
