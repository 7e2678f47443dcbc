#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

int main(void) {
    char line[256];
    int lineno = 0;
    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        double st[64];
        int sp = 0, err = 0;
        for (char *tok = strtok(line, " \t\n"); tok && !err; tok = strtok(NULL, " \t\n")) {
            char *end;
            double v = strtod(tok, &end);
            if (*end == 0) { if (sp < 64) st[sp++] = v; else err = 1; continue; }
            if (strlen(tok) == 1 && strchr("+-*/^", tok[0])) {
                if (sp < 2) { err = 2; break; }
                double b = st[--sp], a = st[--sp];
                switch (tok[0]) {
                case '+': st[sp++] = a + b; break;
                case '-': st[sp++] = a - b; break;
                case '*': st[sp++] = a * b; break;
                case '/': if (b == 0) { err = 3; break; } st[sp++] = a / b; break;
                case '^': st[sp++] = pow(a, b); break;
                }
            } else if (strcmp(tok, "dup") == 0 && sp > 0 && sp < 64) { st[sp] = st[sp - 1]; sp++; }
            else if (strcmp(tok, "swap") == 0 && sp > 1) { double t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; }
            else if (strcmp(tok, "sqrt") == 0 && sp > 0) st[sp - 1] = sqrt(st[sp - 1]);
            else err = 4;
        }
        if (err) printf("%d: error %d\n", lineno, err);
        else if (sp != 1) printf("%d: stack has %d items\n", lineno, sp);
        else printf("%d: %.10g\n", lineno, st[0]);
    }
    return 0;
}
