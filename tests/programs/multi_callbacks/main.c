#include <stdio.h>
#include "events.h"

static void local_handler(int event, void *ctx) { (void)ctx; printf("  local sees %d\n", event); }

int main(void) {
    int counter = 0;
    register_logger();
    register_counter(&counter);
    subscribe(1, local_handler, NULL);
    for (int e = 1; e <= 4; e++) {
        printf("publish %d\n", e);
        int n = publish(e);
        printf("delivered %d\n", n);
    }
    printf("counter %d\n", counter);
    return 0;
}
