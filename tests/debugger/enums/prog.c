/* Enumerations: implicit and explicit values, negative ones, a flag enum, enums in structs
   and arrays, typedef'd enums, and casts between enums and integers. */
enum colour { RED, GREEN, BLUE };
enum level { LOW = -10, MID = 0, HIGH = 10, MAX_LEVEL = 2147483647 };
enum perm { P_READ = 1, P_WRITE = 2, P_EXEC = 4 };
typedef enum { NORTH = 'N', SOUTH = 'S' } heading;

struct pixel {
    enum colour c;
    enum level lv;
    heading dir;
};

static int weigh(enum colour c, enum level lv, enum perm p, heading h)
{
    int w = c * 100 + lv;
    if (p & P_WRITE)
        w += 1;
    return w + (h == NORTH);
}

int main(void)
{
    enum colour c = BLUE;
    enum level lv = LOW;
    enum perm p = P_READ | P_WRITE;
    enum perm none = 0;
    enum perm odd = (enum perm)9;
    heading h = SOUTH;
    struct pixel px = { GREEN, HIGH, NORTH };
    enum colour all[3] = { BLUE, RED, GREEN };
    int w = weigh(c, lv, p, h) + weigh(px.c, px.lv, P_EXEC, px.dir);
    return w + none + odd + all[0] == 302 ? 0 : 1;
}
