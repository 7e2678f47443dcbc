/* The macro replacement examples of C11 6.10.3.5 (examples 3, 4, 5 and 7). */
#include <stdio.h>
#include <string.h>

#define STR(...) #__VA_ARGS__
#define XSTR(...) STR(__VA_ARGS__)

/* Example 3: functions and objects that the expansions below end up naming */
static int f(int a) { return a + 1000; }
static int m(int a, int b) { return a * 10 + b; }
static int t(int v) { return v * 3; }
static int y = 5;
static int z[1] = { 7 };

#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x

static const char *ex3a = XSTR(f(y+1) + f(f(z)) % t(t(g)(0) + t)(1););
static const char *ex3c = XSTR(p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };);
static const char *ex3d = XSTR(char c[2][6] = { str(hello), str() };);

static void example3(void) {
    int v1 = f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
    int v2 = g(x+(3,4)-w) | h 5) & m
(f)^m(m);
    p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
    char c[2][6] = { str(hello), str() };
    printf("ex3 v1=%d v2=%d\n", v1, v2);
    printf("ex3 i: n=%d %d %d %d %d\n", (int)(sizeof i / sizeof i[0]), i[0], i[1], i[2], i[3]);
    printf("ex3 c: [%s] [%s]\n", c[0], c[1]);
}

#undef x
#undef f
#undef g
#undef z
#undef h
#undef m
#undef w
#undef t
#undef p
#undef q
#undef r
#undef str

/* Example 4 */
#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"

static const char *ex4a = XSTR(debug(1, 2););
static const char *ex4b = XSTR(fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
 == 0) str(: @\n), s););
static const char *ex4c = xstr(INCFILE(2).h);
static const char *ex4d = glue(HIGH, LOW);
static const char *ex4e = xglue(HIGH, LOW);

/* Example 5 */
#define t(x,y,z) x ## y ## z
static int ex5[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };
static const char *ex5s = XSTR(t(1,2,3), t(,4,5), t(6,,7), t(8,9,), t(10,,), t(,11,), t(,,12), t(,,));

/* Example 7 */
#define debug2(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test):\
 printf(__VA_ARGS__))

static const char *ex7a = XSTR(debug2("Flag"););
static const char *ex7b = XSTR(debug2("X = %d\n", x););
static const char *ex7c = XSTR(showlist(The first, second, and third items.););
static const char *ex7d = XSTR(report(x>y, "x is %d but y is %d", x, y););

int main(void) {
    int x1 = 7;
    const char *x2 = "two";
    printf("ex3a: %s\n", ex3a);
    printf("ex3c: %s\n", ex3c);
    printf("ex3d: %s\n", ex3d);
    example3();
    printf("ex4a: %s\n", ex4a);
    debug(1, 2);
    printf("\n");
    printf("ex4b: %s\n", ex4b);
    fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
     == 0) str(: @\n), stdout);
    printf("ex4c: %s\n", ex4c);
    printf("ex4d: %s\n", ex4d);
    printf("ex4e: %s\n", ex4e);
    printf("ex5:");
    for (size_t i = 0; i < sizeof ex5 / sizeof ex5[0]; i++) printf(" %d", ex5[i]);
    printf(" (n=%d)\n", (int)(sizeof ex5 / sizeof ex5[0]));
    printf("ex5s: %s\n", ex5s);
    printf("ex7a: %s\n", ex7a);
    printf("ex7b: %s\n", ex7b);
    printf("ex7c: %s\n", ex7c);
    printf("ex7d: %s\n", ex7d);
    showlist(The first, second, and third items.);
    int x = 3, y = 5;
    report(x>y, "x is %d but y is %d\n", x, y);
    report(x<y, "x is %d but y is %d\n", x, y);
    return 0;
}
