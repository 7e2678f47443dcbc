/* A discrete-event simulation of a bank queue with a priority queue of events (binary heap of structs). */
#include <stdio.h>
#include <stdint.h>

enum ev_kind { ARRIVE, DEPART };
struct event { double time; enum ev_kind kind; int customer, teller; long seq; };
static struct event heap[4096];
static int hn;
static long seqno;

static int before(const struct event *a, const struct event *b) { return a->time < b->time || (a->time == b->time && a->seq < b->seq); }
static void push(struct event e) {
    e.seq = seqno++;
    int i = hn++;
    heap[i] = e;
    while (i && before(&heap[i], &heap[(i - 1) / 2])) { struct event t = heap[i]; heap[i] = heap[(i - 1) / 2]; heap[(i - 1) / 2] = t; i = (i - 1) / 2; }
}
static struct event pop(void) {
    struct event top = heap[0];
    heap[0] = heap[--hn];
    for (int i = 0;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hn && before(&heap[l], &heap[m])) m = l;
        if (r < hn && before(&heap[r], &heap[m])) m = r;
        if (m == i) break;
        struct event t = heap[i]; heap[i] = heap[m]; heap[m] = t; i = m;
    }
    return top;
}
static uint32_t rs = 2024;
static double uniform(void) { rs = rs * 1664525u + 1013904223u; return (rs >> 8) / 16777216.0; }

int main(void) {
    enum { TELLERS = 3, CUSTOMERS = 2000 };
    double arrival[CUSTOMERS], service[CUSTOMERS];
    int queue[CUSTOMERS], qh = 0, qt = 0, busy[TELLERS] = { 0 }, served[TELLERS] = { 0 };
    double t = 0, wait_total = 0, max_wait = 0;
    int max_queue = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
        t += uniform() * 2.0;
        arrival[c] = t;
        service[c] = 1.0 + uniform() * 4.0;
        push((struct event){ t, ARRIVE, c, -1, 0 });
    }
    double now = 0;
    while (hn) {
        struct event e = pop();
        now = e.time;
        if (e.kind == ARRIVE) queue[qt++] = e.customer;
        else { busy[e.teller] = 0; served[e.teller]++; }
        for (int k = 0; k < TELLERS && qh < qt; k++) {
            if (busy[k]) continue;
            int c = queue[qh++];
            double w = now - arrival[c];
            wait_total += w;
            if (w > max_wait) max_wait = w;
            busy[k] = 1;
            push((struct event){ now + service[c], DEPART, c, k, 0 });
        }
        if (qt - qh > max_queue) max_queue = qt - qh;
    }
    printf("finished at %.4f\n", now);
    printf("average wait %.4f max wait %.4f max queue %d\n", wait_total / CUSTOMERS, max_wait, max_queue);
    for (int k = 0; k < TELLERS; k++) printf("teller %d served %d\n", k, served[k]);
    printf("events %ld\n", seqno);
    return 0;
}
