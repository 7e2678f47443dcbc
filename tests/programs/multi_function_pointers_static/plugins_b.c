#include "plugin.h"
static int transform(int v) { return -v + 1; }
struct plugin negator = { "negator", transform, 0 };
