#include <stdio.h>
#include "plugin.h"
int main(void) {
    register_plugin(&doubler);
    register_plugin(&negator);
    register_plugin(&squarer);
    printf("result %d\n", run_all(3));
    printf("result %d\n", run_all(-2));
    printf("direct %d %d\n", doubler.transform(21), negator.transform(21));
    return 0;
}
