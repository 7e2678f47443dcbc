/* A tiny Lisp: integers, symbols, lists, lambda closures, define, if, quote, let, begin, and a mark-free arena. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

enum type { NIL, INT, SYM, CONS, PRIM, LAMBDA };
typedef struct obj obj;
typedef obj *(*prim_fn)(obj *args);
struct obj {
    enum type type;
    union {
        long i;
        const char *sym;
        struct { obj *car, *cdr; } cons;
        prim_fn prim;
        struct { obj *params, *body, *env; } lam;
    } u;
};

#define POOL 1000000
static obj pool[POOL];
static int used;
static obj nil_obj = { NIL, { 0 } };
static obj *nil = &nil_obj;
static obj *t_sym, *quote_sym, *if_sym, *define_sym, *lambda_sym, *let_sym, *begin_sym, *set_sym;

static obj *alloc(enum type t) {
    if (used >= POOL) { printf("out of memory\n"); exit(1); }
    obj *o = &pool[used++];
    o->type = t;
    return o;
}
static obj *mk_int(long v) { obj *o = alloc(INT); o->u.i = v; return o; }
static obj *cons(obj *a, obj *b) { obj *o = alloc(CONS); o->u.cons.car = a; o->u.cons.cdr = b; return o; }
#define car(o) ((o)->u.cons.car)
#define cdr(o) ((o)->u.cons.cdr)

static char symtab[512][24];
static obj *symobjs[512];
static int nsyms;
static obj *intern(const char *name) {
    for (int i = 0; i < nsyms; i++) if (strcmp(symtab[i], name) == 0) return symobjs[i];
    strncpy(symtab[nsyms], name, 23);
    obj *o = alloc(SYM);
    o->u.sym = symtab[nsyms];
    symobjs[nsyms] = o;
    return symobjs[nsyms++];
}

/* reader */
static const char *src;
static void skip(void) {
    for (;;) {
        while (isspace((unsigned char)*src)) src++;
        if (*src == ';') { while (*src && *src != '\n') src++; continue; }
        break;
    }
}
static obj *read_expr(void);
static obj *read_list(void) {
    skip();
    if (*src == ')') { src++; return nil; }
    if (*src == '.' && isspace((unsigned char)src[1])) {      /* dotted tail */
        src++;
        obj *rest = read_expr();
        skip();
        if (*src == ')') src++;
        return rest;
    }
    obj *head = read_expr();
    return cons(head, read_list());
}
static obj *read_expr(void) {
    skip();
    if (*src == '(') { src++; return read_list(); }
    if (*src == '\'') { src++; return cons(quote_sym, cons(read_expr(), nil)); }
    char buf[64];
    int n = 0;
    while (*src && !isspace((unsigned char)*src) && *src != '(' && *src != ')' && n < 63) buf[n++] = *src++;
    buf[n] = 0;
    if (isdigit((unsigned char)buf[0]) || (buf[0] == '-' && isdigit((unsigned char)buf[1]))) return mk_int(strtol(buf, NULL, 10));
    return intern(buf);
}

/* printer */
static void print_obj(obj *o) {
    switch (o->type) {
    case NIL: printf("()"); break;
    case INT: printf("%ld", o->u.i); break;
    case SYM: printf("%s", o->u.sym); break;
    case PRIM: printf("<prim>"); break;
    case LAMBDA: printf("<lambda>"); break;
    case CONS:
        putchar('(');
        for (;;) {
            print_obj(car(o));
            o = cdr(o);
            if (o->type == NIL) break;
            if (o->type != CONS) { printf(" . "); print_obj(o); break; }
            putchar(' ');
        }
        putchar(')');
    }
}

