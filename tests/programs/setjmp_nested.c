#include <stdio.h>
#include <setjmp.h>
#include <string.h>

/* a tiny exception mechanism with nested handlers */
static jmp_buf *current;
#define TRY do { jmp_buf here_, *saved_ = current; current = &here_; if (setjmp(here_) == 0) {
#define CATCH(c) current = saved_; } else { int c = thrown_code; current = saved_;
#define END } } while (0)
static int thrown_code;
static void throw_(int code) { thrown_code = code; longjmp(*current, 1); }

static int cleanup_count;
static void level3(int x) { if (x > 2) throw_(300 + x); }
static void level2(int x) {
    TRY {
        level3(x);
    } CATCH(c) {
        cleanup_count++;
        if (c == 304) throw_(c + 1000);     /* rethrow a different code */
    } END;
}
static int level1(int x) {
    int result = 0;
    TRY {
        level2(x);
        result = x;
    } CATCH(c) {
        result = -c;
    } END;
    return result;
}

int main(void) {
    for (int i = 0; i < 6; i++) printf("%d -> %d\n", i, level1(i));
    printf("cleanups %d\n", cleanup_count);
    /* volatile locals keep values modified between setjmp and longjmp */
    jmp_buf jb;
    volatile int counter = 0;
    volatile double acc = 1.0;
    static char buf[32];
    strcpy(buf, "start");
    if (setjmp(jb) < 5) {
        counter++;
        acc *= 1.5;
        strcat(buf, "+");
        longjmp(jb, counter);
    }
    printf("%d %.4f %s\n", counter, acc, buf);
    return 0;
}
