/* main with arguments: argc, argv, and a program that parses them. */
#include <string.h>

struct opts {
    int verbose;
    int count;
    const char *name;
};

static int parse(int argc, char **argv, struct opts *o)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-v") == 0)
            o->verbose++;
        else if (a[0] >= '0' && a[0] <= '9')
            o->count = a[0] - '0';
        else if (a[0] != '-')
            o->name = a;
        else
            bad++;
    }
    return bad;
}

int main(int argc, char **argv)
{
    struct opts o = { 0, 1, "none" };
    int bad = parse(argc, argv, &o);
    return bad == 1 && o.verbose == 2 && o.count == 7 && strcmp(o.name, "two words") == 0 ? 0 : 1;
}
