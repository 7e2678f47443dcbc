#include <stdio.h>
int is_even(unsigned n);
int is_odd(unsigned n);
int female(int n);
int male(int n);
int main(void) {
    printf("%d %d %d %d\n", is_even(10), is_odd(10), is_even(7777), is_odd(7777));
    printf("F:");
    for (int i = 0; i < 20; i++) printf(" %d", female(i));
    printf("\nM:");
    for (int i = 0; i < 20; i++) printf(" %d", male(i));
    printf("\n");
    long s = 0;
    for (int i = 0; i < 300; i++) s += female(i) * 2 - male(i);
    printf("%ld\n", s);
    return 0;
}
