#include <stdio.h>

/* nested macros and rescanning */
#define f(a) a*g
#define g(a) f(a)
#define AA BB
#define BB(x) x + 1
#define LPAREN (
#define RPAREN )
#define F(x, y) x + y
#define ELLIP_FUNC(...) __VA_ARGS__
#define EMPTY()
#define DEFER(id) id EMPTY()
#define OBSTRUCT(id) id DEFER(EMPTY)()
#define EXPAND(...) __VA_ARGS__
#define A_() 123
#define CAT(a, b) a ## b
#define PRIMITIVE_CAT(a, b) a ## b
#define IIF(c) PRIMITIVE_CAT(IIF_, c)
#define IIF_0(t, f) f
#define IIF_1(t, f) t
#define COMPL(b) PRIMITIVE_CAT(COMPL_, b)
#define COMPL_0 1
#define COMPL_1 0
#define STR(x) #x
#define XSTR(x) STR(x)
#define fn(x) (x + 100)
#define obj fn
#define indirect(m, v) m(v)
#define recur(x) recur(x + 1)

static int (recur)(int x) { return x * 10; }

int main(void) {
    int x = 2;
    /* f(2)(9) -> 2*g(9) -> 2*f(9) ... f not re-expanded inside its own expansion? g(9) -> f(9) -> 9*g */
    printf("%s\n", XSTR(f(2)(9)));
    printf("%d\n", AA(5));
    printf("%s\n", XSTR(ELLIP_FUNC(F LPAREN 1, 2 RPAREN)));
    printf("%d\n", EXPAND(F LPAREN 1, 2 RPAREN));
    printf("%s\n", XSTR(DEFER(A_)()));
    printf("%d\n", EXPAND(DEFER(A_)()));
    printf("%d %d\n", IIF(1)(10, 20), IIF(0)(10, 20));
    printf("%d %d\n", COMPL(0), COMPL(1));
    printf("%d\n", IIF(COMPL(1))(10, 20));
    printf("%d\n", obj(1));
    printf("%d\n", indirect(fn, 5));
    printf("%d\n", recur(x));
    printf("%s\n", XSTR(recur(recur(1))));
    printf("%s\n", XSTR(obj));
    return 0;
}
