#include "colors.h"
const char *const color_names[NCOLORS] = { "red", "orange", "yellow", "green", "blue", "indigo", "violet" };
const struct rgb color_values[] = {
    [RED] = { 255, 0, 0 }, [ORANGE] = { 255, 165, 0 }, [YELLOW] = { 255, 255, 0 }, [GREEN] = { 0, 128, 0 },
    [BLUE] = { 0, 0, 255 }, [INDIGO] = { 75, 0, 130 }, [VIOLET] = { 238, 130, 238 },
};
const int ncolor_values = sizeof color_values / sizeof color_values[0];
