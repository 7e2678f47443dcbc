#include <stdio.h>

static int data[5] = { 10, 20, 30, 40, 50 };
static int twice(int x) { return 2 * x; }
static int grid[2][5] = { { 1, 2, 3, 4, 5 }, { 6, 7, 8, 9, 10 } };

int main(void) {
    printf("%d\n", (int)sizeof(int *));
    printf("%d\n", (int)sizeof(int[10]));
    printf("%d\n", (int)sizeof(int *[10]));
    printf("%d\n", (int)sizeof(int (*)[10]));
    printf("%d\n", (int)sizeof(int (*)(void)));
    printf("%d\n", (int)sizeof(int (*[4])(int)));
    printf("%d\n", (int)sizeof(char[3][7]));
    printf("%d\n", (int)sizeof(double (*)[3][7]));
    printf("%d\n", (int)sizeof(short (*(*)[2])[9]));
    printf("%d\n", (int)sizeof(struct { char c; int (*f)(int); }));
    printf("%d\n", (int)sizeof(const volatile long));
    printf("%d\n", (int)sizeof(unsigned long long int));
    void *vp = data;
    printf("%d\n", ((int *)vp)[2]);
    printf("%d\n", (*(int (*)[5])vp)[4]);
    void *gp = grid;
    printf("%d\n", ((int (*)[5])gp)[1][3]);
    void (*generic)(void) = (void (*)(void))twice;
    printf("%d\n", ((int (*)(int))generic)(21));
    int (*arrp)[5] = &data;
    printf("%d\n", (int)((char *)(arrp + 1) - (char *)arrp));
    printf("%d\n", (int)(unsigned char)(int)-1);
    printf("%d\n", (int)(signed char)(unsigned char)200);
    printf("%ld\n", (long)(short)(unsigned short)65535);
    printf("%d\n", (int)sizeof((char)0 + (char)0));
    printf("%d\n", (int)sizeof((char)0));
    printf("%d\n", (int)_Alignof(double[3]));
    int (*fparr[2])(int) = { twice, (int (*)(int))twice };
    printf("%d\n", fparr[1](8));
    return 0;
}