/* environments are lists of frames; a frame is a list of (sym . value) */
static obj *global_env;
static obj *lookup(obj *env, obj *sym) {
    for (obj *e = env; e->type == CONS; e = cdr(e))
        for (obj *b = car(e); b->type == CONS; b = cdr(b))
            if (car(car(b)) == sym) return car(b);
    return NULL;
}
static void define(obj *env, obj *sym, obj *val) {
    obj *b = NULL;
    for (obj *f = car(env); f->type == CONS; f = cdr(f)) if (car(car(f)) == sym) b = car(f);
    if (b) cdr(b) = val; else car(env) = cons(cons(sym, val), car(env));
}

static obj *eval(obj *x, obj *env);
static obj *eval_list(obj *l, obj *env) { return l->type == NIL ? nil : cons(eval(car(l), env), eval_list(cdr(l), env)); }

static obj *eval(obj *x, obj *env) {
    for (;;) {
        if (x->type == INT || x->type == NIL) return x;
        if (x->type == SYM) {
            obj *b = lookup(env, x);
            if (!b) { printf("unbound %s\n", x->u.sym); return nil; }
            return cdr(b);
        }
        obj *op = car(x), *args = cdr(x);
        if (op == quote_sym) return car(args);
        if (op == if_sym) {
            obj *c = eval(car(args), env);
            x = c->type != NIL ? car(cdr(args)) : (cdr(cdr(args))->type == CONS ? car(cdr(cdr(args))) : nil);
            continue;                                   /* tail call */
        }
        if (op == define_sym) {
            if (car(args)->type == CONS) {               /* (define (f a b) body...) */
                obj *lam = alloc(LAMBDA);
                lam->u.lam.params = cdr(car(args)); lam->u.lam.body = cdr(args); lam->u.lam.env = env;
                define(env, car(car(args)), lam);
                return car(car(args));
            }
            define(env, car(args), eval(car(cdr(args)), env));
            return car(args);
        }
        if (op == set_sym) {
            obj *b = lookup(env, car(args));
            obj *v = eval(car(cdr(args)), env);
            if (b) cdr(b) = v; else printf("set! of unbound %s\n", car(args)->u.sym);
            return v;
        }
        if (op == lambda_sym) {
            obj *lam = alloc(LAMBDA);
            lam->u.lam.params = car(args); lam->u.lam.body = cdr(args); lam->u.lam.env = env;
            return lam;
        }
        if (op == let_sym) {
            obj *frame = nil;
            for (obj *b = car(args); b->type == CONS; b = cdr(b)) frame = cons(cons(car(car(b)), eval(car(cdr(car(b))), env)), frame);
            env = cons(frame, env);
            for (args = cdr(args); cdr(args)->type == CONS; args = cdr(args)) eval(car(args), env);
            x = car(args);
            continue;
        }
        if (op == begin_sym) {
            for (; cdr(args)->type == CONS; args = cdr(args)) eval(car(args), env);
            x = car(args);
            continue;
        }
        obj *f = eval(op, env);
        obj *vals = eval_list(args, env);
        if (f->type == PRIM) return f->u.prim(vals);
        if (f->type != LAMBDA) { printf("not a function\n"); return nil; }
        obj *frame = nil;
        obj *p = f->u.lam.params;
        for (; p->type == CONS && vals->type == CONS; p = cdr(p), vals = cdr(vals)) frame = cons(cons(car(p), car(vals)), frame);
        if (p->type == SYM) frame = cons(cons(p, vals), frame);   /* rest parameter */
        env = cons(frame, f->u.lam.env);
        obj *body = f->u.lam.body;
        for (; cdr(body)->type == CONS; body = cdr(body)) eval(car(body), env);
        x = car(body);
    }
}

