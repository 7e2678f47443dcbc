#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* reads "name,qty,price" records (with a header and an optional quoted name) and summarises them */
static int split(char *line, char **fields, int max) {
    int n = 0;
    char *p = line;
    while (n < max) {
        if (*p == '"') {
            p++;
            fields[n++] = p;
            char *q = p;
            while (*p && !(*p == '"' && p[1] != '"')) { if (*p == '"') p++; *q++ = *p++; }
            if (*p == '"') p++;
            *q = 0;
            if (*p == ',') p++;
            else break;
        } else {
            fields[n++] = p;
            char *c = strchr(p, ',');
            if (!c) break;
            *c = 0;
            p = c + 1;
        }
    }
    return n;
}

int main(void) {
    char line[256];
    int lineno = 0, records = 0, errors = 0;
    double total = 0, maxv = -1;
    char maxname[64] = "";
    long qty_sum = 0;
    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        line[strcspn(line, "\r\n")] = 0;
        if (lineno == 1 || line[0] == '#' || !line[0]) continue;
        char *f[8];
        int n = split(line, f, 8);
        char *end1, *end2;
        long q = n >= 3 ? strtol(f[1], &end1, 10) : 0;
        double price = n >= 3 ? strtod(f[2], &end2) : 0;
        if (n != 3 || *end1 || *end2 || q < 0) { printf("line %d: bad record\n", lineno); errors++; continue; }
        double value = (double)q * price;
        printf("%-20s %4ld x %8.2f = %10.2f\n", f[0], q, price, value);
        records++; total += value; qty_sum += q;
        if (value > maxv) { maxv = value; snprintf(maxname, sizeof maxname, "%s", f[0]); }
    }
    printf("records %d errors %d qty %ld total %.2f max %s (%.2f)\n", records, errors, qty_sum, total, maxname, maxv);
    return 0;
}
