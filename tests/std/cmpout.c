/* Host tool for run.sh: compare two outputs section by section.
   usage: cmpout NAME REF MINE.  A section starts at a line "@@ sec"; each
   section prints PASS NAME.sec or FAIL NAME.sec: reason.  Lines
   "ulp LABEL HEX" compare the 64-bit IEEE values allowing 1 ulp. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct sec { char name[128]; char **lines; int n, cap; };
struct out { struct sec *s; int n, cap; };

static void load(const char *path, struct out *o)
{
	FILE *f = fopen(path, "r");
	char *line = 0;
	size_t cap = 0;
	ssize_t len;
	memset(o, 0, sizeof *o);
	o->cap = 16;
	o->s = calloc(o->cap, sizeof *o->s);
	o->n = 1;
	strcpy(o->s[0].name, "main");
	if (!f)
		return;
	while ((len = getline(&line, &cap, f)) >= 0) {
		struct sec *s;
		if (len && line[len - 1] == '\n')
			line[--len] = 0;
		if (!strncmp(line, "@@ ", 3)) {
			if (o->n == o->cap) {
				o->cap *= 2;
				o->s = realloc(o->s, o->cap * sizeof *o->s);
			}
			memset(&o->s[o->n], 0, sizeof o->s[o->n]);
			snprintf(o->s[o->n].name, sizeof o->s[o->n].name, "%s", line + 3);
			o->n++;
			continue;
		}
		s = &o->s[o->n - 1];
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 64;
			s->lines = realloc(s->lines, s->cap * sizeof *s->lines);
		}
		s->lines[s->n++] = strdup(line);
	}
	fclose(f);
}

static int64_t ord(uint64_t b)
{
	/* map IEEE bits onto a monotonic integer line */
	return (b >> 63) ? -(int64_t)(b & 0x7fffffffffffffffULL) : (int64_t)b;
}

static int ulpf_ok(const char *a, const char *b)
{
	char la[256], lb[256];
	unsigned x, y;
	long d;
	if (sscanf(a, "ulpf %255s %x", la, &x) != 2 || sscanf(b, "ulpf %255s %x", lb, &y) != 2)
		return 0;
	if (strcmp(la, lb))
		return 0;
	if (x == y)
		return 1;
	if ((x & 0x7f800000u) == 0x7f800000u && (x & 0x7fffffu) && (y & 0x7f800000u) == 0x7f800000u && (y & 0x7fffffu))
		return 1;
	d = ((x >> 31) ? -(long)(x & 0x7fffffffu) : (long)x) - ((y >> 31) ? -(long)(y & 0x7fffffffu) : (long)y);
	return d >= -1 && d <= 1;
}

/* "ulp LABEL HEX" (1 ulp allowed) or "ulp3 LABEL HEX" (3 ulp: functions
   where glibc itself is off by that much, e.g. cbrt) */
static int parse_ulp(const char *l, char *label, unsigned long long *v, int64_t *tol)
{
	if (!strncmp(l, "ulp3 ", 5)) {
		*tol = 3;
		return sscanf(l + 5, "%255s %llx", label, v) == 2;
	}
	*tol = 1;
	return !strncmp(l, "ulp ", 4) && sscanf(l + 4, "%255s %llx", label, v) == 2;
}

static int ulp_ok(const char *a, const char *b)
{
	char la[256], lb[256];
	unsigned long long x, y;
	int64_t d, tol, tol2;
	if (!strncmp(a, "ulpf ", 5))
		return ulpf_ok(a, b);
	if (!parse_ulp(a, la, &x, &tol) || !parse_ulp(b, lb, &y, &tol2) || tol != tol2)
		return 0;
	if (strcmp(la, lb))
		return 0;
	if (x == y)
		return 1;
	/* NaNs of any payload match each other */
	if ((x & 0x7ff0000000000000ULL) == 0x7ff0000000000000ULL && (x & 0xfffffffffffffULL) &&
	    (y & 0x7ff0000000000000ULL) == 0x7ff0000000000000ULL && (y & 0xfffffffffffffULL))
		return 1;
	d = ord(x) - ord(y);
	return d >= -tol && d <= tol;
}

int main(int argc, char **argv)
{
	struct out r, m;
	int i, j;
	if (argc != 4)
		return 2;
	load(argv[2], &r);
	load(argv[3], &m);
	for (i = 0; i < r.n; i++) {
		struct sec *rs = &r.s[i], *ms = 0;
		if (i == 0 && rs->n == 0)
			continue;
		for (j = 0; j < m.n; j++)
			if (!strcmp(m.s[j].name, rs->name)) {
				ms = &m.s[j];
				break;
			}
		if (!ms) {
			printf("FAIL %s.%s: section missing from output\n", argv[1], rs->name);
			continue;
		}
		for (j = 0; j < rs->n && j < ms->n; j++) {
			if (strcmp(rs->lines[j], ms->lines[j]) && !ulp_ok(rs->lines[j], ms->lines[j]))
				break;
		}
		if (j < rs->n || j < ms->n) {
			if (j < rs->n && j < ms->n)
				printf("FAIL %s.%s: line %d: expected \"%.150s\" got \"%.150s\"\n", argv[1], rs->name, j + 1,
				       rs->lines[j], ms->lines[j]);
			else
				printf("FAIL %s.%s: %d lines expected, %d produced\n", argv[1], rs->name, rs->n, ms->n);
		} else {
			printf("PASS %s.%s\n", argv[1], rs->name);
		}
	}
	return 0;
}
