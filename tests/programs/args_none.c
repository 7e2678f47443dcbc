#include <stdio.h>

int main(int argc, char *argv[]) {
    printf("argc=%d argv[1]==NULL:%d\n", argc, argv[1] == NULL);
    return argc == 1 ? 0 : 1;
}
