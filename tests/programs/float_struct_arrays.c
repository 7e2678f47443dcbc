#include <stdio.h>

struct particle { double x, y, vx, vy; float mass; int alive; };

static void step(struct particle *p, int n, double dt) {
    for (int i = 0; i < n; i++) {
        if (!p[i].alive) continue;
        p[i].vy -= 9.81 * dt;
        p[i].x += p[i].vx * dt;
        p[i].y += p[i].vy * dt;
        if (p[i].y < 0) { p[i].y = -p[i].y * 0.5; p[i].vy = -p[i].vy * 0.5; }
        if (p[i].x > 100) p[i].alive = 0;
    }
}
static struct particle centroid(const struct particle *p, int n) {
    struct particle c = { 0, 0, 0, 0, 0, 0 };
    for (int i = 0; i < n; i++) if (p[i].alive) { c.x += p[i].x * p[i].mass; c.y += p[i].y * p[i].mass; c.mass += p[i].mass; c.alive++; }
    if (c.mass > 0) { c.x /= c.mass; c.y /= c.mass; }
    return c;
}

int main(void) {
    struct particle ps[16];
    for (int i = 0; i < 16; i++) ps[i] = (struct particle){ i * 2.0, 10.0 + i, 1.0 + i * 0.75, i * 0.5, 1.0f + (float)i / 4, 1 };
    for (int t = 0; t <= 400; t++) {
        if (t % 100 == 0) {
            struct particle c = centroid(ps, 16);
            printf("t=%3d alive %2d centroid (%.6f, %.6f) mass %.2f\n", t, c.alive, c.x, c.y, c.mass);
        }
        step(ps, 16, 0.01);
    }
    return 0;
}
