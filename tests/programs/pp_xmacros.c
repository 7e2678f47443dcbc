#include <stdio.h>
#include <string.h>

#define COLORS(X) X(RED, 0xff0000) X(GREEN, 0x00ff00) X(BLUE, 0x0000ff) X(WHITE, 0xffffff)
#define AS_ENUM(name, value) COLOR_##name,
#define AS_NAME(name, value) #name,
#define AS_VALUE(name, value) value,
#define AS_CASE(name, value) case COLOR_##name: return #name " = " #value;
#define COUNT_ONE(name, value) +1

enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *names[] = { COLORS(AS_NAME) };
static const unsigned values[] = { COLORS(AS_VALUE) };
enum { NCOLORS = 0 COLORS(COUNT_ONE) };

static const char *describe(enum color c) {
    switch (c) {
    COLORS(AS_CASE)
    default: return "unknown";
    }
}

#define FIELDS(F) F(int, id) F(double, weight) F(char, grade)
#define DECLARE(type, name) type name;
#define PRINT_FIELD(type, name) printf("%s=", #name); printf(_Generic((type)0, int: "%d ", double: "%.2f ", char: "%c "), r.name);
struct record { FIELDS(DECLARE) };

int main(void) {
    printf("%d %d\n", COLOR_COUNT, NCOLORS);
    for (int i = 0; i < COLOR_COUNT; i++) printf("%s %06x | %s\n", names[i], values[i], describe((enum color)i));
    printf("%s\n", describe((enum color)42));
    struct record r = { 7, 61.5, 'B' };
    FIELDS(PRINT_FIELD)
    printf("\n");
    return 0;
}
