#include <string.h>
#include "colors.h"
enum color color_from_name(const char *name) {
    for (int i = 0; i < NCOLORS; i++) if (strcmp(color_names[i], name) == 0) return (enum color)i;
    return NCOLORS;
}
unsigned long pack(struct rgb c) { return (unsigned long)c.r << 16 | (unsigned long)c.g << 8 | c.b; }