static obj *p_add(obj *a) { long s = 0; for (; a->type == CONS; a = cdr(a)) s += car(a)->u.i; return mk_int(s); }
static obj *p_mul(obj *a) { long s = 1; for (; a->type == CONS; a = cdr(a)) s *= car(a)->u.i; return mk_int(s); }
static obj *p_sub(obj *a) {
    long s = car(a)->u.i;
    if (cdr(a)->type == NIL) return mk_int(-s);
    for (a = cdr(a); a->type == CONS; a = cdr(a)) s -= car(a)->u.i;
    return mk_int(s);
}
static obj *p_div(obj *a) { return mk_int(car(a)->u.i / car(cdr(a))->u.i); }
static obj *p_mod(obj *a) { return mk_int(car(a)->u.i % car(cdr(a))->u.i); }
static obj *p_lt(obj *a) { return car(a)->u.i < car(cdr(a))->u.i ? t_sym : nil; }
static obj *p_eq(obj *a) {
    obj *x = car(a), *y = car(cdr(a));
    if (x->type == INT && y->type == INT) return x->u.i == y->u.i ? t_sym : nil;
    return x == y ? t_sym : nil;
}
static obj *p_cons(obj *a) { return cons(car(a), car(cdr(a))); }
static obj *p_car(obj *a) { return car(a)->type == CONS ? car(car(a)) : nil; }
static obj *p_cdr(obj *a) { return car(a)->type == CONS ? cdr(car(a)) : nil; }
static obj *p_list(obj *a) { return a; }
static obj *p_nullp(obj *a) { return car(a)->type == NIL ? t_sym : nil; }
static obj *p_print(obj *a) { print_obj(car(a)); putchar('\n'); return car(a); }

static const char *program =
    "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))\n"
    "(fact 20)\n"
    "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))\n"
    "(fib 18)\n"
    "(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))\n"
    "(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))\n"
    "(map (lambda (x) (* x x)) (range 0 10))\n"
    "(define (foldl f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l))))\n"
    "(foldl + 0 (range 0 1001))\n"
    "(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))\n"
    "(define c1 (make-counter))\n"
    "(c1) (c1) (c1)\n"
    "(define c2 (make-counter))\n"
    "(c2) (c1)\n"
    "(define (compose f g) (lambda (x) (f (g x))))\n"
    "((compose (lambda (x) (* 2 x)) (lambda (x) (+ x 3))) 10)\n"
    "(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n))))\n"
    "(loop 20000 0)\n"
    "(define (reverse l) (foldl (lambda (acc x) (cons x acc)) '() l))\n"
    "(reverse '(1 2 (3 4) five))\n"
    "(let ((a 3) (b 4)) (+ (* a a) (* b b)))\n"
    "(define (variadic . args) args)\n"
    "(variadic 1 2 3)\n"
    "(cons 1 2)\n"
    "(quote (nested (quoted (list))))\n"
    "(define (gcd a b) (if (= b 0) a (gcd b (mod a b))))\n"
    "(gcd 1071 462)\n"
    "(print 'done)\n";

int main(void) {
    t_sym = intern("t"); quote_sym = intern("quote"); if_sym = intern("if"); define_sym = intern("define");
    lambda_sym = intern("lambda"); let_sym = intern("let"); begin_sym = intern("begin"); set_sym = intern("set!");
    global_env = cons(nil, nil);
    struct { const char *name; prim_fn fn; } prims[] = {
        { "+", p_add }, { "-", p_sub }, { "*", p_mul }, { "/", p_div }, { "mod", p_mod }, { "<", p_lt }, { "=", p_eq },
        { "cons", p_cons }, { "car", p_car }, { "cdr", p_cdr }, { "list", p_list }, { "null?", p_nullp }, { "print", p_print },
    };
    for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++) { obj *p = alloc(PRIM); p->u.prim = prims[i].fn; define(global_env, intern(prims[i].name), p); }
    define(global_env, t_sym, t_sym);
    src = program;
    for (;;) {
        skip();
        if (!*src) break;
        obj *e = read_expr();
        obj *v = eval(e, global_env);
        printf("=> ");
        print_obj(v);
        putchar('\n');
    }
    printf("objects used %d symbols %d\n", used, nsyms);
    return 0;
}
