/* Arrays of one, two and three dimensions, arrays of structs, char arrays and strings with
   escapes, string pointers. */
struct pt { short x, y; };

static const char *greeting = "hello, world";
static char banner[16] = "tab\there\n";
static const char *words[] = { "alpha", "beta", "gamma", 0 };
static unsigned char bytes[5] = { 0, 1, 127, 128, 255 };

static int trace(int m[3][4], const char *s, int n)
{
    int t = 0;
    for (int i = 0; i < 3; i++)
        t += m[i][n];
    return t + s[0];
}

int main(void)
{
    int v[5] = { 5, 4, 3, 2, 1 };
    int m[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
    long cube[2][2][2] = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
    struct pt pts[3] = { { 1, -1 }, { 2, -2 }, { 3, -3 } };
    char name[8] = "mica";
    char quote[] = "say \"hi\"\\";
    double ds[3] = { 0.5, -1.25, 1e10 };
    char empty[4] = "";
    int r = trace(m, name, 2);
    return r == 21 + 'm' && v[0] == 5 && cube[1][1][1] == 8 && pts[2].y == -3 && ds[0] > 0 &&
           quote[0] == 's' && empty[0] == 0 && greeting[0] == 'h' && banner[0] == 't' &&
           words[0][0] == 'a' && bytes[4] == 255 ? 0 : 1;
}
