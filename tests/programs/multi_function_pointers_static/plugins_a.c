#include "plugin.h"
static int transform(int v) { return v * 2; }      /* same static name in both plugin files */
struct plugin doubler = { "doubler", transform, 0 };
static int transform2(int v) { return v * v; }
struct plugin squarer = { "squarer", transform2, 0 };
