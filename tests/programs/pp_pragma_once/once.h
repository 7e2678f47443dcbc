#pragma once
/* included several times: must only be seen once */
struct once_thing { int a; int b; };
static int once_counter = 100;
typedef struct once_thing once_thing;
