#ifndef COLORS_H
#define COLORS_H
enum color { RED, ORANGE, YELLOW, GREEN, BLUE, INDIGO, VIOLET, NCOLORS };
struct rgb { unsigned char r, g, b; };
extern const char *const color_names[NCOLORS];
extern const struct rgb color_values[];
extern const int ncolor_values;
enum color color_from_name(const char *name);
unsigned long pack(struct rgb c);
#endif
