#include "events.h"
static struct subscription subs[16];
static int nsubs;
void subscribe(int event, handler_fn fn, void *ctx) {
    if (nsubs < 16) { subs[nsubs].event = event; subs[nsubs].fn = fn; subs[nsubs].ctx = ctx; nsubs++; }
}
int publish(int event) {
    int delivered = 0;
    for (int i = 0; i < nsubs; i++)
        if (subs[i].event == event || subs[i].event == 0) { subs[i].fn(event, subs[i].ctx); delivered++; }
    return delivered;
}
