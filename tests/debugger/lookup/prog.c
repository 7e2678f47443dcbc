/* Looking things up: functions, variables and types by name and by address. */
struct zl_point { int x, y; };
typedef struct zl_point zl_point_t;
enum zl_mode { ZL_OFF, ZL_ON };

int zl_global = 17;
static double zl_scale = 2.5;
const char zl_label[] = "lookup";

static int zl_helper(int v)
{
    int twice = v * 2;
    return twice + 1;
}

int zl_public(zl_point_t p, enum zl_mode m)
{
    int r = zl_helper(p.x) + p.y;
    if (m == ZL_ON)
        r += (int)zl_scale;
    return r;
}

int main(void)
{
    zl_point_t p = { 4, 5 };
    int r = zl_public(p, ZL_ON) + zl_global;
    return r == 9 + 5 + 2 + 17 && zl_label[0] == 'l' ? 0 : 1;
}
