#include <stdio.h>
#include "once.h"
#include "once.h"
#include "guard.h"
#include "guard.h"
#include "once.h"

int main(void) {
    struct guarded g = { { 1, 2 }, 3 };
    once_counter++;
    printf("sum %d\n", helper_sum(&g));
    printf("counter %d\n", once_counter);
    printf("size %d\n", (int)sizeof(once_thing));
    return 0;
}
