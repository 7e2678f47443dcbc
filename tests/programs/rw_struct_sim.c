/* A struct-heavy simulation: a bank with accounts, transactions, an event queue and audit records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

enum txn_kind { DEPOSIT, WITHDRAW, TRANSFER, INTEREST, FEE };
struct money { int64_t cents; };
struct account {
    int id;
    char owner[16];
    struct money balance;
    struct { int deposits, withdrawals, transfers_in, transfers_out, rejected; } stats;
    unsigned frozen : 1;
    unsigned vip : 1;
    unsigned overdraft_allowed : 1;
};
struct txn { enum txn_kind kind; int from, to; struct money amount; int day; };
struct event { int day; int seq; struct txn t; };
struct audit { int day; int account; struct money before, after; enum txn_kind kind; };

#define NACC 12
#define NEV 3000

static uint32_t seed = 424242;
static uint32_t rnd(uint32_t n) { seed = seed * 1103515245u + 12345u; return (seed >> 8) % n; }

static struct money add(struct money a, struct money b) { return (struct money){ a.cents + b.cents }; }
static struct money sub(struct money a, struct money b) { return (struct money){ a.cents - b.cents }; }
static int less(struct money a, struct money b) { return a.cents < b.cents; }
static void fmt(char *buf, size_t n, struct money m) {
    int64_t c = m.cents < 0 ? -m.cents : m.cents;
    snprintf(buf, n, "%s%lld.%02lld", m.cents < 0 ? "-" : "", (long long)(c / 100), (long long)(c % 100));
}

static struct account accounts[NACC];
static struct event events[NEV];
static struct audit *audits;
static size_t naudits, audit_cap;

static void record(int day, const struct account *a, struct money before, enum txn_kind k) {
    if (naudits == audit_cap) { audit_cap = audit_cap ? audit_cap * 2 : 64; audits = realloc(audits, audit_cap * sizeof *audits); }
    audits[naudits++] = (struct audit){ day, a->id, before, a->balance, k };
}

static int apply(const struct txn *t) {
    struct account *from = &accounts[t->from], *to = &accounts[t->to];
    struct money before;
    switch (t->kind) {
    case DEPOSIT:
        if (to->frozen) { to->stats.rejected++; return 0; }
        before = to->balance; to->balance = add(to->balance, t->amount); to->stats.deposits++;
        record(t->day, to, before, t->kind);
        return 1;
    case WITHDRAW:
    case FEE:
        if (from->frozen || (!from->overdraft_allowed && less(from->balance, t->amount))) { from->stats.rejected++; return 0; }
        before = from->balance; from->balance = sub(from->balance, t->amount); from->stats.withdrawals++;
        record(t->day, from, before, t->kind);
        return 1;
    case TRANSFER:
        if (t->from == t->to || from->frozen || to->frozen || (!from->overdraft_allowed && less(from->balance, t->amount))) { from->stats.rejected++; return 0; }
        before = from->balance; from->balance = sub(from->balance, t->amount); from->stats.transfers_out++;
        record(t->day, from, before, t->kind);
        before = to->balance; to->balance = add(to->balance, t->amount); to->stats.transfers_in++;
        record(t->day, to, before, t->kind);
        return 1;
    case INTEREST: {
        if (from->balance.cents <= 0) return 0;
        int64_t rate_bp = from->vip ? 30 : 10;      /* basis points */
        struct money interest = { from->balance.cents * rate_bp / 10000 };
        before = from->balance; from->balance = add(from->balance, interest);
        record(t->day, from, before, t->kind);
        return 1;
    }
    }
    return 0;
}

static int cmp_event(const void *a, const void *b) {
    const struct event *x = a, *y = b;
    if (x->day != y->day) return x->day - y->day;
    return x->seq - y->seq;
}
static int cmp_balance_desc(const void *a, const void *b) {
    const struct account *x = a, *y = b;
    if (x->balance.cents != y->balance.cents) return x->balance.cents < y->balance.cents ? 1 : -1;
    return x->id - y->id;
}

int main(void) {
    static const char *names[NACC] = { "ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lu" };
    for (int i = 0; i < NACC; i++) {
        struct account *a = &accounts[i];
        memset(a, 0, sizeof *a);
        a->id = i;
        strcpy(a->owner, names[i]);
        a->balance.cents = 10000 * (i + 1);
        a->vip = i % 4 == 0;
        a->overdraft_allowed = i % 5 == 1;
        a->frozen = i == 7;
    }
    for (int i = 0; i < NEV; i++) {
        struct txn t;
        t.kind = (enum txn_kind)rnd(5);
        t.from = (int)rnd(NACC); t.to = (int)rnd(NACC);
        t.amount.cents = (int64_t)rnd(50000) + 1;
        t.day = (int)rnd(365);
        if (t.kind == FEE) t.amount.cents = 250;
        events[i] = (struct event){ t.day, i, t };
    }
    qsort(events, NEV, sizeof events[0], cmp_event);
    int applied = 0;
    int64_t total_before = 0, total_after = 0, external = 0;
    for (int i = 0; i < NACC; i++) total_before += accounts[i].balance.cents;
    for (int i = 0; i < NEV; i++) {
        const struct txn *t = &events[i].t;
        int64_t snapshot = 0;
        for (int k = 0; k < NACC; k++) snapshot += accounts[k].balance.cents;
        if (apply(t)) applied++;
        int64_t now = 0;
        for (int k = 0; k < NACC; k++) now += accounts[k].balance.cents;
        external += now - snapshot;
        if (i == NEV / 2) accounts[7].frozen = 0;
    }
    for (int i = 0; i < NACC; i++) total_after += accounts[i].balance.cents;
    printf("applied %d of %d, audits %zu\n", applied, NEV, naudits);
    printf("conservation: %d\n", total_before + external == total_after);
    struct account sorted[NACC];
    memcpy(sorted, accounts, sizeof sorted);
    qsort(sorted, NACC, sizeof sorted[0], cmp_balance_desc);
    char buf[32];
    for (int i = 0; i < NACC; i++) {
        const struct account *a = &sorted[i];
        fmt(buf, sizeof buf, a->balance);
        printf("%2d %-4s %14s dep %3d wd %3d in %3d out %3d rej %3d%s%s\n", a->id, a->owner, buf, a->stats.deposits, a->stats.withdrawals,
               a->stats.transfers_in, a->stats.transfers_out, a->stats.rejected, a->vip ? " vip" : "", a->overdraft_allowed ? " od" : "");
    }
    int64_t biggest = 0;
    size_t bi = 0;
    for (size_t i = 0; i < naudits; i++) {
        int64_t d = audits[i].after.cents - audits[i].before.cents;
        if (d < 0) d = -d;
        if (d > biggest) { biggest = d; bi = i; }
    }
    fmt(buf, sizeof buf, (struct money){ biggest });
    printf("largest movement %s on day %d account %d kind %d\n", buf, audits[bi].day, audits[bi].account, (int)audits[bi].kind);
    printf("sizeof account %d txn %d event %d audit %d\n", (int)sizeof(struct account), (int)sizeof(struct txn), (int)sizeof(struct event), (int)sizeof(struct audit));
    free(audits);
    return 0;
}
