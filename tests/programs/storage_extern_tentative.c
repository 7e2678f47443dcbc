#include <stdio.h>

int tentative;              /* tentative definition */
int tentative;              /* another one: same object */
int initialised = 5;
extern int initialised;     /* redeclaration */
extern int later_defined;   /* defined further down */
static int file_static = 9;
static int file_static;     /* tentative redeclaration of a static */
int arr_unknown[1];
extern int sized[];

static int use_later(void) { return later_defined * 2; }

int main(void) {
    extern int block_extern;           /* block-scope extern */
    tentative += 3;
    printf("%d %d %d\n", tentative, initialised, file_static);
    printf("%d\n", use_later());
    printf("%d\n", block_extern);
    arr_unknown[0] = 77;
    printf("%d\n", arr_unknown[0]);
    printf("%d\n", sized[0] + sized[2]);
    {
        int initialised = 100;         /* shadows */
        {
            extern int initialised;    /* refers to the file-scope object again */
            printf("%d\n", initialised);
        }
        printf("%d\n", initialised);
    }
    return 0;
}

int later_defined = 21;
int block_extern = 1234;
int sized[3] = { 1, 2, 3 };
