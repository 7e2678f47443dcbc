#ifndef MATHX_H
#define MATHX_H
/* C99/C11 inline: inline definitions here, one external definition in mathx.c */
inline int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
inline long sq(long v) { return v * v; }
static inline int private_twice(int v) { return v * 2; }
int uses_inline_a(int v);
int uses_inline_b(int v);
#endif
