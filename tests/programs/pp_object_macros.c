#include <stdio.h>

#define ZERO 0
#define ONE 1
#define TWO (ONE + ONE)
#define FOUR TWO * TWO
#define PAREN_FOUR (TWO * TWO)
#define EMPTY
#define GREETING "hello, " "world"
#define NEG -1
#define LIST 1, 2, 3
#define SELF SELF
#define A B
#define B A
#define TEN 10
#define HUNDRED TEN * TEN
#define BIG 0x7fffffffL
#define CH 'x'

int SELF = 42;
int A = 7; /* A -> B -> A: stops, so this declares a variable named A */

int main(void) {
    int arr[] = { LIST };
    int EMPTY x EMPTY = FOUR + 1;      /* 1+1*1+1+1 = 4? no: (1+1)*(1+1)+1 = 5 */
    printf("ZERO=%d ONE=%d TWO=%d\n", ZERO, ONE, TWO);
    printf("FOUR*3=%d PAREN_FOUR*3=%d\n", FOUR * 3, PAREN_FOUR * 3);
    printf("x=%d\n", x);
    printf("%s\n", GREETING);
    printf("NEG-NEG=%d\n", NEG-NEG);
    printf("-NEG=%d\n", -NEG);
    printf("arr: %d %d %d size=%d\n", arr[0], arr[1], arr[2], (int)(sizeof arr / sizeof arr[0]));
    printf("SELF=%d A=%d\n", SELF, A);
    printf("HUNDRED/TEN=%d\n", HUNDRED / TEN);
    printf("BIG=%ld sizeof=%d\n", BIG, (int)sizeof(BIG));
    printf("CH=%c\n", CH);
#undef TEN
#define TEN 20
    printf("redefined HUNDRED=%d\n", HUNDRED);
#undef TEN
#ifdef TEN
    printf("TEN still defined\n");
#else
    printf("TEN undefined\n");
#endif
#define ONE 1
    printf("identical redefinition ok: %d\n", ONE);
    return 0;
}
