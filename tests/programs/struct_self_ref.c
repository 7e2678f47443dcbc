#include <stdio.h>
#include <stdlib.h>

struct person;
struct pet { const char *name; struct person *owner; };
struct person { const char *name; struct pet *pets[3]; int npets; struct person *friend_; };

typedef struct expr {
    char op;
    int value;
    struct expr *lhs, *rhs;
} expr;

static int eval(const expr *e) {
    switch (e->op) {
    case '+': return eval(e->lhs) + eval(e->rhs);
    case '*': return eval(e->lhs) * eval(e->rhs);
    case '-': return eval(e->lhs) - eval(e->rhs);
    default: return e->value;
    }
}

int main(void) {
    struct person alice = { "alice", { 0 }, 0, NULL }, bob = { "bob", { 0 }, 0, &alice };
    alice.friend_ = &bob;
    struct pet rex = { "rex", &alice }, tom = { "tom", &bob }, kit = { "kit", &alice };
    alice.pets[alice.npets++] = &rex;
    alice.pets[alice.npets++] = &kit;
    bob.pets[bob.npets++] = &tom;
    printf("%s's friend is %s whose friend is %s\n", alice.name, alice.friend_->name, alice.friend_->friend_->name);
    for (int i = 0; i < alice.npets; i++) printf("%s owned by %s\n", alice.pets[i]->name, alice.pets[i]->owner->name);
    printf("%s\n", bob.pets[0]->owner->friend_->pets[1]->name);
    expr two = { 0, 2, 0, 0 }, three = { 0, 3, 0, 0 }, four = { 0, 4, 0, 0 };
    expr sum = { '+', 0, &two, &three }, prod = { '*', 0, &sum, &four }, diff = { '-', 0, &prod, &two };
    printf("%d\n", eval(&diff));
    return 0;
}
